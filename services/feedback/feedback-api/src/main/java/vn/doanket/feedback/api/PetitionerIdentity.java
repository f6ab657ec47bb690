package vn.doanket.feedback.api;

/**
 * Who submitted a petition: personal data. Travels only inside a {@link ReceivePetitionCommand} to the
 * feedback service, which keeps it in its personal-data store (never in events, never on Kafka).
 * {@link #toString()} never shows the values.
 *
 * @param fullName  the petitioner's name
 * @param phone     phone number, optional
 * @param idNumber  citizen ID number, optional
 * @param address   address, optional
 * @param email     e-mail, optional (for notifications)
 */
public record PetitionerIdentity(String fullName, String phone, String idNumber, String address, String email) {

    @Override
    public String toString() {
        return "PetitionerIdentity[•••]";
    }
}
