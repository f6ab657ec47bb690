package vn.doanket.reports;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One reader for uploaded CSV and XLSX tables: row numbers kept, the caller's refusal codes and limits. */
class TableFilesTest {

    static final TableFiles.Refusals CODES = new TableFiles.Refusals("t-encoding", "t-malformed", "t-unreadable");

    @Test
    void csvKeepsBlankLinesAndDropsTheByteOrderMark() {
        List<List<String>> records = TableFiles.read("a.csv",
                "\uFEFFma,ten\nA1,Nguyễn Văn Á\n\nA2,\"Lê, Thị B\"\n".getBytes(StandardCharsets.UTF_8), CODES,
                TableFiles.Limits.NONE);
        assertThat(records).containsExactly(List.of("ma", "ten"), List.of("A1", "Nguyễn Văn Á"), List.of(""),
                List.of("A2", "Lê, Thị B"));
    }

    @Test
    void unreadableFilesAreRefusedWithTheCallersCodes() {
        assertThatThrownBy(() -> TableFiles.read("a.csv", new byte[]{(byte) 0xC3, 0x28}, CODES, TableFiles.Limits.NONE))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "t-encoding");
        assertThatThrownBy(() -> TableFiles.read("a.csv", "a\n\"b".getBytes(StandardCharsets.UTF_8), CODES, TableFiles.Limits.NONE))
                .hasFieldOrPropertyWithValue("code", "t-malformed");
        assertThatThrownBy(() -> TableFiles.read("a.xlsx", "PK not a zip".getBytes(StandardCharsets.UTF_8), CODES, TableFiles.Limits.NONE))
                .hasFieldOrPropertyWithValue("code", "t-unreadable");
    }

    @Test
    void anXlsxSheetIsReadWithinItsLimitsAndFoundByContent() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < 3; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue("r" + r + "c" + c);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        List<List<String>> records = TableFiles.read("upload.bin", xlsx, CODES,
                new TableFiles.Limits(10, 2, () -> DomainException.invalid("t-large", "lớn", "large")));
        assertThat(records).hasSize(3).first().isEqualTo(List.of("r0c0", "r0c1"));
        assertThatThrownBy(() -> TableFiles.read("a.xlsx", xlsx, CODES,
                new TableFiles.Limits(1, 2, () -> DomainException.invalid("t-large", "lớn", "large"))))
                .hasFieldOrPropertyWithValue("code", "t-large");
    }
}
