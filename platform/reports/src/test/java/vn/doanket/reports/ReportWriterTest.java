package vn.doanket.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every format is read back with an independent reader (POI, PDFBox) and shows the Vietnamese text. */
class ReportWriterTest {

    static final ReportTable PETITIONS = ReportTable.builder("Kiến nghị theo chủ đề", "Petitions by topic")
            .column(ReportColumn.text("submitter", "Người gửi", "Submitter"))
            .column(ReportColumn.text("topic", "Chủ đề", "Topic"))
            .column(ReportColumn.number("count", "Số lượng", "Count"))
            .column(ReportColumn.date("received", "Ngày nhận", "Received"))
            .column(ReportColumn.dateTime("answered", "Trả lời lúc", "Answered at"))
            .row("Nguyễn Văn Ánh", "Kiến nghị về đất đai, \"sổ đỏ\"", 12, LocalDate.of(2026, 3, 31),
                    Instant.parse("2026-04-02T03:15:00Z"))
            .row("Trần Thị Bích Ngọc", "Môi trường\nô nhiễm", 1234567, LocalDate.of(2026, 1, 2), null)
            .row("=HYPERLINK(\"http://x\")", "-2+3", -5, null, null)
            .build();

    static final ReportDocument DOCUMENT = new ReportDocument("Báo cáo tổng hợp ý kiến, kiến nghị",
            "Synthesis of opinions and petitions", List.of("Quý 1/2026 — Phường Bà Rịa"),
            List.of(PETITIONS, ReportTable.builder("Chuyển sang quý sau", "Carried over")
                    .column(ReportColumn.text("id", "Mã", "Id")).build()));

    @Test
    void csvIsUtf8WithBomQuotedAndGuardedAgainstFormulas() {
        byte[] bytes = ReportWriter.write(PETITIONS, ReportFormat.CSV, HeaderLanguage.BILINGUAL);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertThat(lines.get(0)).isEqualTo("Người gửi (Submitter),Chủ đề (Topic),Số lượng (Count),Ngày nhận (Received),"
                + "Trả lời lúc (Answered at)");
        assertThat(lines.get(1)).isEqualTo("Nguyễn Văn Ánh,\"Kiến nghị về đất đai, \"\"sổ đỏ\"\"\",12,2026-03-31,"
                + "2026-04-02T10:15+07:00");
        assertThat(csv).contains("\"Môi trường\nô nhiễm\",1234567,2026-01-02,\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3,-5,,\r\n");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void csvOfSeveralTablesTitlesEachTable() {
        String csv = new String(ReportWriter.write(DOCUMENT, ReportFormat.CSV, HeaderLanguage.VI), StandardCharsets.UTF_8);
        assertThat(csv).contains("Kiến nghị theo chủ đề\r\nNgười gửi,Chủ đề,Số lượng").contains("\r\n\r\nChuyển sang quý sau\r\nMã\r\n");
    }

    @Test
    void xlsxIsReadBackByPoiWithTypedCells() throws Exception {
        byte[] bytes = ReportWriter.write(DOCUMENT, ReportFormat.XLSX, HeaderLanguage.VI);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kiến nghị theo chủ đề");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kiến nghị theo chủ đề");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Quý 1/2026 — Phường Bà Rịa");
            int header = 3;
            assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("Người gửi");
            assertThat(sheet.getRow(header).getCell(4).getStringCellValue()).isEqualTo("Trả lời lúc");
            assertThat(sheet.getRow(header + 1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn Ánh");
            assertThat(sheet.getRow(header + 1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(header + 2).getCell(2).getNumericCellValue()).isEqualTo(1234567d);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(header + 1).getCell(3))).isTrue();
            assertThat(sheet.getRow(header + 1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(sheet.getRow(header + 1).getCell(4).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 4, 2, 10, 15));
            assertThat(sheet.getRow(header + 3).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(header + 3).getCell(0).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Chuyển sang quý sau");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Báo cáo tổng hợp ý kiến, kiến nghị");
        }
    }

    @Test
    void pdfEmbedsAUnicodeFontAndItsTextIsExtractedWithDiacritics() throws Exception {
        byte[] bytes = ReportWriter.write(DOCUMENT, ReportFormat.PDF, HeaderLanguage.VI);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Nguyễn Văn Ánh", "Kiến nghị", "Báo cáo tổng hợp ý kiến, kiến nghị",
                    "Trần Thị Bích Ngọc", "Quý 1/2026 — Phường Bà Rịa", "1.234.567", "31/03/2026", "02/04/2026 10:15",
                    "Không có dữ liệu", "Trang 1");
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
            }
            assertThat(fonts).anySatisfy(f -> assertThat(f).contains("DejaVuSans").endsWith("embedded"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Báo cáo tổng hợp ý kiến, kiến nghị");
        }
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderRepeated() throws Exception {
        ReportTable.Builder builder = ReportTable.builder("Dòng thời gian", "Timeline")
                .column(ReportColumn.number("seq", "Số", "No."))
                .column(ReportColumn.text("what", "Nội dung", "What"));
        for (int i = 0; i < 200; i++) {
            builder.row(i, "Kiến nghị được chuyển đến Ủy ban nhân dân phường lần " + i);
        }
        try (PDDocument pdf = Loader.loadPDF(ReportWriter.write(builder.build(), ReportFormat.PDF, HeaderLanguage.EN))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("No.", "What", "Kiến nghị được chuyển đến");
        }
    }

    @Test
    void docxIsReadBackByPoi() throws Exception {
        byte[] bytes = ReportWriter.write(DOCUMENT, ReportFormat.DOCX, HeaderLanguage.BILINGUAL);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("Báo cáo tổng hợp ý kiến, kiến nghị (Synthesis of opinions and petitions)",
                    "Người gửi (Submitter)", "Nguyễn Văn Ánh", "1.234.567", "31/03/2026", "Chuyển sang quý sau (Carried over)");
            assertThat(docx.getTables()).hasSize(2);
            assertThat(docx.getTables().get(0).getRows()).hasSize(4);
            assertThat(docx.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Nguyễn Văn Ánh");
        }
    }

    @Test
    void rowsMustMatchColumnsAndFormatsParse() {
        assertThatThrownBy(() -> ReportTable.builder("a", "a").column(ReportColumn.text("x", "X", "X")).row("1", "2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 has 2 cells for 1 columns");
        assertThat(ReportFormat.parse("XLSX")).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.parse(" pdf ")).isEqualTo(ReportFormat.PDF);
        assertThatThrownBy(() -> ReportFormat.parse("exe")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HeaderLanguage.parse(null)).isEqualTo(HeaderLanguage.VI);
        assertThat(HeaderLanguage.parse("both")).isEqualTo(HeaderLanguage.BILINGUAL);
        assertThat(ReportWriter.fileName("Báo cáo quý 1/2026 — Đà Nẵng", ReportFormat.XLSX))
                .isEqualTo("bao-cao-quy-1-2026-da-nang.xlsx");
    }
}
