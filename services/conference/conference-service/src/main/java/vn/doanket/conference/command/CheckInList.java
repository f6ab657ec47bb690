package vn.doanket.conference.command;

import vn.doanket.events.error.DomainException;
import vn.doanket.reports.TableFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bulk check-in list uploaded by the organiser: a CSV file (UTF-8, comma) or the first sheet of an XLSX workbook
 * whose first row is the header and which has a column {@value #CODE_COLUMN} (the invitations' check-in codes, one a
 * row; other columns, e.g. names, are ignored). Row numbers are the file's own (the header is row 1), as users see
 * them in a spreadsheet; empty rows are skipped. At most {@value #MAX_ROWS} rows.
 */
public final class CheckInList {

    /** The column of check-in codes. */
    public static final String CODE_COLUMN = "ma_diem_danh";
    public static final int MAX_ROWS = 2_000;

    private static final TableFiles.Refusals REFUSALS = new TableFiles.Refusals("check-in-list-encoding",
            "check-in-list-malformed", "check-in-list-unreadable");

    private CheckInList() {
    }

    /** The codes by row number; a file without the column, or unreadable, is refused (400). */
    public static List<Map.Entry<Integer, String>> parse(String fileName, byte[] content) {
        List<List<String>> records = TableFiles.read(fileName, content, REFUSALS,
                new TableFiles.Limits(MAX_ROWS * 10, 100, CheckInList::tooLarge));
        if (records.isEmpty()) {
            throw DomainException.invalid("check-in-list-empty", "Tệp không có dòng tiêu đề", "The file has no header row");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int column = header.indexOf(CODE_COLUMN);
        if (column < 0) {
            throw DomainException.invalid("check-in-list-header", "Thiếu cột bắt buộc: " + CODE_COLUMN,
                    "A required column is missing: " + CODE_COLUMN);
        }
        List<Map.Entry<Integer, String>> codes = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            codes.add(Map.entry(i + 1, column < record.size() ? record.get(column).strip() : ""));
            if (codes.size() > MAX_ROWS) {
                throw tooLarge();
            }
        }
        return codes;
    }

    private static DomainException tooLarge() {
        return DomainException.invalid("check-in-list-too-large", "Tệp có quá " + MAX_ROWS + " dòng",
                "The file has more than " + MAX_ROWS + " rows");
    }

}
