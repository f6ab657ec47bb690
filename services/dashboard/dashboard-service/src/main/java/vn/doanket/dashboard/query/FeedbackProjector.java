package vn.doanket.dashboard.query;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.UnitCode;
import vn.doanket.feedback.api.AnswerCommunicatedEvent;
import vn.doanket.feedback.api.PetitionAnsweredEvent;
import vn.doanket.feedback.api.PetitionClassifiedEvent;
import vn.doanket.feedback.api.PetitionClosedEvent;
import vn.doanket.feedback.api.PetitionEscalatedEvent;
import vn.doanket.feedback.api.PetitionForwardedEvent;
import vn.doanket.feedback.api.PetitionMergedIntoEvent;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.feedback.api.PetitionReopenedEvent;
import vn.doanket.feedback.api.PetitionSplitEvent;
import vn.doanket.feedback.api.PetitionWithdrawnEvent;
import vn.doanket.feedback.api.PetitionsMergedEvent;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies feedback's petition events to the dashboard: one document per petition
 * ({@code petitions}, idempotent by sequence) holding its dated facts, from which its contribution
 * on any day is derived — received, forwarded, answered (with days to answer as a histogram and
 * whether within the deadline), closed (satisfied or not), escalated, open, overdue (forwarded, no
 * answer, deadline passed), by topic, channel and responsible body. Its timeline (the contribution
 * at each day it changes, including the day after each deadline) feeds the dated figures, so trends
 * and as-of views count a petition as overdue exactly from the day after its deadline.
 */
@Component
public class FeedbackProjector {

    public static final String PETITIONS = "petitions";
    /** Days to answer are counted in buckets {@code answerDays_<n>}, the last one being "this many or more". */
    public static final int MAX_ANSWER_DAYS = 365;
    public static final String ANSWER_DAYS = "answerDays_";

    private static final Logger log = LoggerFactory.getLogger(FeedbackProjector.class);

    private final AggregateDocuments documents;
    private final UnitFigures figures;
    private final DatedFigures dated;
    private final Territory territory;
    private final SourcePlacements placements;

    public FeedbackProjector(AggregateDocuments documents, UnitFigures figures, DatedFigures dated, Territory territory) {
        this.documents = documents;
        this.figures = figures;
        this.dated = dated;
        this.territory = territory;
        this.placements = new SourcePlacements(documents, figures, dated);
    }

    /** Applies one feedback event; other types are ignored (forward compatibility). */
    public void handle(EventEnvelope envelope) {
        Document fact = switch (envelope.eventType()) {
            case "PetitionReceived" -> {
                PetitionReceivedEvent e = EnvelopeCodec.payload(envelope, PetitionReceivedEvent.class);
                yield fact("RECEIVED", e.receivedOn()).append("unitCode", e.unitCode())
                        .append("channel", e.channel().name()).append("topic", e.topic());
            }
            case "PetitionClassified" -> {
                PetitionClassifiedEvent e = EnvelopeCodec.payload(envelope, PetitionClassifiedEvent.class);
                yield fact("CLASSIFIED", envelope.occurredAt().atZone(Territory.ZONE).toLocalDate()).append("topic", e.topic());
            }
            case "PetitionForwarded" -> {
                PetitionForwardedEvent e = EnvelopeCodec.payload(envelope, PetitionForwardedEvent.class);
                yield fact("FORWARDED", e.forwardedOn()).append("body", e.body().kind().name())
                        .append("deadline", e.deadline() == null ? null : e.deadline().toString());
            }
            case "PetitionAnswered" -> {
                PetitionAnsweredEvent e = EnvelopeCodec.payload(envelope, PetitionAnsweredEvent.class);
                yield fact("ANSWERED", e.answeredOn());
            }
            case "AnswerCommunicated" -> {
                AnswerCommunicatedEvent e = EnvelopeCodec.payload(envelope, AnswerCommunicatedEvent.class);
                yield fact("COMMUNICATED", e.communicatedOn());
            }
            case "PetitionClosed" -> {
                PetitionClosedEvent e = EnvelopeCodec.payload(envelope, PetitionClosedEvent.class);
                yield fact("CLOSED", e.closedOn()).append("satisfied", e.satisfied());
            }
            case "PetitionReopened" -> fact("REOPENED",
                    EnvelopeCodec.payload(envelope, PetitionReopenedEvent.class).reopenedOn());
            case "PetitionWithdrawn" -> fact("WITHDRAWN",
                    EnvelopeCodec.payload(envelope, PetitionWithdrawnEvent.class).withdrawnOn());
            case "PetitionMergedInto" -> fact("MERGED_AWAY",
                    EnvelopeCodec.payload(envelope, PetitionMergedIntoEvent.class).mergedOn());
            case "PetitionsMerged" -> fact("ABSORBED",
                    EnvelopeCodec.payload(envelope, PetitionsMergedEvent.class).mergedOn());
            case "PetitionSplit" -> fact("SPLIT", EnvelopeCodec.payload(envelope, PetitionSplitEvent.class).splitOn());
            case "PetitionEscalated" -> {
                PetitionEscalatedEvent e = EnvelopeCodec.payload(envelope, PetitionEscalatedEvent.class);
                yield fact("ESCALATED", e.escalatedOn())
                        .append("deadline", e.newDeadline() == null ? null : e.newDeadline().toString());
            }
            default -> null;
        };
        if (fact == null) {
            log.debug("Ignoring {} {}", envelope.eventType(), envelope.eventId());
            return;
        }
        fact.append("seq", envelope.sequence());
        List<LocalDate> before = new ArrayList<>();
        AggregateDocuments.Outcome outcome = documents.apply(PETITIONS, envelope, p -> {
            DatedFigures.timeline(p).forEach(entry -> before.add(LocalDate.parse(entry.getString(DatedFigures.ON))));
            List<Document> facts = facts(p);
            facts.add(fact);
            if (fact.getString("type").equals("RECEIVED")) {
                p.append("unitCode", fact.getString("unitCode")).append("receivedOn", fact.getString("on"));
            } else if (!p.containsKey("unitCode")) {
                p.append("unitCode", envelope.unitCode()).append("receivedOn", fact.getString("on"));
            }
            p.put("facts", facts);
            p.put(DatedFigures.TIMELINE, timeline(facts));
            return p;
        });
        place(outcome.state(), outcome.applied() ? dates(before, outcome.state()) : null);
    }

