package vn.doanket.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), CRLF line
 * ends. One table: header row and rows. Several tables: each preceded by its title and followed by
 * an empty line. Text cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR)
 * are prefixed with an apostrophe.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static void write(ReportDocument document, HeaderLanguage language, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        boolean several = document.tables().size() > 1;
        for (ReportTable table : document.tables()) {
            if (several) {
                line(w, List.of(table.title(language)));
            }
            line(w, table.columns().stream().map(c -> c.header(language)).toList());
            for (List<Object> row : table.rows()) {
                line(w, row.stream().map(v -> v instanceof CharSequence ? guard(v.toString()) : Cells.csv(v)).toList());
            }
            if (several) {
                w.write("\r\n");
            }
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
