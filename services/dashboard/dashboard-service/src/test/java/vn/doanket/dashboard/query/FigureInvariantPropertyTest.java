package vn.doanket.dashboard.query;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.TestMongo;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.PetitionClosedEvent;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberDismissedEvent;
import vn.doanket.membership.api.MemberOrganisation;
import vn.doanket.membership.api.Position;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.WorkCommitteeDissolvedEvent;
import vn.doanket.membership.api.WorkCommitteeEstablishedEvent;
import vn.doanket.membership.territory.MembershipTerritoryApplier;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A unit's figures are the sum of its sub-units'" as a property of the read models, over randomised histories
 * (residential areas registered in a burst under three wards, committees with heads and members, dismissals,
 * dissolutions, areas merged into their neighbours, petitions under areas and wards), delivered as the dashboard
 * receives them: each aggregate's events in order but the aggregates interleaved at random, events delivered
 * again at random, cut into batches of any size, the membership and feedback consumers and the territory feed
 * (which learns the same areas) running in any order relative to each other, or on three threads at once.
 * After every event has arrived, the figures of every area, ward, the province and the nation equal those of a
 * plain model of the history, {@link FigureConsistency} finds no unit whose figures differ from its sub-units'
 * plus its own, and no source counted twice.
 */
class FigureInvariantPropertyTest {

    static final Territory territory = Territory.loadOfficial();
    static final List<String> WARDS = List.of("26560", "26506", "26536");
    static final LocalDate FIRST = LocalDate.of(2025, 7, 15);
    static final LocalDate LAST = territory.today().minusDays(2);

    /** One history: the events of each aggregate in order, and what its figures must be. */
    static final class History {
        final Map<String, List<EventEnvelope>> membership = new LinkedHashMap<>();
        final Map<String, List<EventEnvelope>> feedback = new LinkedHashMap<>();
        /** unit → figure → value, as a plain model counts them. */
        final Map<String, Map<String, Long>> expected = new TreeMap<>();

        void count(String unit, String figure, long value) {
            if (value != 0) {
                List<String> chain = new ArrayList<>(List.of(unit));
                // an area of 2024 under Phường Phước Nguyên (26554) moved with it into Phường Bà Rịa (26560)
                String ward = unit.startsWith("26554-") ? "26560" : unit.substring(0, 5);
                chain.addAll(territory.rollUpChain(ward, territory.today(), vn.doanket.territory.MapView.current()));
                for (String u : chain) {
                    expected.computeIfAbsent(u, k -> new TreeMap<>()).merge(figure, value, Long::sum);
                }
            }
        }
    }

    static EventEnvelope envelope(String type, String id, List<EventEnvelope> stream, LocalDate on, DomainEvent event) {
        EventEnvelope e = EnvelopeCodec.envelope(UUID.randomUUID(), type, id, stream.size(),
                on.atStartOfDay(Territory.ZONE).toInstant(), Actor.SYSTEM, null, event);
        stream.add(e);
        return e;
    }