    private static Document fact(String type, LocalDate on) {
        return new Document("type", type).append("on", on.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Document> facts(Document petition) {
        Object value = petition.get("facts");
        return value instanceof List<?> list ? new ArrayList<>((List<Document>) list) : new ArrayList<>();
    }

    private static List<LocalDate> dates(List<LocalDate> before, Document petition) {
        TreeSet<LocalDate> days = new TreeSet<>(before);
        DatedFigures.timeline(petition).forEach(e -> days.add(LocalDate.parse(e.getString(DatedFigures.ON))));
        return new ArrayList<>(days);
    }

    private void place(Document petition, List<LocalDate> changedDays) {
        String unitCode = petition.getString("unitCode");
        if (unitCode == null) {
            return;
        }
        LocalDate recordedOn = LocalDate.parse(petition.getString("receivedOn"));
        LocalDate today = territory.today();
        String leaf = unitCode;
        LocalDate leafOn = recordedOn;
        boolean onTodaysMap = territory.unit(unitCode, today).isPresent();
        boolean waitsForArea = false;
        if (onTodaysMap) {
            leafOn = today;
        } else if (UnitCode.isArea(unitCode) && territory.versions(unitCode).isEmpty()) {
            leaf = UnitCode.communeOf(unitCode); // an area this service has not placed: through its commune
            waitsForArea = true;
        }
        if (!onTodaysMap) {
            // recorded under a unit a decision had already closed: through its lineage, like its own facts
            leafOn = DatedFigures.countedOn(territory, leaf, recordedOn);
        }
        placements.place(PETITIONS, petition, leaf, leafOn, contributionAt(facts(petition), today), changedDays);
        if (waitsForArea) {
            placements.waitFor(unitCode, PETITIONS, petition.getString("_id"));
        }
    }

    /** Places a petition again (every period): it waited for its residential area, which is now placed. */
    public void placeAgain(String petitionId) {
        documents.find(PETITIONS, petitionId).ifPresent(p -> place(p, null));
    }

    /** The contribution at every day it changes: the facts' days and the day after each deadline. */
    static List<Document> timeline(List<Document> facts) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Document f : facts) {
            days.add(LocalDate.parse(f.getString("on")));
            if (f.getString("deadline") != null) {
                days.add(LocalDate.parse(f.getString("deadline")).plusDays(1));
            }
        }
        List<Document> timeline = new ArrayList<>();
        for (LocalDate day : days) {
            timeline.add(new Document(DatedFigures.ON, day.toString())
                    .append(DatedFigures.CONTRIBUTION, new Document(contributionAt(facts, day))));
        }
        return timeline;
    }

