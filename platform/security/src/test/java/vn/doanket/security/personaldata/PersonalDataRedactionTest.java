package vn.doanket.security.personaldata;

import org.junit.jupiter.api.Test;
import vn.doanket.testing.TestPersonalData;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataRedactionTest {

    @Test
    void redactLeavesNothingOfTheValue() {
        assertThat(PersonalDataRedaction.redact(TestPersonalData.PETITIONER_NAME)).isEqualTo("•••");
        assertThat(PersonalDataRedaction.redact((String) null)).isNull();
        assertThat(PersonalDataRedaction.redact("")).isEmpty();
        assertThat(PersonalDataRedaction.redact(PersonalDataKind.PHONE, TestPersonalData.PHONE)).isEqualTo("09•• ••• •78");
        assertThat(PersonalDataRedaction.redact(PersonalDataKind.PHONE, null)).isNull();
    }

    @Test
    void scrubReplacesNumbersAddressesAndDatesInFreeText() {
        String text = "Gọi " + TestPersonalData.PHONE + " hoặc " + TestPersonalData.PHONE_DIGITS + ", CCCD "
                + TestPersonalData.CITIZEN_ID + ", thư " + TestPersonalData.EMAIL + ", sinh "
                + TestPersonalData.DATE_OF_BIRTH_VN + ", mã P-12, quý 4/2025";

        String scrubbed = PersonalDataRedaction.scrub(text);

        assertThat(scrubbed).doesNotContain(TestPersonalData.values())
                .isEqualTo("Gọi ••• hoặc •••, CCCD •••, thư •••@•••, sinh ••/••/••••, mã P-12, quý 4/2025");
        assertThat(PersonalDataRedaction.scrub(null)).isNull();
    }
}
