package vn.doanket.conference.command;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doanket.events.error.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CheckInList() {
    }

    /** The codes by row number; a file without the column, or unreadable, is refused (400). */
    public static List<Map.Entry<Integer, String>> parse(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        List<List<String>> records = name.endsWith(".xlsx") || (!name.endsWith(".csv") && zip) ? xlsx(content)
                : csv(content);
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

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("check-in-list-encoding", "Tệp CSV phải được mã hoá UTF-8",
                    "The CSV file must be encoded in UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw DomainException.invalid("check-in-list-malformed",
                    "Tệp CSV không đúng định dạng (ví dụ: dấu ngoặc kép không đóng)",
                    "The CSV file is malformed (e.g. an unterminated quote)");
        }
        return records;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> records = new ArrayList<>();
            int last = sheet.getLastRowNum();
            if (last > MAX_ROWS * 10) {
                throw tooLarge();
            }
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), 100); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                records.add(cells);
            }
            return records;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException refused) {
                throw refused;
            }
            throw DomainException.invalid("check-in-list-unreadable", "Không đọc được tệp XLSX",
                    "The XLSX file cannot be read");
        }
    }
}
