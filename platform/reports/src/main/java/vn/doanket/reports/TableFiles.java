package vn.doanket.reports;

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
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one way to read an uploaded table (a roster, a check-in list): a CSV file in UTF-8 (RFC 4180, a leading BOM
 * ignored) or the first sheet of an XLSX workbook, as records of cell texts — blank lines kept, so that record
 * {@code i} is the file's row {@code i + 1} as users see it in a spreadsheet. Date cells read as ISO dates. A file
 * that cannot be read is refused (400) with the caller's codes.
 */
public final class TableFiles {

    /** The caller's problem codes for a file that is not UTF-8, a malformed CSV and an unreadable XLSX. */
    public record Refusals(String encoding, String malformedCsv, String unreadableXlsx) {
    }

    /**
     * Bounds of an XLSX sheet: more rows than {@code maxRows} is refused with {@code tooLarge}; cells after
     * {@code maxColumns} are not read.
     */
    public record Limits(int maxRows, int maxColumns, Supplier<DomainException> tooLarge) {
        /** No bounds beyond the upload size. */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, () -> null);
    }

    /** RFC 4180; blank lines are kept as records so that row numbers match the file's lines. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private TableFiles() {
    }

    /** Reads by file name (.csv or .xlsx) or, failing that, by content (XLSX files are ZIP archives). */
    public static List<List<String>> read(String fileName, byte[] content, Refusals refusals, Limits limits) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        return name.endsWith(".xlsx") || (!name.endsWith(".csv") && zip) ? xlsx(content, refusals, limits)
                : csv(content, refusals);
    }

    /** The records of a CSV file. */
    public static List<List<String>> csv(byte[] content, Refusals refusals) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid(refusals.encoding(), "Tệp CSV phải được mã hoá UTF-8",
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
            throw DomainException.invalid(refusals.malformedCsv(),
                    "Tệp CSV không đúng định dạng (ví dụ: dấu ngoặc kép không đóng)",
                    "The CSV file is malformed (e.g. an unterminated quote)");
        }
        return records;
    }

    /** The records of the first sheet of an XLSX workbook. */
    public static List<List<String>> xlsx(byte[] content, Refusals refusals, Limits limits) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> records = new ArrayList<>();
            int last = sheet.getLastRowNum();
            if (last > limits.maxRows()) {
                throw limits.tooLarge().get();
            }
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), limits.maxColumns()); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                records.add(cells);
            }
            return records;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException refused) {
                throw refused;
            }
            throw DomainException.invalid(refusals.unreadableXlsx(), "Không đọc được tệp XLSX",
                    "The XLSX file cannot be read");
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
}
