package vn.doanket.dashboard.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table of the dashboard as a download: CSV (UTF-8 with a byte-order mark, so spreadsheet
 * programs show Vietnamese correctly; RFC 4180 quoting) or XLSX (Apache POI; numbers as numbers).
 * Headers are bilingual ("Khu dân cư / Residential areas").
 */
public record TableExport(String title, List<String> headers, List<List<Object>> rows) {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The table as CSV. */
    public ResponseEntity<byte[]> csv(String filename) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headers.stream().map(h -> (Object) h).toList());
        rows.forEach(r -> line(out, r));
        return download(out.toString().getBytes(StandardCharsets.UTF_8), CSV, filename + ".csv");
    }

    /** The table as an Excel workbook with one sheet. */
    public ResponseEntity<byte[]> xlsx(String filename) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(title));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, Math.min(255, Math.max(10, headers.get(c).length() + 2)) * 256);
            }
            workbook.write(bytes);
            return download(bytes.toByteArray(), XLSX, filename + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safeSheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.isEmpty() ? "Sheet1" : name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
