package vn.doanket.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The printable certificate: one A4 landscape page with the kind (Vietnamese, then English), the holder's full name,
 * what is certified, the issuer, the number and the day of issue, and the QR code of the public verification URL
 * (ZXing, error correction M). Text is set in DejaVu Serif, embedded (subset, Identity-H), so Vietnamese renders and
 * extracts. A revoked certificate is printed with "ĐÃ THU HỒI / REVOKED" and the day.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color INK = new Color(0x8B, 0x1A, 0x1A);
    private static final byte[] REGULAR = font("DejaVuSerif.ttf");
    private static final byte[] BOLD = font("DejaVuSerif-Bold.ttf");

    private CertificatePdf() {
    }

    /**
     * @param certificate     the certificate
     * @param issuerName      the issuing unit's name, or null when unknown
     * @param verificationUrl what the QR code says
     * @return the PDF's bytes
     */
    public static byte[] render(CertificateView certificate, String issuerName, String verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document pdf = new Document(page, 60, 60, 50, 50);
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            pdf.addTitle(certificate.kind().labelVi() + " " + certificate.number());
            pdf.addCreator("Đoàn Kết");
            pdf.open();
            PdfContentByte canvas = writer.getDirectContent();
            border(canvas, page);

            center(pdf, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new Font(bold, 12), 0);
            center(pdf, "Độc lập - Tự do - Hạnh phúc", new Font(bold, 11), 14);
            center(pdf, certificate.kind().labelVi().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    new Font(bold, 22, Font.NORMAL, INK), 4);
            center(pdf, certificate.kind().labelEn(), new Font(regular, 13, Font.ITALIC, Color.DARK_GRAY), 20);
            center(pdf, "Chứng nhận / This is to certify that", new Font(regular, 12), 6);
            center(pdf, certificate.holderName() == null ? "" : certificate.holderName(), new Font(bold, 24), 12);
            center(pdf, certificate.title(), new Font(regular, 14), 18);
            String issuer = issuerName == null || issuerName.isBlank() ? certificate.issuerUnitCode()
                    : issuerName + " (" + certificate.issuerUnitCode() + ")";
            Font line = new Font(regular, 11);
            left(pdf, "Đơn vị cấp / Issued by: " + issuer, line);
            left(pdf, "Số / No.: " + certificate.number(), new Font(bold, 11));
            left(pdf, "Ngày cấp / Date of issue: " + DAY.format(certificate.issuedOn()), line);
            if (certificate.revoked()) {
                left(pdf, "ĐÃ THU HỒI / REVOKED: " + DAY.format(certificate.revokedOn()), new Font(bold, 14, Font.NORMAL, Color.RED));
            }

            float size = 120;
            Image qr = Image.getInstance(qrPng(verificationUrl, 8));
            qr.scaleAbsolute(size, size);
            qr.setAbsolutePosition(page.getWidth() - 60 - size, 62);
            pdf.add(qr);
            Font small = new Font(regular, 7, Font.NORMAL, Color.DARK_GRAY);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Quét để kiểm tra / Scan to verify", small), page.getWidth() - 60, 52, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(verificationUrl, small), 60, 40, 0);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render certificate " + certificate.number(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    /**
     * A QR code (error correction M, quiet zone of 2 modules) as a PNG.
     *
     * @param text          what it says
     * @param pixelsPerModule the size of one module in pixels
     */
    public static byte[] qrPng(String text, int pixelsPerModule) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BitMatrix scaled = new BitMatrix(matrix.getWidth() * pixelsPerModule, matrix.getHeight() * pixelsPerModule);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        scaled.setRegion(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
                    }
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(scaled, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("Cannot encode a QR code", e);
        }
    }

    private static void border(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(INK);
        canvas.setLineWidth(3f);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void center(Document pdf, String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(spacingAfter);
        pdf.add(p);
    }

    private static void left(Document pdf, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setIndentationLeft(40);
        p.setSpacingAfter(3);
        pdf.add(p);
    }

    private static byte[] font(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
