package vn.doanket.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainAndQuotedFields() {
        CsvReader csv = CsvReader.parse("test", "code,name,note\r\n01,\"Hà Nội, thủ đô\",\"say \"\"hi\"\"\"\n02,,x\n\n");
        assertThat(csv.column("name")).isEqualTo(1);
        assertThat(csv.next()).containsExactly("01", "Hà Nội, thủ đô", "say \"hi\"");
        assertThat(csv.next()).containsExactly("02", "", "x");
        assertThat(csv.next()).isNull();
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        CsvReader csv = CsvReader.parse("test", "a,b\n1,2,3\n");
        assertThatThrownBy(csv::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CsvReader.parse("test", "a,b\n1\n").next())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CsvReader.parse("test", "a,b\n\"1,2\n").next())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unterminated");
    }

    @Test
    void bundledDataIsThere() {
        CsvReader csv = CsvReader.open("admin-units/provinces-2025.csv");
        int rows = 0;
        while (csv.next() != null) {
            rows++;
        }
        assertThat(rows).isEqualTo(34);
        assertThat(CsvReader.class.getResource("admin-units/README.md")).isNotNull();
    }
}
