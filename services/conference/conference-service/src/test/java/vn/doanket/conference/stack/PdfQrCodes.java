package vn.doanket.conference.stack;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a certificate PDF back: its text, and what the QR codes drawn on its first page say. PDFBox (which renders the
 * page, as platform/certificates' {@code CertificateWebTest} does) is not on the stack's test classpath — only the
 * compile dependencies of this module reach it —, so the page's image XObjects are decoded with OpenPDF (the
 * certificates module's own PDF library) and each is given to ZXing as it is embedded.
 */
final class PdfQrCodes {

    private PdfQrCodes() {
    }

    /** The text of the first page. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    /** What every QR code among the first page's images says (images that hold none are skipped). */
    static List<String> qrCodes(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> found = new ArrayList<>();
            PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
            PdfDictionary images = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            if (images == null) {
                return found;
            }
            for (PdfName key : images.getKeys()) {
                PdfObject object = PdfReader.getPdfObject(images.get(key));
                if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    BufferedImage image = image(stream);
                    if (image != null) {
                        try {
                            found.add(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                                    new BufferedImageLuminanceSource(image)))).getText());
                        } catch (NotFoundException noCode) {
                            // an image without a QR code (none on the certificate today)
                        }
                    }
                }
            }
            return found;
        } finally {
            reader.close();
        }
    }

    /** An 8-bit DeviceRGB or DeviceGray image XObject as pixels (OpenPDF stores a PNG's pixels so); else null. */
    private static BufferedImage image(PRStream stream) throws IOException {
        int width = stream.getAsNumber(PdfName.WIDTH).intValue();
        int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
        int bits = stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue();
        PdfObject space = stream.get(PdfName.COLORSPACE);
        int components = PdfName.DEVICERGB.equals(space) ? 3 : PdfName.DEVICEGRAY.equals(space) ? 1 : 0;
        if (components == 0 || bits != 8) {
            return null;
        }
        byte[] samples = PdfReader.getStreamBytes(stream);
        if (samples.length < width * height * components) {
            return null;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * components;
                int r = samples[i] & 0xff;
                int g = components == 3 ? samples[i + 1] & 0xff : r;
                int b = components == 3 ? samples[i + 2] & 0xff : r;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }
}
