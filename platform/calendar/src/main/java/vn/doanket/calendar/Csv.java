package vn.doanket.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal reader for the configuration tables: UTF-8, comma-separated, optional double quotes (a doubled
 * quote inside quotes is a literal quote), blank lines and lines starting with {@code #} ignored, the first
 * remaining line is the header.
 */
final class Csv {

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
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> cells = split(line, source, number);
                if (header) {
                    header = false;
                    continue;
                }
                if (cells.size() != columns) {
                    throw new IllegalArgumentException(source + ":" + number + ": expected " + columns
                            + " columns, found " + cells.size());
                }
                rows.add(new Row(number, List.copyOf(cells)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }

    static Reader resource(String name) {
        InputStream in = Csv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<String> split(String line, String source, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ":" + number + ": unterminated quote");
        }
        cells.add(cell.toString());
        return cells;
    }
}
