package vn.doanket.conference.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import vn.doanket.conference.api.ConferenceEvents;
import vn.doanket.conference.api.ConferenceKind;
import vn.doanket.context.ContextProjection;
import vn.doanket.events.EventEnvelope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the conference context counts on the dashboard. Three kinds of aggregate are kept, one bounded document each:
 * <ul>
 *   <li>{@value #CONFERENCES} — a conference of any kind, counted <b>from the day it was held</b> (opened) at its
 *       organiser unit, unless cancelled: one in its kind's figure ({@code conferencesDialogue}, …,
 *       {@code propagandaSessions}); verified attendees (check-ins and walk-ins), or the headcount of a propaganda
 *       session; delegates; opinions; and the opinions that became petitions from the day each petition was received
 *       (the conference records the link, {@code OpinionPetitionLinked}, when the feedback service opens it). A
 *       <b>Great Unity Day</b> counts one residential area in {@value #UNITY_DAY_AREAS} (and its participants) from
 *       the day it was held <b>until 31 December of that year</b>, so "as of a day" gives that year's count and the
 *       coverage ratio {@value #UNITY_DAY_AREAS} / {@code residentialAreas} (membership's figure of the areas in force
 *       on that day) reads the year's coverage;</li>
 *   <li>{@value #TRAINING_CLASSES} — a training class, counted from its first session held: sessions held, and the
 *       trainees who completed it (every session attended) from the day each completed;</li>
 *   <li>{@value #CERTIFICATES} — a certificate issued by this service (aggregate {@code Certificate}, contract A),
 *       counted at its issuer from the day of issue, and as revoked from the day of revocation.</li>
 * </ul>
 * Invitations are not counted on their own (their check-ins reach the conference's count). Documents hold counts and
 * days only — no names, no texts, no codes — and at most one entry per day for the dated counts (petitions linked,
 * sessions, completions), bounded by the aggregates' own caps.
 */
public class ConferenceFigures implements ContextProjection {

    public static final String CONFERENCES = "conference_conferences";
    public static final String TRAINING_CLASSES = "conference_training_classes";
    public static final String CERTIFICATES = "conference_certificates";

    public static final String UNITY_DAY_AREAS = "unityDayAreasThisYear";
    public static final String UNITY_DAY_PARTICIPANTS = "unityDayParticipants";
    public static final String ATTENDEES = "conferenceAttendees";
    public static final String PROPAGANDA_ATTENDEES = "propagandaAttendees";
    public static final String DELEGATES = "conferenceDelegates";
    public static final String OPINIONS = "conferenceOpinions";
    public static final String PETITIONED = "opinionsPetitioned";
    public static final String TRAINING_SESSIONS = "trainingSessions";
    public static final String PEOPLE_TRAINED = "peopleTrained";
    public static final String CERTIFICATES_ISSUED = "certificatesIssued";
    public static final String CERTIFICATES_REVOKED = "certificatesRevoked";

    static final List<Figure> FIGURES = List.of(
            new Figure("conferencesThematic", "Hội nghị chuyên đề", "Thematic conferences"),
            new Figure("conferencesDialogue", "Hội nghị đối thoại", "Dialogue conferences"),
            new Figure("conferencesBriefing", "Hội nghị giao ban", "Quarterly briefings"),
            new Figure("conferencesVoterContact", "Hội nghị tiếp xúc cử tri", "Voter-contact meetings"),
            new Figure("studyTours", "Chuyến giao lưu, tham quan", "Study tours"),
            new Figure(ATTENDEES, "Lượt đại biểu dự hội nghị (điểm danh)", "Conference attendees (checked in)"),
            new Figure(DELEGATES, "Đại biểu phát biểu tại hội nghị đối thoại", "Delegates speaking at dialogues"),
            new Figure(OPINIONS, "Ý kiến tại hội nghị", "Opinions raised at conferences"),
            new Figure(PETITIONED, "Ý kiến đã thành kiến nghị", "Opinions that became petitions"),
            new Figure("propagandaSessions", "Buổi tuyên truyền", "Propaganda sessions"),
            new Figure(PROPAGANDA_ATTENDEES, "Lượt người dự buổi tuyên truyền", "Propaganda session attendees"),
            new Figure(UNITY_DAY_AREAS, "Khu dân cư đã tổ chức Ngày hội Đại đoàn kết trong năm",
                    "Residential areas that held Great Unity Day this year"),
            new Figure(UNITY_DAY_PARTICIPANTS, "Người tham gia Ngày hội Đại đoàn kết trong năm",
                    "Great Unity Day participants this year"),
            new Figure("trainingClasses", "Lớp tập huấn", "Training classes"),
            new Figure(TRAINING_SESSIONS, "Buổi tập huấn", "Training sessions held"),
            new Figure(PEOPLE_TRAINED, "Lượt người hoàn thành tập huấn", "People trained (completions)"),
            new Figure(CERTIFICATES_ISSUED, "Giấy chứng nhận đã cấp", "Certificates issued"),
            new Figure(CERTIFICATES_REVOKED, "Giấy chứng nhận đã thu hồi", "Certificates revoked"));

    static final List<Ratio> RATIOS = List.of(
            new Ratio("unityDayCoverage", "Tỷ lệ khu dân cư tổ chức Ngày hội Đại đoàn kết",
                    "Great Unity Day coverage", UNITY_DAY_AREAS, "residentialAreas"),
            new Ratio("opinionsPetitionedShare", "Tỷ lệ ý kiến đã thành kiến nghị",
                    "Share of opinions that became petitions", PETITIONED, OPINIONS));

    // document fields (the dashboard's own: _id, lastSeq, lastEventId, timeline, placedAt)
    static final String SOURCE = "source";
    static final String KIND = "kind";
    static final String UNIT = "unitCode";
    static final String PLANNED_ON = "plannedOn";
    static final String HELD_ON = "heldOn";
    static final String STATUS = "status";
    static final String HEADCOUNT = "headcount";
    static final String ATTENDEES_FIELD = "attendees";
    static final String DELEGATES_FIELD = "delegates";
    static final String OPINIONS_FIELD = "opinions";
    static final String PETITIONED_BY_DAY = "petitionedByDay";
    static final String SESSIONS_HELD = "sessionsHeld";
    static final String COMPLETED_BY_DAY = "completedByDay";
    static final String FIRST_SESSION_ON = "firstSessionOn";
    static final String ISSUED_ON = "issuedOn";
    static final String REVOKED_ON = "revokedOn";
    static final String CANCELLED = "CANCELLED";

    @Override
    public String context() {
        return ConferenceEvents.CONTEXT;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public List<Ratio> ratios() {
        return RATIOS;
    }

    @Override
    public List<String> collections() {
        return List.of(CONFERENCES, TRAINING_CLASSES, CERTIFICATES);
    }

    /** Names (and, for contests, sealed sheets) are internal events, never published: sequences have gaps. */
    @Override
    public boolean publishesEverySequence() {
        return false;
    }

    @Override
    public String collection(EventEnvelope event) {
        return switch (event.aggregateType()) {
            case ConferenceEvents.CONFERENCE -> CONFERENCES;
            case ConferenceEvents.TRAINING_CLASS -> TRAINING_CLASSES;
            case ConferenceEvents.CERTIFICATE -> CERTIFICATES;
            default -> null; // invitations (counted through the conference), and any type added later
        };
    }

    @Override
    public void apply(Document state, EventEnvelope event) {
        JsonNode p = event.payload();
        state.put(SOURCE, event.aggregateType());
        switch (event.eventType()) {
            // ------------------------------------------------------------ conferences
            case "ConferencePlanned" -> state.append(KIND, text(p, "kind")).append(UNIT, text(p, "unitCode"))
                    .append(PLANNED_ON, day(p, "startsAt")).append(STATUS, "PLANNED");
            case "ConferencePostponed" -> {
                if (text(p, "newStartsAt") != null) {
                    state.put(PLANNED_ON, day(p, "newStartsAt"));
                } else {
                    state.put(STATUS, "POSTPONED");
                }
            }
            case "ConferenceRescheduled" -> state.append(PLANNED_ON, day(p, "startsAt")).append(STATUS, text(p, "status"));
            case "ConferenceCancelled" -> state.put(STATUS, CANCELLED);
            case "ConferenceOpened" -> state.append(HELD_ON, text(p, "openedOn")).append(STATUS, "IN_SESSION");
            case "AttendeeCheckedIn" -> state.put(ATTENDEES_FIELD, p.path("attendees").asLong());
            case "HeadcountRecorded" -> state.put(HEADCOUNT, p.path("headcount").asLong());
            case "DelegateRegistered" -> state.put(DELEGATES_FIELD, p.path("delegates").asLong());
            case "OpinionRaised" -> state.put(OPINIONS_FIELD, number(state, OPINIONS_FIELD) + 1);
            case "OpinionPetitionLinked" -> increment(state, PETITIONED_BY_DAY, text(p, "linkedOn"));
            case "ConferenceClosed" -> state.append(STATUS, "CLOSED")
                    .append(ATTENDEES_FIELD, p.path("attendees").asLong())
                    .append(HEADCOUNT, p.path("headcount").asLong())
                    .append(DELEGATES_FIELD, p.path("delegates").asLong())
                    .append(OPINIONS_FIELD, p.path("opinions").asLong());
            // ------------------------------------------------------------ training classes
            case "TrainingClassPlanned" -> {
                JsonNode first = p.path("sessions").path(0);
                state.append(UNIT, text(p, "unitCode")).append(PLANNED_ON, text(first, "date")).append(STATUS, "PLANNED");
            }
            case "SessionAttendanceRecorded" -> {
                String heldOn = text(p, "heldOn");
                Document sessions = state.get(SESSIONS_HELD, Document.class);
                sessions = sessions == null ? new Document() : sessions;
                sessions.put(String.valueOf(p.path("sessionNo").asInt()), heldOn);
                state.put(SESSIONS_HELD, sessions);
                String first = state.getString(FIRST_SESSION_ON);
                if (heldOn != null && (first == null || heldOn.compareTo(first) < 0)) {
                    state.put(FIRST_SESSION_ON, heldOn);
                }
            }
            case "TraineeCompleted" -> increment(state, COMPLETED_BY_DAY, text(p, "completedOn"));
            case "TrainingClassClosed" -> state.put(STATUS, "CLOSED");
            case "TrainingClassCancelled" -> state.put(STATUS, CANCELLED);
            // ------------------------------------------------------------ certificates (contract A)
            case "CertificateIssued" -> state.append(UNIT, text(p, "issuerUnitCode")).append(KIND, text(p, "kind"))
                    .append(ISSUED_ON, text(p, "issuedOn"));
            case "CertificateRevoked" -> state.put(REVOKED_ON, text(p, "revokedOn"));
            default -> {
                // registrations, invitations counts, outputs, enrolments: not dashboard figures
            }
        }
    }

    @Override
    public Placement placement(Document state) {
        String unit = state.getString(UNIT);
        if (unit == null || CANCELLED.equals(state.getString(STATUS))) {
            return null;
        }
        String on = switch (String.valueOf(state.getString(SOURCE))) {
            case ConferenceEvents.CONFERENCE -> state.getString(HELD_ON);
            case ConferenceEvents.TRAINING_CLASS -> state.getString(FIRST_SESSION_ON);
            case ConferenceEvents.CERTIFICATE -> state.getString(ISSUED_ON);
            default -> null;
        };
        return on == null ? null : new Placement(unit, LocalDate.parse(on));
    }

    @Override
    public SortedMap<LocalDate, Map<String, Long>> timeline(Document state) {
        SortedMap<LocalDate, Map<String, Long>> timeline = new TreeMap<>();
        if (state.getString(UNIT) == null || CANCELLED.equals(state.getString(STATUS))) {
            return timeline;
        }
        return switch (String.valueOf(state.getString(SOURCE))) {
            case ConferenceEvents.CONFERENCE -> conference(state, timeline);
            case ConferenceEvents.TRAINING_CLASS -> trainingClass(state, timeline);
            case ConferenceEvents.CERTIFICATE -> state.getString(ISSUED_ON) == null ? timeline : certificate(state, timeline);
            default -> timeline;
        };
    }

    private static SortedMap<LocalDate, Map<String, Long>> conference(Document state,
                                                                       SortedMap<LocalDate, Map<String, Long>> timeline) {
        String held = state.getString(HELD_ON);
        if (held == null) {
            return timeline; // counted from the day it is held
        }
        LocalDate heldOn = LocalDate.parse(held);
        ConferenceKind kind = ConferenceKind.valueOf(state.getString(KIND));
        Map<String, Long> base = new HashMap<>();
        base.put(kind.figure(), 1L);
        long headcount = number(state, HEADCOUNT);
        switch (kind) {
            case UNITY_DAY -> base.put(UNITY_DAY_PARTICIPANTS, headcount);
            case PROPAGANDA_SESSION -> base.put(PROPAGANDA_ATTENDEES, headcount);
            default -> base.put(ATTENDEES, number(state, ATTENDEES_FIELD));
        }
        base.put(DELEGATES, number(state, DELEGATES_FIELD));
        base.put(OPINIONS, number(state, OPINIONS_FIELD));
        timeline.put(heldOn, base);
        if (kind == ConferenceKind.UNITY_DAY) {
            // the year's count: from the held day until 31 December
            timeline.put(LocalDate.of(heldOn.getYear() + 1, 1, 1), Map.of());
            return timeline;
        }
        long petitioned = 0;
        for (Map.Entry<LocalDate, Long> day : byDay(state, PETITIONED_BY_DAY).entrySet()) {
            petitioned += day.getValue();
            LocalDate on = day.getKey().isBefore(heldOn) ? heldOn : day.getKey();
            Map<String, Long> contribution = new HashMap<>(base);
            contribution.put(PETITIONED, petitioned);
            timeline.put(on, contribution);
        }
        return timeline;
    }

    private static SortedMap<LocalDate, Map<String, Long>> trainingClass(Document state,
                                                                          SortedMap<LocalDate, Map<String, Long>> timeline) {
        String first = state.getString(FIRST_SESSION_ON);
        if (first == null) {
            return timeline; // counted from its first session held
        }
        TreeMap<LocalDate, Long> sessions = new TreeMap<>();
        Document held = state.get(SESSIONS_HELD, Document.class);
        if (held != null) {
            held.values().forEach(d -> sessions.merge(LocalDate.parse((String) d), 1L, Long::sum));
        }
        TreeMap<LocalDate, Long> completions = byDay(state, COMPLETED_BY_DAY);
        TreeMap<LocalDate, Boolean> days = new TreeMap<>();
        sessions.keySet().forEach(d -> days.put(d, true));
        completions.keySet().forEach(d -> days.put(d.isBefore(LocalDate.parse(first)) ? LocalDate.parse(first) : d, true));
        for (LocalDate day : days.keySet()) {
            Map<String, Long> contribution = new HashMap<>();
            contribution.put("trainingClasses", 1L);
            contribution.put(TRAINING_SESSIONS, sessions.headMap(day, true).values().stream().mapToLong(Long::longValue).sum());
            contribution.put(PEOPLE_TRAINED, completions.headMap(day, true).values().stream().mapToLong(Long::longValue).sum());
            timeline.put(day, contribution);
        }
        return timeline;
    }

    private static SortedMap<LocalDate, Map<String, Long>> certificate(Document state,
                                                                        SortedMap<LocalDate, Map<String, Long>> timeline) {
        LocalDate issuedOn = LocalDate.parse(state.getString(ISSUED_ON));
        timeline.put(issuedOn, Map.of(CERTIFICATES_ISSUED, 1L));
        if (state.getString(REVOKED_ON) != null) {
            LocalDate revokedOn = LocalDate.parse(state.getString(REVOKED_ON));
            timeline.put(revokedOn.isBefore(issuedOn) ? issuedOn : revokedOn,
                    Map.of(CERTIFICATES_ISSUED, 1L, CERTIFICATES_REVOKED, 1L));
        }
        return timeline;
    }

    private static long number(Document state, String field) {
        Object value = state.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    private static void increment(Document state, String field, String day) {
        if (day == null) {
            return;
        }
        Document counts = state.get(field, Document.class);
        counts = counts == null ? new Document() : counts;
        counts.put(day, ((Number) counts.getOrDefault(day, 0L)).longValue() + 1);
        state.put(field, counts);
    }

    private static TreeMap<LocalDate, Long> byDay(Document state, String field) {
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        Document stored = state.get(field, Document.class);
        if (stored != null) {
            stored.forEach((day, n) -> counts.put(LocalDate.parse(day), ((Number) n).longValue()));
        }
        return counts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /** The day of a local date-time field ({@code 2026-11-18T08:00:00} → {@code 2026-11-18}). */
    private static String day(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.length() < 10 ? null : value.substring(0, 10);
    }
}
