package vn.doanket.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.query.DatedFigures;
import vn.doanket.dashboard.query.EventBatch;
import vn.doanket.dashboard.query.FeedbackProjector;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.dashboard.rebuild.ReadModelDatabase;
import vn.doanket.dashboard.rebuild.Rebuild;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.HandlingLevel;
import vn.doanket.feedback.api.PetitionAnsweredEvent;
import vn.doanket.feedback.api.PetitionClosedEvent;
import vn.doanket.feedback.api.PetitionForwardedEvent;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.feedback.api.ResponsibleBody;
import vn.doanket.feedback.api.ResponsibleBodyKind;
import vn.doanket.feedback.api.Topic;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberOrganisation;
import vn.doanket.membership.api.Position;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.WorkCommitteeEstablishedEvent;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * National-scale dashboard benchmark (never a test). Generates the dataset as events — 34 provinces,
 * 3,321 communes, 100,000 residential areas, 800,000 committee members, 1,000,000 petitions, times
 * {@code --scale} — publishes it to a real Kafka broker, then measures in one run:
 * (b) the rebuild rate (all read models from the topics) next to the raw Kafka consume rate,
 * (c) page queries p50/p99 for nation, province and commune from the read models next to the same
 * figures by query-time aggregation over the raw documents, and
 * (a) event → read model freshness at a fixed publish rate.
 *
 * <p>{@code java -cp ... vn.doanket.bench.DashboardBench --scale 0.01 --rate 200 --fresh 2000 --queries 200}
 */
public final class DashboardBench {

    private static final Random RANDOM = new Random(20250701L);
    private static final Territory TERRITORY = Territory.loadOfficial();

