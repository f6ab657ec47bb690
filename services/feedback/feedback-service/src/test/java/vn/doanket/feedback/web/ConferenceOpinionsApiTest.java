package vn.doanket.feedback.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.PetitionProvenance;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.feedback.conference.ConferenceOpinions;
import vn.doanket.territory.Territory;
import vn.doanket.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opinions raised at a dialogue conference become petitions, through the real Kafka broker: the conference's
 * {@code OpinionRaised} envelopes (built like its publisher does, with {@link EnvelopeCodec}) on its topic, consumed by
 * feedback's binding (group {@code feedback}); exactly one petition per opinion however often and however
 * concurrently the events arrive; other event types ignored; what can never be applied goes to the dead-letter topic
 * and the partition carries on.
 */
class ConferenceOpinionsApiTest extends FeedbackIntegrationTest {

    static final String DEAD_LETTERS = "error." + CONFERENCE_TOPIC + ".feedback";
    static final Actor ORGANISER = new Actor("u-can-bo-ba-ria", "OFFICER");
    static final String[] AREAS = {"26560", "26560-KP01", "26560-KP02"};
    static final String[] TOPICS = {"INFRASTRUCTURE", "LAND", "ENVIRONMENT", "SOCIAL_POLICY", "PUBLIC_ORDER"};

    @Autowired
    ConferenceOpinions opinions;

    static LocalDate yesterday() {
        return LocalDate.now(Territory.ZONE).minusDays(1);
    }

