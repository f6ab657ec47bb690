package vn.doanket.territory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reader for the bundled UTF-8 CSV files (Apache Commons CSV, RFC 4180): comma-separated, one header row,
 * {@code \n} or {@code \r\n} line endings, quoted fields ({@code ""} inside quotes is a quote), blank lines
 * skipped, a leading byte-order mark ignored; every data row must have as many fields as the header.
 */
final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String resource;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;

    private CsvReader(String resource, String text) {
        this.resource = resource;
        try {
            this.parser = FORMAT.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        this.records = parser.iterator();
        String[] first = readRow(-1);
        if (first == null) {
            throw new IllegalStateException(resource + ": empty file");
        }
        this.header = first;
    }

    /** Opens a classpath resource relative to this class. */
    static CsvReader open(String resource) {
        try (InputStream in = CsvReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads CSV from text; {@code name} is used in error messages. */
    static CsvReader parse(String name, String text) {
        return new CsvReader(name, text);
    }

    /** Index of a header column. */
    int column(String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(resource + ": no column " + name);
    }

    /** The next data row with exactly as many fields as the header, or {@code null} at the end. */
    String[] next() {
        return readRow(header.length);
    }

    private String[] readRow(int width) {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException malformed) {
            // Commons CSV reports an unterminated quoted field as "EOF reached before encapsulated token finished"
            throw error("unterminated quoted field or malformed row (" + malformed.getMessage() + ")");
        }
        String[] fields = record.values();
        if (width >= 0 && fields.length != width) {
            throw error(fields.length + " fields, expected " + width);
        }
        return fields;
    }

    private IllegalStateException error(String message) {
        return new IllegalStateException(resource + " line " + parser.getCurrentLineNumber() + ": " + message);
    }

    /** Deduplicates repeated strings (types, parent codes, resolutions) while loading. */
    static final class Interner {
        private final Map<String, String> strings = new HashMap<>(4096);

        String intern(String s) {
            if (s == null) {
                return null;
            }
            String existing = strings.putIfAbsent(s, s);
            return existing == null ? s : existing;
        }
    }
}
