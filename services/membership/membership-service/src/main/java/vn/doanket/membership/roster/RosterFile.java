package vn.doanket.membership.roster;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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

    /** RFC 4180 (Apache Commons CSV); blank lines are kept as records so that row numbers match the file's lines. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private RosterFile() {
    }

    /** Parses by file name (.csv or .xlsx) or, failing that, by content (XLSX files are ZIP archives). */
    public static List<RawRow> parse(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xlsx") || (!name.endsWith(".csv") && zip)) {
            return xlsx(content);
        }
        return csv(content);
    }

    static List<RawRow> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("roster-encoding", "Tệp CSV phải được mã hoá UTF-8",
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
            throw DomainException.invalid("roster-malformed-csv",
                    "Tệp CSV không đúng định dạng (ví dụ: dấu ngoặc kép không đóng)",
                    "The CSV file is malformed (e.g. an unterminated quote)");
        }
        return rows(records);
    }

    static List<RawRow> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> records = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                records.add(cells);
            }
            return rows(records);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid("roster-unreadable", "Không đọc được tệp XLSX", "The XLSX file cannot be read");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
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