    public static void main(String[] args) throws Exception {
        double scale = arg(args, "--scale", 0.01);
        int rate = (int) arg(args, "--rate", 200);
        int fresh = (int) arg(args, "--fresh", 2000);
        // events sent (at the same rate) and applied before the measured ones, their latencies left out
        int warmup = (int) arg(args, "--warmup", 0);
        int queries = (int) arg(args, "--queries", 200);
        int rawQueries = (int) arg(args, "--raw-queries", 5);
        int areas = (int) Math.round(100_000 * scale);
        int members = (int) Math.round(800_000 * scale);
        int petitions = (int) Math.round(1_000_000 * scale);
        LocalDate today = TERRITORY.today();
        List<AdministrativeUnit> provinces = TERRITORY.units(Level.PROVINCE, today);
        List<AdministrativeUnit> communes = TERRITORY.units(Level.COMMUNE, today);
        out("scale %.4f: %d provinces, %d communes, %d residential areas, %d members, %d petitions; cores %d",
                scale, provinces.size(), communes.size(), areas, members, petitions, Runtime.getRuntime().availableProcessors());

        if (has(args, "--direct")) {
            direct(areas, members, petitions, communes, (int) arg(args, "--batch", 20_000), queries, rawQueries);
            System.exit(0);
        }

        String bootstrap = SharedInfrastructure.get().kafka().bootstrapServers();
        String ns = InfrastructureProperties.uniqueName("bench");
        String membershipTopic = ns + ".doanket.membership.events";
        String feedbackTopic = ns + ".doanket.feedback.events";

        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(membershipTopic, 3, (short) 1),
                    new org.apache.kafka.clients.admin.NewTopic(feedbackTopic, 3, (short) 1))).all().get();
        }
        Thread.sleep(2000); // leaders elected before the first send

        // ---- generate and publish
        long t0 = System.nanoTime();
        long published;
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            published = generate(areas, members, petitions, communes, (source, e) ->
                    send(producer, source == EventBatch.Source.FEEDBACK ? feedbackTopic : membershipTopic, e));
            producer.flush();
        }
        double publishSeconds = (System.nanoTime() - t0) / 1e9;
        out("published %d events in %.1f s (%.0f/s)", published, publishSeconds, published / publishSeconds);

        // ---- (b) raw consume rate, then the rebuild, in the same run
        long r0 = System.nanoTime();
        long raw = consumeAll(bootstrap, List.of(membershipTopic, feedbackTopic));
        double rawSeconds = (System.nanoTime() - r0) / 1e9;
        out("raw Kafka consume: %d records in %.1f s = %.0f records/s", raw, rawSeconds, raw / rawSeconds);

        MongoClient client = MongoClients.create(SharedInfrastructure.get().mongo().connectionString());
        String home = InfrastructureProperties.uniqueName("benchdash");
        ReadModelDatabase databases = new ReadModelDatabase(client, home);
        Rebuild rebuild = new Rebuild(databases, TERRITORY, bootstrap, Rebuild.topics(membershipTopic, feedbackTopic),
                Clock.systemUTC());
        rebuild.start();
        Rebuild.Progress progress;
        do {
            progress = rebuild.await(Duration.ofSeconds(30));
            out("rebuild: %s %d/%d events, %.1f events/s, ETA %s s", progress.state(), progress.processed(),
                    progress.total(), progress.eventsPerSecond(), progress.etaSeconds());
        } while (progress.state() == Rebuild.State.RUNNING);
        double rebuildSeconds = Duration.between(progress.startedAt(), progress.finishedAt()).toMillis() / 1000.0;
        out("RESULT (b) rebuild %d events in %.1f s = %.1f events/s; raw consume %.0f records/s",
                progress.processed(), rebuildSeconds, progress.processed() / rebuildSeconds, raw / rawSeconds);

        // ---- (c) page queries: read models vs query-time aggregation over the raw documents
        MongoTemplate mongo = new MongoTemplate(databases);
        pages(mongo, queries, rawQueries);

        // ---- (a) freshness at a fixed rate: a live consumer applies what the producer sends
        // the service's live path: a poll's records applied as one batch
        EventBatch liveBatch = new EventBatch(mongo, TERRITORY, null);
        int total = warmup + fresh;
        long[] latencies = new long[total];
        int[] applied = {0};
        long[] lastDone = {0};
        Thread live = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, ns + "-live")) {
                List<TopicPartition> partitions = partitions(consumer, List.of(membershipTopic, feedbackTopic));
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                synchronized (applied) {
                    applied.notifyAll();
                }
                while (applied[0] < total) {
                    List<EventBatch.Item> items = new ArrayList<>();
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        items.add(new EventBatch.Item(record.topic().equals(feedbackTopic)
                                ? EventBatch.Source.FEEDBACK
                                : EventBatch.Source.MEMBERSHIP, EnvelopeCodec.decode(record.value())));
                    }
                    if (items.isEmpty()) {
                        continue;
                    }
                    liveBatch.apply(items, (index, item, error) -> {
                        throw error;
                    });
                    Instant done = Instant.now();
                    lastDone[0] = System.nanoTime();
                    for (EventBatch.Item item : items) {
                        if (applied[0] < total) {
                            latencies[applied[0]++] = Duration.between(item.envelope().occurredAt(), done).toNanos();
                        }
                    }
                }
            }
        }, "bench-live");
        synchronized (applied) {
            live.start();
            applied.wait(30_000);
        }
        long f0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                long due = f0 + i * interval;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                String code = communes.get(RANDOM.nextInt(communes.size())).code();
                if (i % 2 == 0) {
                    LocalDate on = today;
                    String area = code + "-F" + i;
                    send(producer, membershipTopic, envelope("ResidentialArea", area, 0, on, Instant.now(),
                            new ResidentialAreaRegisteredEvent(area, code, "Khu mới " + i, ResidentialAreaKind.THON, on)));
                } else {
                    send(producer, feedbackTopic, envelope("Petition", "F" + i, 0, today, Instant.now(),
                            received("F" + i, code, today)));
                }
            }
        }
        double sendSeconds = (System.nanoTime() - f0) / 1e9;
        live.join(600_000);
        out("RESULT (a) live apply: %d events in %.1f s from the first send = %.1f events/s (batches of a poll, EventBatch)",
                applied[0], (lastDone[0] - f0) / 1e9, applied[0] / ((lastDone[0] - f0) / 1e9));
        long[] sorted = Arrays.copyOfRange(latencies, Math.min(warmup, applied[0]), applied[0]);
        Arrays.sort(sorted);
        out("RESULT (a) freshness at %d events/s offered (%d + %d warm-up events sent in %.1f s, %d applied, the last %d"
                        + " measured): p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                rate, fresh, warmup, sendSeconds, applied[0], sorted.length, pct(sorted, 0.5) / 1e6, pct(sorted, 0.99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        client.close();
        System.exit(0);
    }

    /** Where generated events go: a topic, or a batch applied directly. Returns how many were accepted. */
    @FunctionalInterface
    interface Sink {
        int accept(EventBatch.Source source, EventEnvelope envelope);
    }

    /**
     * Generates the dataset as events, in the order a service would publish them per aggregate:
     * residential areas (round robin over today's communes, registered on or after the 1 July 2025
     * reform that created those communes), one work committee per area with its members, then
     * petitions with their lifecycle (from January 2024, so both maps are fed).
     */
    static long generate(int areas, int members, int petitions, List<AdministrativeUnit> communes, Sink sink) {
        LocalDate today = TERRITORY.today();
        long n = 0;
        for (int i = 0; i < areas; i++) {
            AdministrativeUnit commune = communes.get(i % communes.size());
            String area = commune.code() + "-B" + Integer.toString(i, 36).toUpperCase(Locale.ROOT);
            // registered under a commune of today's map, so on or after the reform (when it came to be)
            LocalDate on = day(Territory.REFORM_DATE, (int) Math.max(1, ChronoUnit.DAYS.between(Territory.REFORM_DATE, today)));
            n += sink.accept(EventBatch.Source.MEMBERSHIP, envelope("ResidentialArea", area, 0, on,
                    new ResidentialAreaRegisteredEvent(area, commune.code(), "Khu dân cư " + i, ResidentialAreaKind.THON, on)));
            String committee = area + "/" + on.getYear();
            LocalDate start = on;
            n += sink.accept(EventBatch.Source.MEMBERSHIP, envelope("WorkCommittee", committee, 0, start,
                    new WorkCommitteeEstablishedEvent(committee, area, start, start.plusYears(5).minusDays(1), 2, 5, "1/QĐ", start)));
            int size = members / areas + (i < members % areas ? 1 : 0);
            for (int m = 0; m < size; m++) {
                Position position = m == 0 ? Position.HEAD : m < 3 ? Position.DEPUTY : Position.MEMBER;
                LocalDate appointed = day(start, (int) Math.max(1, ChronoUnit.DAYS.between(start, today)));
                n += sink.accept(EventBatch.Source.MEMBERSHIP, envelope("WorkCommittee", committee, m + 1, appointed,
                        new MemberAppointedEvent(committee, area, "p-" + i + "-" + m, position,
                                MemberOrganisation.values()[m % MemberOrganisation.values().length], appointed, "2/QĐ")));
            }
        }
        for (int i = 0; i < petitions; i++) {
            n += petition(sink, "P" + i, communes.get(RANDOM.nextInt(communes.size())).code(),
                    day(LocalDate.of(2024, 1, 2), 1000), Instant.now());
        }
        return n;
    }

    /**
     * Direct mode: the generated events go straight into {@link EventBatch#apply} in batches of
     * {@code batchSize} — the projection code of the live consumer and the rebuild, only the Kafka
     * transport skipped — into a fresh database on the MongoDB stand-in; then the page queries (c).
     */
    static void direct(int areas, int members, int petitions, List<AdministrativeUnit> communes, int batchSize,
                       int queries, int rawQueries) {
        MongoClient client = MongoClients.create(SharedInfrastructure.get().mongo().connectionString());
        MongoTemplate mongo = new MongoTemplate(client, InfrastructureProperties.uniqueName("benchdirect"));
        EventBatch batch = new EventBatch(mongo, TERRITORY, null);
        EventBatch.Failures fail = (index, item, error) -> {
            throw error;
        };
        List<EventBatch.Item> items = new ArrayList<>(batchSize);
        long[] applied = {0, 0}; // events, batches
        long t0 = System.nanoTime();
        long[] lastReport = {t0};
        Runnable applyBatch = () -> {
            applied[0] += batch.apply(items, fail);
            applied[1]++;
            items.clear();
            long now = System.nanoTime();
            if (now - lastReport[0] > 60_000_000_000L) {
                lastReport[0] = now;
                double seconds = (now - t0) / 1e9;
                out("direct: %d events in %.0f s = %.0f events/s; heap used %d MB; RSS peak %s", applied[0], seconds,
                        applied[0] / seconds, usedHeapMb(), rssPeak());
            }
        };
        long generated = generate(areas, members, petitions, communes, (source, envelope) -> {
            items.add(new EventBatch.Item(source, envelope));
            if (items.size() >= batchSize) {
                applyBatch.run();
            }
            return 1;
        });
        if (!items.isEmpty()) {
            applyBatch.run();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out("RESULT direct apply: %d events generated, %d applied in %d batches of up to %d in %.1f s = %.0f events/s"
                        + " (generation included)", generated, applied[0], applied[1], batchSize, seconds, applied[0] / seconds);
        out("RESULT documents: %d residential areas, %d committees, %d petitions, %d unit figure documents",
                mongo.getCollection(MembershipProjector.AREAS).estimatedDocumentCount(),
                mongo.getCollection(MembershipProjector.COMMITTEES).estimatedDocumentCount(),
                mongo.getCollection(FeedbackProjector.PETITIONS).estimatedDocumentCount(),
                mongo.getCollection(UnitFigures.COLLECTION).estimatedDocumentCount());
        System.gc();
        out("RESULT memory after the load: heap used %d MB (after GC), max %d MB; RSS peak %s", usedHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20, rssPeak());
        inCheck(mongo, petitions);
        pages(mongo, queries, rawQueries);
        out("RESULT memory at the end: RSS peak %s", rssPeak());
        client.close();
    }

    /** {@code _id $in} on the stand-in against as many finds by {@code _id}: an index lookup per id, no scan. */
    static void inCheck(MongoTemplate mongo, int petitions) {
        if (petitions < 1000) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add("P" + RANDOM.nextInt(petitions));
        }
        var collection = mongo.getCollection(FeedbackProjector.PETITIONS);
        double[] in = time(10, () -> collection.find(com.mongodb.client.model.Filters.in("_id", ids)).into(new ArrayList<>()).size());
        double[] single = time(3, () -> {
            int found = 0;
            for (String id : ids) {
                found += collection.find(com.mongodb.client.model.Filters.eq("_id", id)).first() != null ? 1 : 0;
            }
            return found;
        });
        out("RESULT _id $in of 1,000 ids among %d petitions: p50 %.1f ms; 1,000 finds by _id: p50 %.1f ms", petitions,
                in[0], single[0]);
    }

    /**
     * (c) Page queries as the HTTP page calls them ({@link FigureQueries#figures}: the unit and every
     * sub-unit) for the nation, the province with the most communes, and the commune with the first
     * generated areas, next to query-time aggregation over the raw documents (result checked equal).
     */
    static void pages(MongoTemplate mongo, int queries, int rawQueries) {
        LocalDate today = TERRITORY.today();
        List<AdministrativeUnit> communes = TERRITORY.units(Level.COMMUNE, today);
        UnitFigures figures = new UnitFigures(mongo);
        DatedFigures dated = new DatedFigures(figures, TERRITORY);
        FigureQueries pages = new FigureQueries(figures, dated, TERRITORY);
        String commune = communes.get(0).code();
        String province = TERRITORY.units(Level.PROVINCE, today).stream()
                .max(java.util.Comparator.comparingInt(p -> TERRITORY.children(p.code(), today).size()))
                .orElseThrow().code();
        for (String unit : List.of("VN", province, commune)) {
            Set<String> communeCodes = new HashSet<>();
            if (unit.equals("VN")) {
                communes.forEach(c -> communeCodes.add(c.code()));
            } else if (unit.length() == 2) {
                TERRITORY.children(unit, today).forEach(c -> communeCodes.add(c.code()));
            } else {
                communeCodes.add(unit);
            }
            double[] page = time(queries, () -> pages.figures(unit, null));
            double[] aggregated = time(rawQueries, () -> aggregate(mongo, communeCodes));
            FigureQueries.UnitFiguresView view = pages.figures(unit, null);
            long[] check = aggregate(mongo, communeCodes);
            out("RESULT (c) %s page p50 %.1f ms p99 %.1f ms (%d children) | query-time aggregation p50 %.1f ms p99 %.1f ms;"
                            + " areas %d=%d members %d=%d petitions %d=%d", unit, page[0], page[1], view.children().size(),
                    aggregated[0], aggregated[1], view.residentialAreas(), check[0],
                    view.figures().getOrDefault("members", 0L), check[1],
                    view.figures().getOrDefault("petitionsReceived", 0L), check[2]);
        }
    }

    static long usedHeapMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    /** The process's peak resident set (VmHWM), or "n/a" off Linux. */
    static String rssPeak() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }

    static boolean has(String[] args, String name) {
        return Arrays.asList(args).contains(name);
    }

    /** Documents per reply of a scan (the stand-in does not cap a reply at 16 MB; the driver refuses more than 48 MB). */
    static final int SCAN_BATCH = 2000;

    /** Totals by scanning the raw documents: areas, members, petitions received under a set of communes. */
    static long[] aggregate(MongoTemplate mongo, Set<String> communes) {
        long areas = 0, members = 0, petitions = 0;
        for (Document a : mongo.getCollection(MembershipProjector.AREAS).find().batchSize(SCAN_BATCH)) {
            if (communes.contains(a.getString("communeCode"))) {
                areas++;
            }
        }
        for (Document c : mongo.getCollection(MembershipProjector.COMMITTEES).find().batchSize(SCAN_BATCH)) {
            String area = c.getString("areaCode");
            if (area != null && communes.contains(area.substring(0, 5)) && !c.getBoolean("dissolved", false)) {
                members += c.get("holdings", Document.class).size();
            }
        }
        for (Document p : mongo.getCollection(FeedbackProjector.PETITIONS).find().batchSize(SCAN_BATCH)) {
            String unit = p.getString("unitCode");
            if (unit != null && communes.contains(unit.length() >= 5 ? unit.substring(0, 5) : unit)) {
                petitions++;
            }
        }
        return new long[]{areas, members, petitions};
    }

    static long petition(Sink sink, String id, String unit, LocalDate on, Instant at) {
        long n = sink.accept(EventBatch.Source.FEEDBACK, envelope("Petition", id, 0, on, at, received(id, unit, on)));
        int roll = RANDOM.nextInt(10);
        if (roll < 8) {
            LocalDate forwarded = on.plusDays(1 + RANDOM.nextInt(5));
            n += sink.accept(EventBatch.Source.FEEDBACK, envelope("Petition", id, 1, forwarded, at, new PetitionForwardedEvent(id, unit,
                    new ResponsibleBody("ubnd-" + unit, ResponsibleBodyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân", unit),
                    forwarded, 15, forwarded.plusDays(21), HandlingLevel.COMMUNE, unit, null, unit)));
            if (roll < 6) {
                LocalDate answered = forwarded.plusDays(RANDOM.nextInt(40));
                n += sink.accept(EventBatch.Source.FEEDBACK, envelope("Petition", id, 2, answered, at,
                        new PetitionAnsweredEvent(id, unit, "ubnd-" + unit, answered, "Trả lời", "TL", unit)));
                if (roll < 5) {
                    LocalDate closed = answered.plusDays(RANDOM.nextInt(10));
                    n += sink.accept(EventBatch.Source.FEEDBACK, envelope("Petition", id, 3, closed, at,
                            new PetitionClosedEvent(id, unit, RANDOM.nextInt(4) > 0, closed, null, unit)));
                }
            }
        }
        return n;
    }

    static PetitionReceivedEvent received(String id, String unit, LocalDate on) {
        return new PetitionReceivedEvent(id, unit, Channel.values()[RANDOM.nextInt(Channel.values().length)],
                Topic.values()[RANDOM.nextInt(Topic.values().length)].name(), "Kiến nghị", "Nội dung", false, true,
                null, on, List.of(), null, null, unit);
    }

    static EventEnvelope envelope(String type, String id, long seq, LocalDate on, DomainEvent event) {
        return envelope(type, id, seq, on, on.atStartOfDay(Territory.ZONE).toInstant(), event);
    }

    static EventEnvelope envelope(String type, String id, long seq, LocalDate on, Instant at, DomainEvent event) {
        return EnvelopeCodec.envelope(UUID.randomUUID(), type, id, seq, at, Actor.SYSTEM, null, event);
    }

    static int send(KafkaProducer<String, byte[]> producer, String topic, EventEnvelope e) {
        producer.send(new ProducerRecord<>(topic, e.aggregateId(), EnvelopeCodec.encode(e)));
        return 1;
    }

    static LocalDate day(LocalDate from, int range) {
        return from.plusDays(RANDOM.nextInt(range));
    }

    static long consumeAll(String bootstrap, List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, "bench-raw-" + UUID.randomUUID())) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long n = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    n += record.value().length > 0 ? 1 : 0;
                }
            }
            return n;
        }
    }

    static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    /** p50 and p99 in milliseconds of {@code n} timed calls (after 3 warm-up calls). */
    static double[] time(int n, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new double[]{pct(nanos, 0.5) / 1e6, pct(nanos, 0.99) / 1e6};
    }

    static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double arg(String[] args, String name, double fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Double.parseDouble(args[i + 1]);
            }
        }
        return fallback;
    }

    static void out(String format, Object... values) {
        System.out.printf(Locale.ROOT, format + "%n", values);
    }
}
