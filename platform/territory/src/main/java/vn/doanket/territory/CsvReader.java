package vn.doanket.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Minimal, fast reader for the bundled UTF-8 CSV files: comma-separated, one header row, {@code \n} or
 * {@code \r\n} line endings, RFC 4180 quoted fields ({@code ""} inside quotes is a quote). No regex, one pass.
 */
final class CsvReader {

    private final String resource;
    private final String text;
    private final String[] header;
    private int pos;
    private int line;

    private CsvReader(String resource, String text) {
        this.resource = resource;
        this.text = text;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
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
        // skip blank lines
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            if (text.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
        if (pos >= text.length()) {
            return null;
        }
        line++;
        String[] fields = new String[width < 0 ? 16 : width];
        int count = 0;
        while (true) {
            String field;
            if (pos < text.length() && text.charAt(pos) == '"') {
                StringBuilder sb = new StringBuilder();
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw error("unterminated quoted field");
                    }
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            sb.append('"');
                            pos++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                field = sb.toString();
            } else {
                int start = pos;
                while (pos < text.length()) {
                    char c = text.charAt(pos);
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    pos++;
                }
                field = text.substring(start, pos);
            }
            if (count == fields.length) {
                if (width >= 0) {
                    throw error("more than " + width + " fields");
                }
                fields = Arrays.copyOf(fields, count * 2);
            }
            fields[count++] = field;
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '\r') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
                break;
            }
            if (c != '\r') {
                throw error("unexpected character after quoted field");
            }
            break;
        }
        if (width < 0) {
            return Arrays.copyOf(fields, count);
        }
        if (count != width) {
            throw error(count + " fields, expected " + width);
        }
        return fields;
    }

    private IllegalStateException error(String message) {
        return new IllegalStateException(resource + " line " + line + ": " + message);
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
