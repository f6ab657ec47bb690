package vn.doanket.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one form of unit codes: what it accepts, what it refuses, and what it says of a code. */
class UnitCodeTest {

    @Test
    void acceptsEveryLevelsFormAndTellsTheLevel() {
        assertThat(UnitCode.of("VN").kind()).isEqualTo(UnitCode.Kind.NATION);
        assertThat(UnitCode.of("79").kind()).isEqualTo(UnitCode.Kind.PROVINCE);
        assertThat(UnitCode.of("748").kind()).isEqualTo(UnitCode.Kind.DISTRICT);
        assertThat(UnitCode.of("26560").kind()).isEqualTo(UnitCode.Kind.COMMUNE);
        assertThat(UnitCode.of("26560-KP01").kind()).isEqualTo(UnitCode.Kind.RESIDENTIAL_AREA);
        assertThat(UnitCode.of("26560-KP01").commune()).isEqualTo("26560");
        assertThat(UnitCode.of("26560").commune()).isEqualTo("26560");
        assertThat(UnitCode.of("79").commune()).isNull();
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[]{null, "", "vn", "7", "7912", "265600", "26560-", "26560-kp01", "26560-KP 1",
                "26560-KP01<script>", "26560-KP\u000001", "26560/KP01", "26560-" + "A".repeat(37), "79\n"}) {
            assertThat(UnitCode.isValid(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThatThrownBy(() -> UnitCode.of("<b>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("<b>");
    }

    @Test
    void answersTheQuestionsTheServicesAsk() {
        assertThat(UnitCode.isArea("26560-KP01")).isTrue();
        assertThat(UnitCode.isArea("26560")).isFalse();
        assertThat(UnitCode.isCommune("26560")).isTrue();
        assertThat(UnitCode.isOfficial("748")).isTrue();
        assertThat(UnitCode.isOfficial("VN")).isFalse();
        assertThat(UnitCode.communeOf("26560-KP01")).isEqualTo("26560");
        assertThat(UnitCode.communeOf("79")).isNull();
        assertThat("26560-KP01".matches(UnitCode.AREA_FORM)).isTrue();
        assertThat("26560".matches(UnitCode.COMMUNE_FORM)).isTrue();
    }
}
