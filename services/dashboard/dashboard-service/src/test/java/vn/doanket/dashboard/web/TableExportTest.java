package vn.doanket.dashboard.web;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV and XLSX forms of a dashboard table: Vietnamese intact, quoting, numbers as numbers. */
class TableExportTest {

    static final TableExport TABLE = new TableExport("Thành phố Hồ Chí Minh: đơn vị/trực thuộc",
            List.of("Mã / Code", "Đơn vị / Unit", "Khu dân cư / Residential areas"),
            List.of(List.of("26560", "Phường Bà Rịa", 3L), List.of("26506", "Phường \"Vũng Tàu\", cũ", 12L)));

    @Test
    void csvIsUtf8WithByteOrderMarkAndRfc4180Quoting() {
        ResponseEntity<byte[]> csv = TABLE.csv("don-vi-truc-thuoc-79");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFMã / Code,Đơn vị / Unit,Khu dân cư / Residential areas\r\n"
                + "26560,Phường Bà Rịa,3\r\n"
                + "26506,\"Phường \"\"Vũng Tàu\"\", cũ\",12\r\n");
        assertThat(csv.getHeaders().getContentType()).isEqualTo(TableExport.CSV);
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("don-vi-truc-thuoc-79.csv");
    }

    @Test
    void xlsxHasTheHeadersAndNumericCells() throws Exception {
        ResponseEntity<byte[]> xlsx = TABLE.xlsx("don-vi-truc-thuoc-79");
        assertThat(xlsx.getHeaders().getContentType()).isEqualTo(TableExport.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                        && "Mã / Code".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertThat(header).as("header row").isNotNegative();
            assertThat(sheet.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Khu dân cư / Residential areas");
            assertThat(sheet.getRow(header + 2).getCell(1).getStringCellValue()).isEqualTo("Phường \"Vũng Tàu\", cũ");
            assertThat(sheet.getRow(header + 2).getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 2);
        }
    }
}
