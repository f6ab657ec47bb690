package vn.doanket.membership.roster;

import org.junit.jupiter.api.Test;
import vn.doanket.events.error.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV rosters: RFC 4180 quoting, a byte-order mark, blank lines and row numbers as the user sees them. */
class RosterFileTest {

    static final String HEADER = String.join(",", RosterColumns.REQUIRED);

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String row(String name) {
        return "26560-KP01,2024,\"" + name + "\",NU,1980,Kinh,MEMBER,WOMEN_UNION,2024-05-01,\"12/QĐ-MTTQ, ngày 1/5\"";
    }

    @Test
    void quotedCellsKeepCommasAndQuotesAndRowsKeepTheirNumbers() {
        List<RosterFile.RawRow> rows = RosterFile.parse("ban.csv",
                csv("\uFEFF" + HEADER + "\r\n" + row("Nguyễn Thị Ánh") + "\r\n\r\n" + row("\"\"Bà\"\" Lò Thị Hoa") + "\n"));
        assertThat(rows).extracting(RosterFile.RawRow::number).containsExactly(2, 4);
        assertThat(rows.get(0).cells()).containsEntry(RosterColumns.NAME, "Nguyễn Thị Ánh")
                .containsEntry(RosterColumns.DECISION, "12/QĐ-MTTQ, ngày 1/5");
        assertThat(rows.get(1).cells()).containsEntry(RosterColumns.NAME, "\"Bà\" Lò Thị Hoa");
    }

    @Test
    void anUnterminatedQuoteIsABadFileNotAnError() {
        assertThatThrownBy(() -> RosterFile.parse("ban.csv", csv(HEADER + "\n26560-KP01,2024,\"Nguyễn Văn A,NAM")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.code()).isEqualTo("roster-malformed-csv");
                });
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = (HEADER + "\n" + row("Nguyen")).getBytes(StandardCharsets.ISO_8859_1);
        latin1[latin1.length - 3] = (byte) 0xE9;
        assertThatThrownBy(() -> RosterFile.parse("ban.csv", latin1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("roster-encoding"));
    }
}
