package vn.doanket.competition.dashboard;

import org.bson.Document;
import vn.doanket.competition.api.*;
import vn.doanket.context.ContextProjection;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the competition context counts on the dashboard: contests, their contestants and the communes taking part,
 * prizes by tier, commendations, gifts and their VND totals, and units registered in emulation movements — each at
 * the unit its aggregate was recorded under (a contest at its organiser, a commendation and a gift at the
 * recipient's unit, a registration at the registering unit), dated, on every map.
 *
 * <p><strong>No marks, ever.</strong> Only the events listed in {@link #collection} reach {@link #apply}; none of
 * them carries a mark (a judge's sheet is never published at all, and {@code RoundLocked}, the one event with marks,
 * is not listed), and the documents keep only units, days, counts, tiers and amounts. Prizes count from the day the
 * results are published.
 *
 * <p>Documents (bounded: a contest has at most 300 contestants and each prize at most 5 corrections):
 * <ul>
 *   <li>{@code competition_contests}: {@code contest: {unit, createdOn, publishedOn, contestants: {<id>: {commune, on,
 *       withdrawnOn, tiers: [[day, tier|null], …]}}}};</li>
 *   <li>{@code competition_commendations}: {@code commendation: {unit, on, revokedOn}};</li>
 *   <li>{@code competition_gifts}: {@code gift: {unit, on, amountVnd, reversedOn}};</li>
 *   <li>{@code competition_movement_units}: {@code registration: {unit, on}}.</li>
 * </ul>
 * Days are ISO strings; amounts whole đồng as {@code long}.
 */
public class CompetitionProjection implements ContextProjection {

    public static final String CONTESTS = "competition_contests";
    public static final String COMMENDATIONS = "competition_commendations";
    public static final String GIFTS = "competition_gifts";
    public static final String MOVEMENT_UNITS = "competition_movement_units";

    public static final String F_CONTESTS = "contests";
    public static final String F_CONTESTANTS = "contestants";
    public static final String F_COMMUNES = "contestCommunes";
    public static final String F_FIRST = "prizesFirst";
    public static final String F_SECOND = "prizesSecond";
    public static final String F_THIRD = "prizesThird";
    public static final String F_CONSOLATION = "prizesConsolation";
    public static final String F_COMMENDATIONS = "commendations";
    public static final String F_GIFTS = "gifts";
    public static final String F_GIFTS_VND = "giftsVnd";
    public static final String F_MOVEMENT_UNITS = "movementRegistrations";

    /** The event types that count, by the collection of their aggregate; everything else is ignored. */
    private static final Map<String, String> COUNTED = Map.ofEntries(
            Map.entry("ContestCreated", CONTESTS), Map.entry("ContestantNominated", CONTESTS),
            Map.entry("NominationWithdrawn", CONTESTS), Map.entry("PrizeAwarded", CONTESTS),
            Map.entry("ContestResultsPublished", CONTESTS), Map.entry("ContestResultCorrected", CONTESTS),
            Map.entry("CommendationGranted", COMMENDATIONS), Map.entry("CommendationRevoked", COMMENDATIONS),
            Map.entry("GiftRecorded", GIFTS), Map.entry("GiftReversed", GIFTS),
            Map.entry("UnitRegisteredForMovement", MOVEMENT_UNITS));

    private static final Map<String, String> AGGREGATE_OF = Map.of(CONTESTS, CompetitionEvents.CONTEST,
            COMMENDATIONS, CompetitionEvents.COMMENDATION, GIFTS, CompetitionEvents.GIFT,
            MOVEMENT_UNITS, CompetitionEvents.MOVEMENT_PARTICIPATION);

    @Override
    public String context() {
        return CompetitionEvents.CONTEXT;
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure(F_CONTESTS, "Hội thi", "Contests"),
                new Figure(F_CONTESTANTS, "Thí sinh dự thi", "Contestants"),
                new Figure(F_COMMUNES, "Xã, phường có thí sinh dự thi (theo từng hội thi)",
                        "Communes taking part (per contest)"),
                new Figure(F_FIRST, PrizeTier.FIRST.labelVi(), "First prizes"),
                new Figure(F_SECOND, PrizeTier.SECOND.labelVi(), "Second prizes"),
                new Figure(F_THIRD, PrizeTier.THIRD.labelVi(), "Third prizes"),
                new Figure(F_CONSOLATION, PrizeTier.CONSOLATION.labelVi(), "Consolation prizes"),
                new Figure(F_COMMENDATIONS, "Khen thưởng (giấy khen, bằng khen)",
                        "Commendations (certificates and diplomas of merit)"),
                new Figure(F_GIFTS, "Suất quà, hỗ trợ", "Gifts and support"),
                new Figure(F_GIFTS_VND, "Tiền quà, hỗ trợ (đồng)", "Gifts and support (VND)"),
                new Figure(F_MOVEMENT_UNITS, "Lượt đơn vị đăng ký thi đua", "Unit registrations in emulation movements"));
    }

    @Override
    public String collection(EventEnvelope event) {
        String collection = COUNTED.get(event.eventType());
        return collection != null && AGGREGATE_OF.get(collection).equals(event.aggregateType()) ? collection : null;
    }

    @Override
    public List<String> collections() {
        return List.of(CONTESTS, COMMENDATIONS, GIFTS, MOVEMENT_UNITS);
    }

    /** Names (and, for contests, sealed sheets) are internal events, never published: sequences have gaps. */
    @Override
    public boolean publishesEverySequence() {
        return false;
    }

    // ================================================================== apply: the event and the document only

    @Override
    public void apply(Document state, EventEnvelope event) {
        switch (event.eventType()) {
            case "ContestCreated" -> {
                ContestCreatedEvent e = EnvelopeCodec.payload(event, ContestCreatedEvent.class);
                Document contest = contest(state);
                contest.put("unit", e.unitCode());
                contest.put("createdOn", e.createdOn().toString());
            }
            case "ContestantNominated" -> {
                ContestantNominatedEvent e = EnvelopeCodec.payload(event, ContestantNominatedEvent.class);
                contestants(state).put(e.contestantId(), new Document("commune", e.communeCode())
                        .append("on", e.nominatedOn().toString()).append("withdrawnOn", null)
                        .append("tiers", new ArrayList<List<String>>()));
            }
            case "NominationWithdrawn" -> {
                NominationWithdrawnEvent e = EnvelopeCodec.payload(event, NominationWithdrawnEvent.class);
                Document contestant = contestants(state).get(e.contestantId(), Document.class);
                if (contestant != null) {
                    contestant.put("withdrawnOn", e.withdrawnOn().toString());
                }
            }
            case "PrizeAwarded" -> {
                PrizeAwardedEvent e = EnvelopeCodec.payload(event, PrizeAwardedEvent.class);
                addTier(state, e.contestantId(), e.awardedOn(), e.tier());
            }
            case "ContestResultCorrected" -> {
                ContestResultCorrectedEvent e = EnvelopeCodec.payload(event, ContestResultCorrectedEvent.class);
                addTier(state, e.contestantId(), e.correctedOn(), e.newTier());
            }
            case "ContestResultsPublished" -> {
                ContestResultsPublishedEvent e = EnvelopeCodec.payload(event, ContestResultsPublishedEvent.class);
                contest(state).put("publishedOn", e.publishedOn().toString());
            }
            case "CommendationGranted" -> {
                CommendationGrantedEvent e = EnvelopeCodec.payload(event, CommendationGrantedEvent.class);
                Document commendation = sub(state, "commendation");
                commendation.put("unit", e.unitCode());
                commendation.put("on", e.decidedOn().toString());
            }
            case "CommendationRevoked" -> {
                CommendationRevokedEvent e = EnvelopeCodec.payload(event, CommendationRevokedEvent.class);
                sub(state, "commendation").put("revokedOn", e.revokedOn().toString());
            }
            case "GiftRecorded" -> {
                GiftRecordedEvent e = EnvelopeCodec.payload(event, GiftRecordedEvent.class);
                Document gift = sub(state, "gift");
                gift.put("unit", e.unitCode());
                gift.put("on", e.givenOn().toString());
                gift.put("amountVnd", e.amountVnd());
            }
            case "GiftReversed" -> {
                GiftReversedEvent e = EnvelopeCodec.payload(event, GiftReversedEvent.class);
                sub(state, "gift").put("reversedOn", e.reversedOn().toString());
            }
            case "UnitRegisteredForMovement" -> {
                UnitRegisteredForMovementEvent e = EnvelopeCodec.payload(event, UnitRegisteredForMovementEvent.class);
                Document registration = sub(state, "registration");
                registration.put("unit", e.unitCode());
                registration.put("on", e.registeredOn().toString());
            }
            default -> {
                // not counted (collection() names no collection for it)
            }
        }
    }

    private static Document sub(Document state, String key) {
        Document sub = state.get(key, Document.class);
        if (sub == null) {
            sub = new Document();
            state.put(key, sub);
        }
        return sub;
    }

    private static Document contest(Document state) {
        return sub(state, "contest");
    }

    private static Document contestants(Document state) {
        return sub(contest(state), "contestants");
    }

    private static void addTier(Document state, String contestantId, LocalDate on, PrizeTier tier) {
        Document contestant = contestants(state).get(contestantId, Document.class);
        if (contestant == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<List<String>> tiers = (List<List<String>>) contestant.get("tiers");
        List<List<String>> next = new ArrayList<>(tiers == null ? List.of() : tiers);
        List<String> entry = new ArrayList<>(2);
        entry.add(on.toString());
        entry.add(tier == null ? null : tier.name());
        next.add(entry);
        contestant.put("tiers", next);
    }

    // ================================================================== placement and timeline: the document only

    @Override
    public Placement placement(Document state) {
        for (String[] key : new String[][] {{"contest", "createdOn"}, {"commendation", "on"}, {"gift", "on"},
                {"registration", "on"}}) {
            Document sub = state.get(key[0], Document.class);
            if (sub != null && sub.getString("unit") != null && sub.getString(key[1]) != null) {
                return new Placement(sub.getString("unit"), LocalDate.parse(sub.getString(key[1])));
            }
        }
        return null;
    }

    @Override
    public SortedMap<LocalDate, Map<String, Long>> timeline(Document state) {
        SortedMap<LocalDate, Map<String, Long>> timeline = new TreeMap<>();
        Document contest = state.get("contest", Document.class);
        if (contest != null && contest.getString("createdOn") != null) {
            contestTimeline(contest, timeline);
        }
        Document commendation = state.get("commendation", Document.class);
        if (commendation != null && commendation.getString("on") != null) {
            span(timeline, commendation.getString("on"), commendation.getString("revokedOn"),
                    Map.of(F_COMMENDATIONS, 1L));
        }
        Document gift = state.get("gift", Document.class);
        if (gift != null && gift.getString("on") != null) {
            Map<String, Long> contribution = new LinkedHashMap<>();
            contribution.put(F_GIFTS, 1L);
            contribution.put(F_GIFTS_VND, ((Number) gift.get("amountVnd")).longValue());
            span(timeline, gift.getString("on"), gift.getString("reversedOn"), contribution);
        }
        Document registration = state.get("registration", Document.class);
        if (registration != null && registration.getString("on") != null) {
            span(timeline, registration.getString("on"), null, Map.of(F_MOVEMENT_UNITS, 1L));
        }
        return timeline;
    }

    /** {@code contribution} from {@code from}, nothing from {@code until} (when not null). */
    private static void span(SortedMap<LocalDate, Map<String, Long>> timeline, String from, String until,
                             Map<String, Long> contribution) {
        LocalDate start = LocalDate.parse(from);
        timeline.put(start, Map.copyOf(contribution));
        if (until != null) {
            LocalDate end = LocalDate.parse(until);
            timeline.put(end.isBefore(start) ? start : end, Map.of());
        }
    }

    private static void contestTimeline(Document contest, SortedMap<LocalDate, Map<String, Long>> timeline) {
        LocalDate created = LocalDate.parse(contest.getString("createdOn"));
        LocalDate published = contest.getString("publishedOn") == null ? null : LocalDate.parse(contest.getString("publishedOn"));
        Document contestants = contest.get("contestants", Document.class);
        Map<String, Document> all = new TreeMap<>();
        if (contestants != null) {
            contestants.forEach((id, value) -> all.put(id, (Document) value));
        }
        Set<LocalDate> days = new TreeSet<>();
        days.add(created);
        for (Document c : all.values()) {
            days.add(atLeast(LocalDate.parse(c.getString("on")), created));
            if (c.getString("withdrawnOn") != null) {
                days.add(atLeast(LocalDate.parse(c.getString("withdrawnOn")), created));
            }
            if (published != null) {
                for (List<String> tier : tiers(c)) {
                    days.add(atLeast(LocalDate.parse(tier.get(0)), published));
                }
            }
        }
        for (LocalDate day : days) {
            Map<String, Long> figures = new LinkedHashMap<>();
            figures.put(F_CONTESTS, 1L);
            long contestantCount = 0;
            Set<String> communes = new HashSet<>();
            Map<String, Long> prizes = new LinkedHashMap<>();
            for (Document c : all.values()) {
                LocalDate on = atLeast(LocalDate.parse(c.getString("on")), created);
                LocalDate withdrawn = c.getString("withdrawnOn") == null ? null
                        : atLeast(LocalDate.parse(c.getString("withdrawnOn")), created);
                if (!on.isAfter(day) && (withdrawn == null || withdrawn.isAfter(day))) {
                    contestantCount++;
                    if (c.getString("commune") != null) {
                        communes.add(c.getString("commune"));
                    }
                }
                String tier = published == null || day.isBefore(published) ? null : tierOn(c, day, published);
                if (tier != null) {
                    prizes.merge(figureOf(PrizeTier.valueOf(tier)), 1L, Long::sum);
                }
            }
            if (contestantCount > 0) {
                figures.put(F_CONTESTANTS, contestantCount);
                figures.put(F_COMMUNES, (long) communes.size());
            }
            figures.putAll(prizes);
            timeline.put(day, Map.copyOf(figures));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> tiers(Document contestant) {
        Object tiers = contestant.get("tiers");
        return tiers == null ? List.of() : (List<List<String>>) tiers;
    }

    /** The contestant's tier at the end of {@code day} (decisions before publication count from publication). */
    private static String tierOn(Document contestant, LocalDate day, LocalDate published) {
        String tier = null;
        for (List<String> entry : tiers(contestant)) {
            if (!atLeast(LocalDate.parse(entry.get(0)), published).isAfter(day)) {
                tier = entry.get(1);
            }
        }
        return tier;
    }

    private static LocalDate atLeast(LocalDate day, LocalDate floor) {
        return day.isBefore(floor) ? floor : day;
    }

    static String figureOf(PrizeTier tier) {
        return switch (tier) {
            case FIRST -> F_FIRST;
            case SECOND -> F_SECOND;
            case THIRD -> F_THIRD;
            case CONSOLATION -> F_CONSOLATION;
        };
    }
}
