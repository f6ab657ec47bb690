package vn.doanket.dashboard.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.doanket.reports.HeaderLanguage;
import vn.doanket.reports.ReportColumn;
import vn.doanket.reports.ReportFormat;
import vn.doanket.reports.ReportTable;
import vn.doanket.reports.ReportWriter;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table of the dashboard as a download, written by the platform's report writer
 * ({@code platform/reports}): CSV (UTF-8 with a byte-order mark, RFC 4180 quoting, formula guard) or
 * XLSX (numbers as numbers). Headers are bilingual ("Khu dân cư / Residential areas"); a column
 * whose cells are numbers is a number column.
 */
public record TableExport(String title, List<String> headers, List<List<Object>> rows) {

    public static final MediaType XLSX = MediaType.parseMediaType(ReportFormat.XLSX.mediaType());
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The table as CSV. */
    public ResponseEntity<byte[]> csv(String filename) {
        return download(ReportWriter.write(table(), ReportFormat.CSV, HeaderLanguage.VI), CSV, filename + ".csv");
    }

    /** The table as an Excel workbook with one sheet. */
    public ResponseEntity<byte[]> xlsx(String filename) {
        return download(ReportWriter.write(table(), ReportFormat.XLSX, HeaderLanguage.VI), XLSX, filename + ".xlsx");
    }

    private ReportTable table() {
        ReportTable.Builder table = ReportTable.builder(title, title);
        for (int c = 0; c < headers.size(); c++) {
            String key = "c" + c;
            table.column(numeric(c) ? ReportColumn.number(key, headers.get(c), headers.get(c))
                    : ReportColumn.text(key, headers.get(c), headers.get(c)));
        }
        rows.forEach(table::row);
        return table.build();
    }

    private boolean numeric(int column) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(column) instanceof Number);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
