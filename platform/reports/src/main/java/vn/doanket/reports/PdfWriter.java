package vn.doanket.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A printable PDF (OpenPDF): A4 (landscape for more than five columns), the title, the document's
 * lines, then each table with its title and a header row repeated on every page; page numbers in
 * the footer. Text is set in DejaVu Sans, embedded (subset, Identity-H), so Vietnamese diacritics
 * render everywhere and the text can be extracted again.
 */
final class PdfWriter {

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private PdfWriter() {
    }

    static void write(ReportDocument document, HeaderLanguage language, OutputStream out) throws IOException {
        int maxColumns = document.tables().stream().mapToInt(t -> t.columns().size()).max().orElse(1);
        Rectangle page = maxColumns > 5 ? PageSize.A4.rotate() : PageSize.A4;
        Document pdf = new Document(page, 36, 36, 42, 42);
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont boldBase = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            Font title = new Font(boldBase, 14);
            Font subtitle = new Font(boldBase, 11);
            Font text = new Font(regular, 9);
            Font header = new Font(boldBase, 9);
            Font small = new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY);

            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(com.lowagie.text.pdf.PdfWriter w, Document d) {
                    PdfContentByte canvas = w.getDirectContent();
                    ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                            new Phrase("Trang " + w.getPageNumber() + " (page " + w.getPageNumber() + ")", small),
                            d.right(), d.bottom() - 20, 0);
                    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(document.title(language), small),
                            d.left(), d.bottom() - 20, 0);
                }
            });
            pdf.addTitle(document.title(language));
            pdf.addCreator("Đoàn Kết");
            pdf.open();

            Paragraph heading = new Paragraph(document.title(language), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            pdf.add(heading);
            for (String line : document.lines()) {
                Paragraph p = new Paragraph(line, text);
                p.setAlignment(Element.ALIGN_CENTER);
                pdf.add(p);
            }
            for (ReportTable table : document.tables()) {
                Paragraph tableTitle = new Paragraph(table.title(language), subtitle);
                tableTitle.setSpacingBefore(12);
                tableTitle.setSpacingAfter(4);
                pdf.add(tableTitle);
                pdf.add(table(table, language, text, header));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        }
    }

    private static PdfPTable table(ReportTable table, HeaderLanguage language, Font text, Font header) {
        int n = Math.max(1, table.columns().size());
        PdfPTable pdfTable = new PdfPTable(n);
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSplitLate(false);
        List<ReportColumn> columns = table.columns();
        for (ReportColumn column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.header(language), header));
            cell.setBackgroundColor(new Color(0xE0, 0xE0, 0xE0));
            cell.setPadding(4);
            pdfTable.addCell(cell);
        }
        if (columns.isEmpty()) {
            pdfTable.addCell(new PdfPCell(new Phrase("", header)));
        }
        if (table.rows().isEmpty()) {
            PdfPCell empty = new PdfPCell(new Phrase("Không có dữ liệu (no data)", text));
            empty.setColspan(n);
            empty.setPadding(4);
            pdfTable.addCell(empty);
        }
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(Cells.display(row.get(c)), text));
                cell.setPadding(4);
                if (columns.get(c).type() == ReportColumn.Type.NUMBER) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdfTable.addCell(cell);
            }
        }
        return pdfTable;
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
