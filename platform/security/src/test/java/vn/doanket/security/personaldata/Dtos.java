package vn.doanket.security.personaldata;

import java.time.LocalDate;
import java.util.List;

import static vn.doanket.security.personaldata.PersonalDataKind.ADDRESS;
import static vn.doanket.security.personaldata.PersonalDataKind.DATE_OF_BIRTH;
import static vn.doanket.security.personaldata.PersonalDataKind.EMAIL;
import static vn.doanket.security.personaldata.PersonalDataKind.ID_NUMBER;
import static vn.doanket.security.personaldata.PersonalDataKind.PETITIONER_IDENTITY;
import static vn.doanket.security.personaldata.PersonalDataKind.PHONE;

/** Response DTOs as services write them. */
final class Dtos {

    private Dtos() {
    }

    record PersonView(String personId,
                      String position,
                      @PersonalData(PHONE) String phone,
                      @PersonalData(value = ID_NUMBER, subject = "personId") String idNumber,
                      @PersonalData(DATE_OF_BIRTH) LocalDate dateOfBirth,
                      @PersonalData(ADDRESS) String address,
                      @PersonalData(EMAIL) String email) {
        @Override
        public String toString() {
            return PersonalDataRedaction.toString(this);
        }
    }

    record Petitioner(@PersonalData(value = PETITIONER_IDENTITY, subject = "petitionId") String name,
                      @PersonalData(value = PETITIONER_IDENTITY, subject = "petitionId") String phone) {
        @Override
        public String toString() {
            return PersonalDataRedaction.toString(this);
        }
    }

    record PetitionView(String petitionId,
                        String topic,
                        @PersonalData(value = PETITIONER_IDENTITY, subject = "petitionId") String petitionerName,
                        Petitioner petitioner) {
        @Override
        public String toString() {
            return PersonalDataRedaction.toString(this);
        }
    }

    record PetitionPage(List<PetitionView> items, int total) {
    }

    record WorkCommitteeView(String committeeId, List<PersonView> members,
                             @PersonalData(PHONE) List<String> hotlines) {
    }

    /** A subject property that is itself personal data: a programming error. */
    record BadSubject(@PersonalData(ID_NUMBER) String idNumber,
                      @PersonalData(value = PHONE, subject = "idNumber") String phone) {
    }

    /** A plain class: the annotation on the field, read through the getter. */
    static final class LegacyPerson {
        @PersonalData(PHONE)
        private final String phone;
        private final String name;

        LegacyPerson(String phone, String name) {
            this.phone = phone;
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public String getName() {
            return name;
        }
    }
}
