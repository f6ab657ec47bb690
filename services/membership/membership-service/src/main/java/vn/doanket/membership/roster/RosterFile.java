package vn.doanket.membership.roster;

import vn.doanket.events.error.DomainException;
import vn.doanket.reports.TableFiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a committee roster (CSV in UTF-8, or the first sheet of an XLSX workbook) into rows of named cells. The first
 * row is the header; row numbers are the file's own (the header is row 1, the first data row is row 2), as users see
 * them in a spreadsheet. Empty rows are skipped.
 */
public final class RosterFile {

    /** One data row: its number in the file and its cells by (lower-case) column name. */
    public record RawRow(int number, Map<String, String> cells) {
        @Override
        public String toString() {
            return "RawRow[" + number + ", personal data hidden]";
        }
    }

    static final int MAX_ROWS = 20_000;

    private static final TableFiles.Refusals REFUSALS = new TableFiles.Refusals("roster-encoding",
            "roster-malformed-csv", "roster-unreadable");

    private RosterFile() {
    }

    /** Parses by file name (.csv or .xlsx) or, failing that, by content (XLSX files are ZIP archives). */
    public static List<RawRow> parse(String fileName, byte[] content) {
        return rows(TableFiles.read(fileName, content, REFUSALS, TableFiles.Limits.NONE));
    }

    static List<RawRow> csv(byte[] content) {
        return rows(TableFiles.csv(content, REFUSALS));
    }

    static List<RawRow> xlsx(byte[] content) {
        return rows(TableFiles.xlsx(content, REFUSALS, TableFiles.Limits.NONE));
    }

    private static List<RawRow> rows(List<List<String>> records) {
        if (records.isEmpty()) {
            throw DomainException.invalid("roster-empty", "Tệp không có dòng tiêu đề", "The file has no header row");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String required : RosterColumns.REQUIRED) {
            if (!header.contains(required)) {
                throw DomainException.invalid("roster-header", "Thiếu cột bắt buộc: " + required,
                        "A required column is missing: " + required);
            }
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < record.size() ? record.get(c).strip() : "");
            }
            rows.add(new RawRow(i + 1, cells));
            if (rows.size() > MAX_ROWS) {
                throw DomainException.invalid("roster-too-large", "Tệp có quá " + MAX_ROWS + " dòng",
                        "The file has more than " + MAX_ROWS + " rows");
            }
        }
        return rows;
    }
}