    /** What a petition adds to its unit's figures at the end of a day, from its facts up to that day. */
    static Map<String, Long> contributionAt(List<Document> facts, LocalDate day) {
        List<Document> known = facts.stream()
                .filter(f -> !LocalDate.parse(f.getString("on")).isAfter(day))
                .sorted(Comparator.comparing((Document f) -> f.getString("on")).thenComparing(f -> ((Number) f.get("seq")).longValue()))
                .toList();
        boolean received = false, forwarded = false, closed = false, satisfied = false, escalated = false;
        boolean withdrawn = false, gone = false, answeredInTime = false;
        String channel = null, topic = null, body = null;
        LocalDate receivedOn = null, deadline = null, firstDeadline = null, answeredOn = null;
        for (Document f : known) {
            LocalDate on = LocalDate.parse(f.getString("on"));
            switch (f.getString("type")) {
                case "RECEIVED" -> {
                    received = true;
                    receivedOn = on;
                    channel = f.getString("channel");
                    topic = f.getString("topic");
                }
                case "CLASSIFIED" -> topic = f.getString("topic");
                case "FORWARDED" -> {
                    forwarded = true;
                    body = f.getString("body");
                    deadline = f.getString("deadline") == null ? null : LocalDate.parse(f.getString("deadline"));
                    if (firstDeadline == null) {
                        firstDeadline = deadline;
                    }
                }
                case "ESCALATED" -> {
                    escalated = true;
                    if (f.getString("deadline") != null) {
                        deadline = LocalDate.parse(f.getString("deadline"));
                    }
                }
                case "ANSWERED" -> {
                    if (answeredOn == null) {
                        answeredOn = on;
                        // within the deadline first set on forwarding: an escalation does not reset it
                        answeredInTime = firstDeadline == null || !on.isAfter(firstDeadline);
                    }
                }
                case "CLOSED" -> {
                    closed = true;
                    satisfied = f.getBoolean("satisfied", false);
                }
                case "REOPENED" -> closed = false;
                case "WITHDRAWN" -> withdrawn = true;
                case "MERGED_AWAY", "SPLIT" -> gone = true;
                default -> {
                }
            }
        }
        Map<String, Long> c = new TreeMap<>();
        if (!received || gone) {
            return c; // a duplicate merged into another, or a petition split into parts, counts through them
        }
        c.put("petitionsReceived", 1L);
        if (topic != null) {
            c.put("petitionsByTopic_" + topic, 1L);
        }
        if (channel != null) {
            c.put("petitionsByChannel_" + channel, 1L);
        }
        if (forwarded) {
            c.put("petitionsForwarded", 1L);
            if (body != null) {
                c.put("petitionsByBody_" + body, 1L);
            }
        }
        if (answeredOn != null) {
            c.put("petitionsAnswered", 1L);
            long days = Math.min(MAX_ANSWER_DAYS, Math.max(0, ChronoUnit.DAYS.between(receivedOn, answeredOn)));
            c.put(ANSWER_DAYS + days, 1L);
            if (answeredInTime) {
                c.put("petitionsAnsweredWithinDeadline", 1L);
            }
        }
        if (closed) {
            c.put("petitionsClosed", 1L);
            if (satisfied) {
                c.put("petitionsSatisfied", 1L);
            }
        }
        if (escalated) {
            c.put("petitionsEscalated", 1L);
        }
        if (!closed && !withdrawn) {
            c.put("petitionsOpen", 1L);
            if (forwarded && answeredOn == null && deadline != null && day.isAfter(deadline)) {
                c.put("petitionsOverdue", 1L);
            }
        }
        if (withdrawn) {
            c.put("petitionsWithdrawn", 1L);
        }
        return c;
    }

    /**
     * Re-places the petitions that are overdue today on today's map (their figures changed only
     * because days passed and a deadline ran out); idempotent, run daily. Events place petitions anyway.
     */
    public int refreshOverdue() {
        LocalDate today = territory.today();
        int refreshed = 0;
        for (Document petition : documents.all(PETITIONS)) {
            if (petition.getString("unitCode") != null
                    && contributionAt(facts(petition), today).containsKey("petitionsOverdue")) {
                place(petition, List.of());
                refreshed++;
            }
        }
        return refreshed;
    }
}