    /** The payload of the conference's {@code OpinionRaised} (contract B). */
    static Map<String, Object> opinion(String conferenceId, int i) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("conferenceId", conferenceId);
        payload.put("opinionId", "YK-" + i);
        payload.put("delegateId", "DB-" + (i % 7 + 1));
        payload.put("delegatePersonId", i % 2 == 0 ? "p-0000" + i : null);
        payload.put("committeeIds", List.of("26560-KP0" + (i % 3 + 1) + "/2024", "26560-KP0" + ((i + 1) % 3 + 1) + "/2024"));
        payload.put("unitCode", AREAS[i % AREAS.length]);
        payload.put("topic", TOPICS[i % TOPICS.length]);
        payload.put("text", "Ý kiến số " + i + ": đề nghị sửa chữa tuyến đường và lắp đèn chiếu sáng ở hẻm " + i + ".\n"
                + "Cử tri phản ánh nhiều lần nhưng chưa được giải quyết.");
        payload.put("raisedOn", yesterday().toString());
        return payload;
    }

    static EventEnvelope envelope(String conferenceId, long sequence, String eventType, Object payload) {
        UUID eventId = UUID.nameUUIDFromBytes((conferenceId + "#" + sequence).getBytes(StandardCharsets.UTF_8));
        return new EventEnvelope(eventId, eventType, 1, "Conference", conferenceId, sequence, Instant.now(), "26560",
                ORGANISER, "trace-" + sequence, EnvelopeCodec.toTree(payload));
    }

    static byte[] raised(String conferenceId, int i) {
        return EnvelopeCodec.encode(envelope(conferenceId, i, "OpinionRaised", opinion(conferenceId, i)));
    }

    long petitionsOf(List<String> ids) {
        return jdbc.queryForObject("select count(*) from petition_registry where petition_id in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", Long.class, ids.toArray());
    }

    long eventsOf(List<String> ids) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", Long.class, ids.toArray());
    }

    void awaitCount(List<String> ids, long expected) {
        org.awaitility.Awaitility.await(expected + " petitions opened").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> petitionsOf(ids) >= expected);
        assertThat(petitionsOf(ids)).isEqualTo(expected);
    }

    @Test
    void twentyOpinionsDeliveredTwiceInTwoConcurrentBurstsOpenExactlyTwentyPetitions() throws Exception {
        String conference = "HN-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ids.add(ConferenceOpinions.petitionIdOf(conference, "YK-" + i));
        }
        // every opinion twice, in two bursts sent at the same time by two producers (one in reverse order)
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> bursts = new ArrayList<>();
        for (int burst = 0; burst < 2; burst++) {
            boolean reverse = burst == 1;
            bursts.add(pool.submit(() -> {
                go.await();
                try (KafkaProducer<String, byte[]> producer = TopicRecords.producer(bootstrap)) {
                    for (int k = 1; k <= 20; k++) {
                        int i = reverse ? 21 - k : k;
                        producer.send(new ProducerRecord<>(CONFERENCE_TOPIC, conference, raised(conference, i)));
                    }
                    producer.flush();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> burst : bursts) {
            burst.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        awaitCount(ids, 20);
        // every delivery has been consumed (a marker sent after them on the same partition is applied) and still 20
        String marker = ConferenceOpinions.petitionIdOf(conference, "YK-99");
        TopicRecords.send(bootstrap, CONFERENCE_TOPIC, List.of(Map.entry(conference, raised(conference, 99))));
        awaitCount(List.of(marker), 1);
        assertThat(petitionsOf(ids)).isEqualTo(20);
        assertThat(eventsOf(ids)).as("one PetitionReceived per opinion, nothing else").isEqualTo(20);

        // the petitions, as the API shows them: channel CONFERENCE, the opinion's unit, topic, day and provenance
        Http http = http();
        for (int i = 1; i <= 20; i++) {
            int n = i;
            JsonNode view = http.await("can-bo-ba-ria", "/api/petitions/" + ids.get(i - 1),
                    v -> v.at("/petition/provenance/opinionId").asText().equals("YK-" + n));
            JsonNode petition = view.get("petition");
            assertThat(petition.get("channel").asText()).isEqualTo("CONFERENCE");
            assertThat(petition.get("unitCode").asText()).isEqualTo(AREAS[i % AREAS.length]);
            assertThat(petition.get("topic").asText()).isEqualTo(TOPICS[i % TOPICS.length]);
            assertThat(petition.get("receivedOn").asText()).isEqualTo(yesterday().toString());
            assertThat(petition.get("subject").asText()).startsWith("Ý kiến số " + i + ":");
            assertThat(petition.get("content").asText()).contains("Cử tri phản ánh");
            assertThat(petition.get("anonymous").asBoolean()).isFalse();
            assertThat(petition.get("hasPetitioner").asBoolean()).isFalse();
            assertThat(petition.at("/provenance/source").asText()).isEqualTo("conference");
            assertThat(petition.at("/provenance/conferenceId").asText()).isEqualTo(conference);
            assertThat(petition.at("/provenance/delegateId").asText()).isEqualTo("DB-" + (i % 7 + 1));
            assertThat(petition.at("/history/0/actorId").asText()).isEqualTo("u-can-bo-ba-ria");
        }
        // lists show it too
        JsonNode page = http.await("can-bo-ba-ria", "/api/petitions?unit=26560&size=200",
                p -> p.get("items").findValues("provenance").stream().filter(v -> v.path("conferenceId").asText()
                        .equals(conference)).count() == 21);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(21);

        // published on feedback's topic with the provenance the conference service reads back
        List<ConsumerRecord<String, byte[]>> published = TopicRecords.await(bootstrap, TOPIC,
                r -> ids.contains(r.key()), 20, Duration.ofSeconds(60));
        assertThat(published).hasSize(20);
        for (ConsumerRecord<String, byte[]> record : published) {
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            assertThat(envelope.eventType()).isEqualTo("PetitionReceived");
            assertThat(envelope.schemaVersion()).isEqualTo(4);
            PetitionReceivedEvent received = EnvelopeCodec.payload(envelope, PetitionReceivedEvent.class);
            assertThat(received.channel()).isEqualTo(Channel.CONFERENCE);
            assertThat(received.provenance().source()).isEqualTo(PetitionProvenance.CONFERENCE);
            assertThat(received.provenance().conferenceId()).isEqualTo(conference);
            assertThat(ConferenceOpinions.petitionIdOf(conference, received.provenance().opinionId()))
                    .isEqualTo(received.petitionId());
        }
    }

    @Test
    void theSameOpinionHandledConcurrentlyOpensOnePetition() throws Exception {
        String conference = "HN-" + UUID.randomUUID();
        EventEnvelope envelope = envelope(conference, 1, "OpinionRaised", opinion(conference, 1));
        String id = ConferenceOpinions.petitionIdOf(conference, "YK-1");
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> deliveries = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            deliveries.add(pool.submit(() -> {
                go.await();
                opinions.handle(envelope);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> delivery : deliveries) {
            delivery.get(60, TimeUnit.SECONDS); // none fails: the losers find the winner's petition
        }
        pool.shutdown();
        assertThat(petitionsOf(List.of(id))).isEqualTo(1);
        assertThat(eventsOf(List.of(id))).isEqualTo(1);
    }

    @Test
    void otherEventTypesAreIgnoredAndWhatCanNeverBeAppliedIsDeadLetteredWithoutBlocking() throws Exception {
        String conference = "HN-" + UUID.randomUUID();
        Map<String, Object> noText = opinion(conference, 2);
        noText.remove("text");
        Map<String, Object> unknownTopic = opinion(conference, 3);
        unknownTopic.put("topic", "WEATHER");
        Map<String, Object> future = opinion(conference, 4);
        future.put("raisedOn", LocalDate.now(Territory.ZONE).plusDays(3).toString());
        List<Map.Entry<String, byte[]>> records = List.of(
                Map.entry(conference, EnvelopeCodec.encode(envelope(conference, 0, "ConferenceScheduled",
                        Map.of("conferenceId", conference, "title", "Hội nghị đối thoại")))),
                Map.entry(conference, EnvelopeCodec.encode(envelope(conference, 1, "OpinionWithdrawn", opinion(conference, 1)))),
                Map.entry(conference, "{\"not\":\"an envelope\"".getBytes(StandardCharsets.UTF_8)),
                Map.entry(conference, EnvelopeCodec.encode(envelope(conference, 2, "OpinionRaised", noText))),
                Map.entry(conference, EnvelopeCodec.encode(envelope(conference, 3, "OpinionRaised", unknownTopic))),
                Map.entry(conference, EnvelopeCodec.encode(envelope(conference, 4, "OpinionRaised", future))),
                Map.entry(conference, raised(conference, 5)));
        TopicRecords.send(bootstrap, CONFERENCE_TOPIC, records);

        // the good opinion after them is applied: nothing blocked the partition
        awaitCount(List.of(ConferenceOpinions.petitionIdOf(conference, "YK-5")), 1);
        List<String> others = List.of(ConferenceOpinions.petitionIdOf(conference, "YK-1"),
                ConferenceOpinions.petitionIdOf(conference, "YK-2"), ConferenceOpinions.petitionIdOf(conference, "YK-3"),
                ConferenceOpinions.petitionIdOf(conference, "YK-4"));
        assertThat(petitionsOf(others)).isZero();
        assertThat(eventsOf(others)).isZero();

        // the four that can never be applied are on the dead-letter topic (the ignored types are not)
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.await(bootstrap, DEAD_LETTERS,
                r -> conference.equals(r.key()), 4, Duration.ofSeconds(60));
        assertThat(dead).hasSize(4);
        List<String> reasons = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertThat(record.headers().lastHeader("x-original-topic")).isNotNull();
            reasons.add(new String(record.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8));
        }
        assertThat(String.join("\n", reasons)).contains("text").contains("unknown-topic").contains("date-in-future");
        assertThat(TopicRecords.await(bootstrap, DEAD_LETTERS, r -> conference.equals(r.key()), 5, Duration.ofSeconds(3)))
                .hasSize(4);
    }
}
