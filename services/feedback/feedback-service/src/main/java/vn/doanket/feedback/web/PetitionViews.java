package vn.doanket.feedback.web;

import org.bson.Document;
import vn.doanket.feedback.api.PetitionerIdentity;
import vn.doanket.security.personaldata.PersonalData;
import vn.doanket.security.personaldata.PersonalDataKind;
import vn.doanket.security.personaldata.PersonalDataRedaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response bodies of the petition API. */
public final class PetitionViews {

    private PetitionViews() {
    }

    /**
     * The petitioner's identity, shown only to a petition handler of this petition (each reveal recorded);
     * everyone else reads {@code Ẩn danh / Hidden}.
     */
    public record PetitionerView(
            String petitionId,
            @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String fullName,
            @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String phone,
            @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String idNumber,
            @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String address,
            @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String email) {

        static PetitionerView of(String petitionId, PetitionerIdentity identity) {
            return new PetitionerView(petitionId, identity.fullName(), identity.phone(), identity.idNumber(),
                    identity.address(), identity.email());
        }

        @Override
        public String toString() {
            return PersonalDataRedaction.toString(this);
        }
    }

    /** One petition: its state and history from the query model, and the petitioner (masked unless entitled). */
    public record PetitionView(String petitionId, PetitionerView petitioner, Map<String, Object> petition) {

        static PetitionView of(Document doc, PetitionerView petitioner) {
            return new PetitionView(doc.getString("_id"), petitioner, details(doc));
        }
    }

    /** A page of petitions (no petitioner identity in lists). */
    public record PetitionPage(String unitCode, int page, int size, long total, List<Map<String, Object>> items) {
    }

    /** What a command answers: the petition and its status afterwards. */
    public record Accepted(String petitionId, String status) {
    }

    /** What intake answers. */
    public record Received(String petitionId, String unitCode, String status, String receivedOn) {
    }

    static Map<String, Object> details(Document doc) {
        Map<String, Object> details = new LinkedHashMap<>(doc);
        details.remove("_id");
        details.remove("lastSeq");
        details.put("petitionId", doc.getString("_id"));
        return details;
    }

    static Map<String, Object> summary(Document doc) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("petitionId", doc.getString("_id"));
        for (String key : List.of("unitCode", "channel", "topic", "subject", "status", "level", "handlingUnit",
                "receivedOn", "deadline", "anonymous", "recordedLate", "provenance")) {
            summary.put(key, doc.get(key));
        }
        return summary;
    }
}
