package vn.doanket.calendar;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader for the configuration tables (Apache Commons CSV): UTF-8, RFC 4180 (optional double quotes, a
 * doubled quote inside quotes is a literal quote), blank lines and lines starting with {@code #} ignored,
 * the first remaining line is the header.
 */
final class Csv {

    /** RFC 4180 (Apache Commons CSV), {@code #} comment lines and blank lines skipped, a leading BOM ignored. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private Csv() {
    }

    /** A data row with its 1-based line number, for error messages. */
    record Row(int line, List<String> cells) {
        String cell(int index) {
            return index < cells.size() ? cells.get(index).trim() : "";
        }
    }

    static List<Row> read(Reader reader, String source, int columns) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(withoutByteOrderMark(reader))) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long number = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    continue;
                }
                if (record.size() != columns) {
                    throw new IllegalArgumentException(source + ":" + number + ": expected " + columns
                            + " columns, found " + record.size());
                }
                rows.add(new Row((int) number, List.copyOf(record.toList())));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    static Reader resource(String name) {
        InputStream in = Csv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
