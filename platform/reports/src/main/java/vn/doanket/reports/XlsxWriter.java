package vn.doanket.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Excel workbook: one sheet per table; row 1 the table's title, then the document's lines, an
 * empty row, the header row (bold, frozen, with a filter) and the rows with typed cells (numbers,
 * dates as dates).
 */
final class XlsxWriter {

    private XlsxWriter() {
    }

    static void write(ReportDocument document, HeaderLanguage language, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

            Set<String> names = new HashSet<>();
            List<ReportTable> tables = document.tables().isEmpty()
                    ? List.of(ReportTable.builder(document.titleVi(), document.titleEn()).build()) : document.tables();
            for (ReportTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(HeaderLanguage.VI), names));
                int r = 0;
                Cell titleCell = sheet.createRow(r++).createCell(0);
                titleCell.setCellValue(table.title(language));
                titleCell.setCellStyle(title);
                for (String line : document.lines()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                r++;
                int headerRow = r;
                Row head = sheet.createRow(r++);
                int[] widths = new int[Math.max(1, table.columns().size())];
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = head.createCell(c);
                    String text = table.columns().get(c).header(language);
                    cell.setCellValue(text);
                    cell.setCellStyle(header);
                    widths[c] = Math.min(40, text.length());
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof LocalDateTime t) {
                            cell.setCellValue(t);
                            cell.setCellStyle(dateTime);
                        } else if (v instanceof Instant || v instanceof OffsetDateTime || v instanceof ZonedDateTime) {
                            cell.setCellValue(Cells.vietnamTime(v).toLocalDateTime());
                            cell.setCellStyle(dateTime);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                        widths[c] = Math.max(widths[c], Math.min(60, Cells.display(v).length()));
                    }
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.setColumnWidth(c, (widths[c] + 3) * 256);
                }
                if (!table.columns().isEmpty()) {
                    sheet.createFreezePane(0, headerRow + 1);
                    sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0,
                            table.columns().size() - 1));
                }
            }
            workbook.getProperties().getCoreProperties().setTitle(document.title(language));
            workbook.getProperties().getCoreProperties().setCreator("Đoàn Kết");
            workbook.write(out);
        }
    }

    private static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title.length() > 28 ? title.substring(0, 28) : title);
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
