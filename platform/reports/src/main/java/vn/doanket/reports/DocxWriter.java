package vn.doanket.reports;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A Word document: the title, the document's lines, then each table with its title, a bold header
 * row repeated on every page, in Times New Roman (the font of Vietnamese administrative documents).
 */
final class DocxWriter {

    private static final String FONT = "Times New Roman";

    private DocxWriter() {
    }

    static void write(ReportDocument document, HeaderLanguage language, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            paragraph(docx, document.title(language), true, 14, ParagraphAlignment.CENTER);
            for (String line : document.lines()) {
                paragraph(docx, line, false, 11, ParagraphAlignment.CENTER);
            }
            for (ReportTable table : document.tables()) {
                paragraph(docx, table.title(language), true, 12, ParagraphAlignment.LEFT);
                int columns = Math.max(1, table.columns().size());
                XWPFTable t = docx.createTable(1 + Math.max(1, table.rows().size()), columns);
                t.setWidth("100%");
                XWPFTableRow head = t.getRow(0);
                head.setRepeatHeader(true);
                for (int c = 0; c < table.columns().size(); c++) {
                    cell(head.getCell(c), table.columns().get(c).header(language), true, false);
                }
                if (table.rows().isEmpty()) {
                    cell(t.getRow(1).getCell(0), "Không có dữ liệu (no data)", false, false);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(t.getRow(r + 1).getCell(c), Cells.display(row.get(c)), false,
                                table.columns().get(c).type() == ReportColumn.Type.NUMBER);
                    }
                }
            }
            docx.getProperties().getCoreProperties().setTitle(document.title(language));
            docx.getProperties().getCoreProperties().setCreator("Đoàn Kết");
            docx.write(out);
        }
    }

    private static void paragraph(XWPFDocument docx, String text, boolean bold, int size, ParagraphAlignment alignment) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean right) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (right) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(10);
        run.setFontFamily(FONT);
    }
}
