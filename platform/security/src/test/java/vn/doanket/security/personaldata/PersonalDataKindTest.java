package vn.doanket.security.personaldata;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.security.personaldata.PersonalDataKind.ADDRESS;
import static vn.doanket.security.personaldata.PersonalDataKind.DATE_OF_BIRTH;
import static vn.doanket.security.personaldata.PersonalDataKind.EMAIL;
import static vn.doanket.security.personaldata.PersonalDataKind.ID_NUMBER;
import static vn.doanket.security.personaldata.PersonalDataKind.PETITIONER_IDENTITY;
import static vn.doanket.security.personaldata.PersonalDataKind.PHONE;
import static vn.doanket.testing.TestPersonalData.CITIZEN_ID;
import static vn.doanket.testing.TestPersonalData.DATE_OF_BIRTH_VN;
import static vn.doanket.testing.TestPersonalData.PETITIONER_NAME;
import static vn.doanket.testing.TestPersonalData.PHONE_DIGITS;

/** The masked forms. */
class PersonalDataKindTest {

    @Test
    void phoneKeepsTheFirstAndLastTwoDigitsInGroups() {
        assertThat(PHONE.mask(vn.doanket.testing.TestPersonalData.PHONE)).isEqualTo("09•• ••• •78");
        assertThat(PHONE.mask(PHONE_DIGITS)).isEqualTo("09•• ••• •78");
        assertThat(PHONE.mask("+84 912 345 678")).isEqualTo("09•• ••• •78");
        assertThat(PHONE.mask("024 3825 1234")).isEqualTo("02•• ••• ••34");
        assertThat(PHONE.mask("113456")).isEqualTo("11•• 56");
        assertThat(PHONE.mask("115")).isEqualTo("•••");
        assertThat(PHONE.mask(912345678L)).isEqualTo("91•• ••• 78");
    }

    @Test
    void idNumberKeepsTheLastThreeCharacters() {
        assertThat(ID_NUMBER.mask(CITIZEN_ID)).isEqualTo("•••••••••234");
        assertThat(ID_NUMBER.mask("C1234567")).isEqualTo("•••••567");
        assertThat(ID_NUMBER.mask("12")).isEqualTo("•••");
    }

    @Test
    void dateOfBirthKeepsTheYear() {
        assertThat(DATE_OF_BIRTH.mask(LocalDate.of(1985, 4, 12))).isEqualTo("1985");
        assertThat(DATE_OF_BIRTH.mask(YearMonth.of(1985, 4))).isEqualTo("1985");
        assertThat(DATE_OF_BIRTH.mask(vn.doanket.testing.TestPersonalData.DATE_OF_BIRTH)).isEqualTo("1985");
        assertThat(DATE_OF_BIRTH.mask(DATE_OF_BIRTH_VN)).isEqualTo("1985");
        assertThat(DATE_OF_BIRTH.mask("unknown")).isEqualTo("••••");
    }

    @Test
    void addressKeepsOnlyAProvincePart() {
        assertThat(ADDRESS.mask(vn.doanket.testing.TestPersonalData.ADDRESS)).isEqualTo("•••");
        assertThat(ADDRESS.mask(vn.doanket.testing.TestPersonalData.ADDRESS + ", Thành phố Hồ Chí Minh"))
                .isEqualTo("•••, Thành phố Hồ Chí Minh");
        assertThat(ADDRESS.mask("Ấp 3, Xã Phú Hòa, tỉnh Đồng Nai")).isEqualTo("•••, tỉnh Đồng Nai");
        assertThat(ADDRESS.mask("Tổ 5, TP. Hà Nội")).isEqualTo("•••, TP. Hà Nội");
        assertThat(ADDRESS.mask(Map.of("street", "x"))).isEqualTo("•••");
    }

    @Test
    void identityIsHidden() {
        assertThat(PETITIONER_IDENTITY.mask(PETITIONER_NAME)).isEqualTo("Ẩn danh / Hidden");
        assertThat(PETITIONER_IDENTITY.mask(new Object())).isEqualTo("Ẩn danh / Hidden");
    }

    @Test
    void emailKeepsTheFirstCharacterAndTheDomain() {
        assertThat(EMAIL.mask(vn.doanket.testing.TestPersonalData.EMAIL)).isEqualTo("h•••@example.vn");
        assertThat(EMAIL.mask("not-an-address")).isEqualTo("•••");
    }

    @Test
    void nullsBlanksCollectionsAndOptionals() {
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            assertThat(kind.mask(null)).isNull();
            assertThat(kind.mask(Optional.empty())).isNull();
            assertThat(kind.mask("")).isEqualTo("");
        }
        assertThat(PHONE.mask(List.of(PHONE_DIGITS, PHONE_DIGITS))).isEqualTo(List.of("09•• ••• •78", "09•• ••• •78"));
        assertThat(ID_NUMBER.mask(new String[] {CITIZEN_ID})).isEqualTo(List.of("•••••••••234"));
        assertThat(PHONE.mask(Optional.of(PHONE_DIGITS))).isEqualTo("09•• ••• •78");
    }
}