    static LocalDate day(Random random, LocalDate from) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(from, LAST);
        return span <= 0 ? from : from.plusDays(random.nextInt((int) Math.min(span, 60) + 1));
    }

    static History history(long seed, int areasPerWard) {
        Random random = new Random(seed);
        History h = new History();
        String tag = Long.toHexString(seed & 0xffffffL) + UUID.randomUUID().toString().substring(0, 6);
        for (String ward : WARDS) {
            List<String> inForce = new ArrayList<>();
            Map<String, LocalDate> registered = new HashMap<>();
            Map<String, LocalDate> busyUntil = new HashMap<>();
            Map<String, String> committeeOf = new HashMap<>();
            for (int i = 0; i < areasPerWard; i++) {
                // now and then an area recorded in 2024 under a ward the reform merged into Phường Bà Rịa
                boolean past = ward.equals("26560") && random.nextInt(4) == 0;
                String commune = past ? "26554" : ward;
                String area = commune + "-P" + tag.toUpperCase() + i;
                List<EventEnvelope> stream = new ArrayList<>();
                LocalDate on = past ? LocalDate.of(2024, 5, 2).plusDays(random.nextInt(40)) : day(random, FIRST);
                envelope("ResidentialArea", area, stream, on, new ResidentialAreaRegisteredEvent(area, commune,
                        "Khu phố " + i, ResidentialAreaKind.KHU_PHO, on));
                h.membership.put(area, stream);
                inForce.add(area);
                registered.put(area, on);
                busyUntil.put(area, on);
                if (random.nextInt(10) < 8) {
                    String committee = area + "/2025";
                    List<EventEnvelope> c = new ArrayList<>();
                    LocalDate est = day(random, on);
                    envelope("WorkCommittee", committee, c, est, new WorkCommitteeEstablishedEvent(committee, area, est,
                            est.plusYears(5), 1, 3, "1/QĐ", est));
                    int people = random.nextInt(6);
                    LocalDate last = est;
                    for (int p = 0; p < people; p++) {
                        Position position = p == 0 && random.nextBoolean() ? Position.HEAD : p == 1 ? Position.DEPUTY : Position.MEMBER;
                        LocalDate at = day(random, est);
                        last = at.isAfter(last) ? at : last;
                        envelope("WorkCommittee", committee, c, at, new MemberAppointedEvent(committee, area, "person-" + p,
                                position, MemberOrganisation.WOMENS_UNION, at, "2/QĐ"));
                    }
                    if (people > 1 && random.nextInt(4) == 0) {
                        envelope("WorkCommittee", committee, c, last, new MemberDismissedEvent(committee, area, "person-" + (people - 1),
                                Position.MEMBER, last, "Chuyển đi", "3/QĐ"));
                    }
                    if (random.nextInt(8) == 0) {
                        envelope("WorkCommittee", committee, c, last, new WorkCommitteeDissolvedEvent(committee, area, last, "Giải thể"));
                    }
                    h.membership.put(committee, c);
                    committeeOf.put(area, committee);
                    busyUntil.put(area, last);
                }
            }
            // some areas merged into a neighbour, their committees dissolved on the same day
            for (int i = 1; i < inForce.size(); i++) {
                if (random.nextInt(4) == 0) {
                    String from = inForce.get(i);
                    String into = inForce.get(0);
                    if (from.startsWith("26554") || into.startsWith("26554")) {
                        continue; // areas of 2024 stay as they are here
                    }
                    LocalDate on = day(random, later(busyUntil.get(from), busyUntil.get(into))).plusDays(1);
                    if (on.isAfter(LAST)) {
                        continue;
                    }
                    String committee = committeeOf.get(from);
                    if (committee != null) {
                        List<EventEnvelope> c = h.membership.get(committee);
                        boolean dissolved = c.stream().anyMatch(e -> e.eventType().equals("WorkCommitteeDissolved"));
                        if (!dissolved) {
                            envelope("WorkCommittee", committee, c, on, new WorkCommitteeDissolvedEvent(committee, from, on, "Sáp nhập"));
                        }
                    }
                    envelope("ResidentialArea", from, h.membership.get(from), on, new ResidentialAreaMergedEvent(from, ward,
                            into, List.of(from), on, "9/QĐ"));
                    inForce.set(i, null);
                }
            }
            // petitions under the areas (merged ones included: their facts stay) and under the ward itself
            for (String area : registered.keySet()) {
                for (int p = random.nextInt(3); p > 0; p--) {
                    petition(h, random, area, registered.get(area).isBefore(FIRST) ? FIRST : registered.get(area));
                }
            }
            petition(h, random, ward, FIRST);
            // the model: areas in force and committees not dissolved, where they are today; petitions where recorded
            for (String area : inForce) {
                if (area == null) {
                    continue;
                }
                h.count(area, UnitFigures.RESIDENTIAL_AREAS, 1);
                String committee = committeeOf.get(area);
                if (committee != null) {
                    model(h, area, h.membership.get(committee));
                }
            }
        }
        return h;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static void petition(History h, Random random, String unit, LocalDate from) {
        String id = "pt-" + UUID.randomUUID();
        List<EventEnvelope> stream = new ArrayList<>();
        LocalDate on = day(random, from);
        envelope("Petition", id, stream, on, FeedbackProjectorTest.received(id, unit, Channel.ONLINE, "LAND", on));
        boolean closed = random.nextBoolean();
        if (closed) {
            envelope("Petition", id, stream, on, new PetitionClosedEvent(id, unit, true, on, null, unit));
        }
        h.feedback.put(id, stream);
        String counted = territory.unit(unit, territory.today()).isPresent() || unit.length() == 5 ? unit : unit.substring(0, 5);
        if (!h.expected.containsKey("__petitions")) {
            h.expected.put("__petitions", new TreeMap<>());
        }
        String ward = unit.startsWith("26554") ? "26560" : unit.substring(0, 5);
        h.expected.get("__petitions").merge(ward, 1L, Long::sum);
        h.expected.get("__petitions").merge("closed:" + ward, closed ? 1L : 0L, Long::sum);
        assertThat(counted).isNotNull();
    }

    /** A committee's figures, counted plainly from its events. */
    static void model(History h, String area, List<EventEnvelope> events) {
        Map<String, java.util.Set<Position>> holdings = new LinkedHashMap<>();
        boolean dissolved = false;
        int plannedDeputies = 0, minimumSize = 0;
        for (EventEnvelope e : events) {
            switch (e.eventType()) {
                case "WorkCommitteeEstablished" -> {
                    WorkCommitteeEstablishedEvent x = EnvelopeCodec.payload(e, WorkCommitteeEstablishedEvent.class);
                    plannedDeputies = x.plannedDeputies();
                    minimumSize = x.minimumSize();
                }
                case "MemberAppointed" -> {
                    MemberAppointedEvent x = EnvelopeCodec.payload(e, MemberAppointedEvent.class);
                    holdings.computeIfAbsent(x.personId(), k -> new java.util.HashSet<>()).add(x.position());
                }
                case "MemberDismissed" -> {
                    MemberDismissedEvent x = EnvelopeCodec.payload(e, MemberDismissedEvent.class);
                    holdings.get(x.personId()).remove(x.position());
                    if (holdings.get(x.personId()).isEmpty()) {
                        holdings.remove(x.personId());
                    }
                }
                case "WorkCommitteeDissolved" -> dissolved = true;
                default -> {
                }
            }
        }
        if (dissolved) {
            return;
        }
        long heads = holdings.values().stream().filter(s -> s.contains(Position.HEAD)).count();
        long deputies = holdings.values().stream().filter(s -> s.contains(Position.DEPUTY)).count();
        long withoutHead = heads == 0 ? 1 : 0;
        h.count(area, "committees", 1);
        h.count(area, "members", holdings.size());
        h.count(area, "heads", heads);
        h.count(area, "deputies", deputies);
        h.count(area, "committeesWithoutHead", withoutHead);
        h.count(area, "vacancies", withoutHead + Math.max(0, plannedDeputies - deputies) + Math.max(0, minimumSize - holdings.size()));
    }

    /** Each aggregate's events in order, the aggregates interleaved at random, about one event in six delivered twice. */
    static List<EventEnvelope> delivery(Map<String, List<EventEnvelope>> streams, Random random) {
        List<List<EventEnvelope>> queues = new ArrayList<>();
        streams.values().forEach(s -> queues.add(new ArrayList<>(s)));
        List<EventEnvelope> delivered = new ArrayList<>();
        while (!queues.isEmpty()) {
            int q = random.nextInt(queues.size());
            List<EventEnvelope> queue = queues.get(q);
            delivered.add(queue.remove(0));
            if (random.nextInt(6) == 0) {
                delivered.add(delivered.get(random.nextInt(delivered.size())));
            }
            if (queue.isEmpty()) {
                queues.remove(q);
            }
        }
        return delivered;
    }

    /** Cuts a delivery into batches of 1 to 40 events. */
    static List<List<EventEnvelope>> batches(List<EventEnvelope> events, Random random) {
        List<List<EventEnvelope>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(40));
            batches.add(events.subList(from, to));
            from = to;
        }
        return batches;
    }

    static void apply(EventBatch batch, EventBatch.Source source, List<EventEnvelope> events) {
        List<EventBatch.Item> items = new ArrayList<>();
        events.forEach(e -> items.add(new EventBatch.Item(source, e)));
        batch.apply(items, EventBatchTest.NONE);
    }

    /**
     * One delivery of a history into a fresh database: the batches of the membership and feedback consumers and of
     * the territory feed (which learns the same membership events, in its own order), sharing one applier.
     */
    record Run(MongoTemplate mongo, MembershipTerritoryApplier feed, EventBatch batch, List<List<EventEnvelope>> membership,
               List<List<EventEnvelope>> feedback, List<List<EventEnvelope>> territoryFeed) {
        static Run of(History h, Random random) {
            MongoTemplate mongo = new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("invariant"));
            MembershipTerritoryApplier feed = new MembershipTerritoryApplier(territory);
            return new Run(mongo, feed, new EventBatch(mongo, territory, null, feed),
                    batches(delivery(h.membership, random), random), batches(delivery(h.feedback, random), random),
                    batches(delivery(h.membership, random), random));
        }
    }

    @Property(tries = 25)
    void everyUnitIsTheSumOfItsSubUnitsWhateverTheOrderSpeedAndDuplication(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int areasPerWard) {
        History h = history(seed, areasPerWard);
        Random random = new Random(seed * 31 + 7);
        Run run = Run.of(h, random);
        int m = 0, f = 0, t = 0;
        while (m < run.membership().size() || f < run.feedback().size() || t < run.territoryFeed().size()) {
            int pick = random.nextInt(3);
            if (pick == 0 && m < run.membership().size()) {
                apply(run.batch(), EventBatch.Source.MEMBERSHIP, run.membership().get(m++));
            } else if (pick == 1 && f < run.feedback().size()) {
                apply(run.batch(), EventBatch.Source.FEEDBACK, run.feedback().get(f++));
            } else if (pick == 2 && t < run.territoryFeed().size()) {
                run.territoryFeed().get(t++).forEach(run.feed()::apply);
                run.feed().retryPending();
            }
        }
        check(run.mongo(), h);
    }

    @Property(tries = 4)
    void theSameOnThreeThreadsAtOnce(@ForAll long seed) throws Exception {
        History h = history(seed, 6);
        Random random = new Random(seed);
        Run run = Run.of(h, random);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = List.of(
                    threads.submit(() -> run.membership().forEach(b -> apply(run.batch(), EventBatch.Source.MEMBERSHIP, b))),
                    threads.submit(() -> run.feedback().forEach(b -> apply(run.batch(), EventBatch.Source.FEEDBACK, b))),
                    threads.submit(() -> run.territoryFeed().forEach(b -> {
                        b.forEach(run.feed()::apply);
                        run.feed().retryPending();
                    })));
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        check(run.mongo(), h);
    }

    static void check(MongoTemplate mongo, History h) {
        UnitFigures figures = new UnitFigures(mongo);
        Map<String, Long> petitions = h.expected.getOrDefault("__petitions", Map.of());
        long allPetitions = 0;
        for (String ward : WARDS) {
            Map<String, Long> actual = figures.totals(DatedFigures.CURRENT, ward).orElse(Map.of());
            assertThat(FigureConsistency.membership(actual)).as("membership figures of ward %s", ward)
                    .isEqualTo(h.expected.getOrDefault(ward, Map.of()));
            assertThat(actual.getOrDefault("petitionsReceived", 0L)).as("petitions of ward %s", ward)
                    .isEqualTo(petitions.getOrDefault(ward, 0L));
            assertThat(actual.getOrDefault("petitionsClosed", 0L)).as("closed petitions of ward %s", ward)
                    .isEqualTo(petitions.getOrDefault("closed:" + ward, 0L));
            allPetitions += petitions.getOrDefault(ward, 0L);
        }
        for (String unit : List.of("79", "VN")) {
            Map<String, Long> actual = figures.totals(DatedFigures.CURRENT, unit).orElse(Map.of());
            assertThat(FigureConsistency.membership(actual)).as("membership figures of %s", unit)
                    .isEqualTo(h.expected.getOrDefault(unit, Map.of()));
            assertThat(actual.getOrDefault("petitionsReceived", 0L)).as("petitions of %s", unit).isEqualTo(allPetitions);
        }
        for (String area : h.expected.keySet()) {
            if (area.contains("-")) {
                assertThat(FigureConsistency.membership(figures.totals(DatedFigures.CURRENT, area).orElse(Map.of())))
                        .as("membership figures of area %s", area).isEqualTo(h.expected.get(area));
            }
        }
        FigureConsistency consistency = new FigureConsistency(mongo, figures, new DatedFigures(figures, territory), territory);
        for (String ward : WARDS) {
            assertThat(consistency.check(ward, null, 10_000).violations()).as("violations under %s", ward).isEmpty();
        }
        // on the map of 2024, where the areas of 2024 count under Phường Phước Nguyên, Bà Rịa city and province 77
        FigureConsistency.Report past = consistency.check("77", LocalDate.of(2024, 12, 31), 10_000);
        assertThat(past.complete()).isTrue();
        assertThat(past.violations()).as("violations under 77 as of 2024-12-31").isEmpty();
    }
}
