package vn.doanket.conference.web;

import vn.doanket.conference.api.ConferenceKind;
import vn.doanket.conference.api.ConferenceStatus;
import vn.doanket.conference.api.InviteeKind;
import vn.doanket.conference.api.TraineeRole;
import vn.doanket.feedback.api.PetitionStatus;
import vn.doanket.feedback.api.Topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response bodies of the conference API (labels Vietnamese first). */
public final class ConferenceViews {

    private ConferenceViews() {
    }

    /** What a command answers: the record and its status afterwards. */
    public record Accepted(String id, String status) {
    }

    /** What a creating request answers: the id, and whether it was created now or was there already. */
    public record Recorded(String id, String outcome) {
    }

    /** A page of results. */
    public record Page(int page, int size, long total, List<Map<String, Object>> items) {
    }

    /** What sending invitations answers. */
    public record Sent(String conferenceId, int sent, int unchanged) {
    }

    /** What enrolling answers. */
    public record Enrolled(String classId, int enrolled, int unchanged) {
    }

    /** What a check-in answers: who it was and how many attendees are counted now. */
    public record CheckedIn(String conferenceId, String invitationId, String inviteeKind, String inviteeUnitCode,
                            int attendees) {
    }

    /** An invitation as its organiser sees it: with its check-in code (to print, or to show as a QR code). */
    public record InvitationView(String conferenceId, String invitationId, Map<String, Object> invitation,
                                 String checkInCode) {
        @Override
        public String toString() {
            return "InvitationView[" + conferenceId + ", code and personal data hidden]";
        }
    }

    static Map<String, Object> conference(Map<String, Object> row, List<Map<String, Object>> presentations) {
        Map<String, Object> view = labelled(row);
        view.put("presentationList", presentations);
        return view;
    }

    /** Adds Vietnamese and English labels beside the codes a row carries. */
    static Map<String, Object> labelled(Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        label(view, "kind", ConferenceKind.class, ConferenceKind::labelVi, ConferenceKind::labelEn);
        label(view, "status", ConferenceStatus.class, ConferenceStatus::labelVi, ConferenceStatus::labelEn);
        label(view, "inviteeKind", InviteeKind.class, InviteeKind::labelVi, InviteeKind::labelEn);
        label(view, "role", TraineeRole.class, TraineeRole::labelVi, TraineeRole::labelEn);
        label(view, "topic", Topic.class, Topic::labelVi, Topic::labelEn);
        label(view, "petitionStatus", PetitionStatus.class, PetitionStatus::labelVi, PetitionStatus::labelEn);
        return view;
    }

    static List<Map<String, Object>> labelled(List<Map<String, Object>> rows) {
        return rows.stream().map(ConferenceViews::labelled).toList();
    }

    private static <E extends Enum<E>> void label(Map<String, Object> view, String key, Class<E> type,
                                                  java.util.function.Function<E, String> vi,
                                                  java.util.function.Function<E, String> en) {
        Object code = view.get(key);
        if (code instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    view.put(key + "Vi", vi.apply(constant));
                    view.put(key + "En", en.apply(constant));
                }
            }
        }
    }
}
