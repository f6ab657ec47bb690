package vn.doanket.conference.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.conference.web.Http.ok;

/**
 * The acceptance case through HTTP, PostgreSQL and Kafka: a dialogue conference where 7 delegates speak for
 * 12 committees and raise 20 opinions shows 7 delegates, 12 committees represented and 20 opinions, and publishes 20
 * {@code OpinionRaised} events on the conference topic exactly as contract B says; the petitions the feedback service
 * opens from them (its {@code PetitionReceived} with provenance, here published on the test's feedback topic, every
 * message twice) are linked to their opinions once each and their states follow.
 */
class DialogueConferenceApiTest extends ConferenceIntegrationTest {

    static final String OFFICER = "can-bo-ba-ria";
    static final Set<String> CONTRACT_FIELDS = Set.of("conferenceId", "opinionId", "delegateId", "delegatePersonId",
            "committeeIds", "unitCode", "topic", "text", "raisedOn", "organiserUnitCode");
    static final String[] TOPICS = {"LAND", "ENVIRONMENT", "SOCIAL_POLICY", "PUBLIC_ORDER", "INFRASTRUCTURE",
            "ADMINISTRATIVE_PROCEDURES", "OFFICIALS_CONDUCT", "OTHER"};

    @Test
    void sevenDelegatesForTwelveCommitteesRaiseTwentyOpinionsEachPublishedAndEachBecomingOnePetition() throws Exception {
        Http http = http();
        String id = "doi-thoai-" + UUID.randomUUID().toString().substring(0, 8);
        ok(http.post(OFFICER, "/api/conferences", Map.of("conferenceId", id, "kind", "DIALOGUE", "unitCode", "26560",
                "title", "Hội nghị đối thoại giữa Ban Thường trực và các Ban Công tác Mặt trận",
                "startsAt", "2026-11-18T08:00:00", "endsAt", "2026-11-18T11:30:00",
                "venue", "Hội trường Ủy ban MTTQ phường Bà Rịa", "agenda", List.of("Khai mạc", "Đối thoại", "Kết luận"))),
                201);

        // twelve committees of the ward's residential areas
        List<String> committees = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            committees.add("26560-KP%02d/2024".formatted(i));
        }
        List<Map<String, Object>> invitations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            invitations.add(Map.of("invitationId", "moi-" + (i + 1), "inviteeKind", "COMMITTEE",
                    "inviteeRef", committees.get(i)));
        }
        JsonNode sent = ok(http.post(OFFICER, "/api/conferences/" + id + "/invitations",
                Map.of("invitations", invitations)), 201);
        assertThat(sent.get("sent").asInt()).isEqualTo(12);
        ok(http.post(OFFICER, "/api/conferences/" + id + "/opening", Map.of()), 200);

        // seven delegates: five speak for two committees each, one for one, one for two (one of them shared)
        List<List<String>> speakFor = List.of(committees.subList(0, 2), committees.subList(2, 4),
                committees.subList(4, 6), committees.subList(6, 8), committees.subList(8, 10),
                List.of(committees.get(10)), List.of(committees.get(0), committees.get(11)));
        for (int d = 0; d < 7; d++) {
            ok(http.post(OFFICER, "/api/conferences/" + id + "/delegates", Map.of("delegateId", "dai-bieu-" + (d + 1),
                    "personId", "p-demo-" + (d + 1), "committeeIds", speakFor.get(d))), 201);
        }
        // twenty opinions
        for (int o = 0; o < 20; o++) {
            int delegate = o % 7;
            String area = speakFor.get(delegate).get(0).substring(0, "26560-KP01".length());
            ok(http.post(OFFICER, "/api/conferences/" + id + "/opinions", opinion(o + 1, delegate + 1, area,
                    TOPICS[o % TOPICS.length])), 201);
        }
        // a retried opinion (same id, same content) creates nothing
        JsonNode again = ok(http.post(OFFICER, "/api/conferences/" + id + "/opinions",
                opinion(1, 1, "26560-KP01", "LAND")), 200);
        assertThat(again.get("outcome").asText()).isEqualTo("UNCHANGED");

        JsonNode conference = http.await("lanh-dao-ba-ria", "/api/conferences/" + id,
                c -> c.get("opinions").asInt() == 20 && c.get("delegates").asInt() == 7);
        assertThat(conference.get("delegates").asInt()).isEqualTo(7);
        assertThat(conference.get("committeesRepresented").asInt()).isEqualTo(12);
        assertThat(conference.get("communesRepresented").asInt()).isEqualTo(1);
        assertThat(conference.get("opinions").asInt()).isEqualTo(20);
        assertThat(conference.get("kindVi").asText()).isEqualTo("Hội nghị đối thoại");

        // 20 OpinionRaised on the conference topic, exactly the contract's fields, envelope under the organiser
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(bootstrap, TOPIC,
                r -> id.equals(r.key()) && "OpinionRaised".equals(header(r, "eventType")), 20, Http.PATIENCE);
        assertThat(records).hasSize(20);
        Set<String> opinionIds = new TreeSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            assertThat(envelope.aggregateType()).isEqualTo("Conference");
            assertThat(envelope.aggregateId()).isEqualTo(id);
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.unitCode()).isEqualTo("26560");
            JsonNode payload = envelope.payload();
            Set<String> fields = new TreeSet<>();
            payload.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).isEqualTo(new TreeSet<>(CONTRACT_FIELDS));
            assertThat(payload.get("conferenceId").asText()).isEqualTo(id);
            assertThat(payload.get("unitCode").asText()).startsWith("26560-KP");
            assertThat(payload.get("committeeIds").size()).isBetween(1, 2);
            assertThat(payload.get("delegatePersonId").asText()).startsWith("p-demo-");
            assertThat(payload.get("raisedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            opinionIds.add(payload.get("opinionId").asText());
        }
        assertThat(opinionIds).hasSize(20);

        // the feedback service opens one petition per opinion; every message is delivered twice
        List<Map.Entry<String, byte[]>> feedback = new ArrayList<>();
        for (int o = 1; o <= 20; o++) {
            String petition = "PA-26560-" + id.substring(10) + "-" + o;
            EventEnvelope received = feedbackEvent(petition, 0, "PetitionReceived", petitionReceived(petition, id, o));
            feedback.add(Map.entry(petition, EnvelopeCodec.encode(received)));
            feedback.add(Map.entry(petition, EnvelopeCodec.encode(received)));
            if (o <= 5) {
                EventEnvelope forwarded = feedbackEvent(petition, 2, "PetitionForwarded",
                        TestHttp.JSON.createObjectNode().put("petitionId", petition).put("unitCode", "26560"));
                feedback.add(Map.entry(petition, EnvelopeCodec.encode(forwarded)));
                feedback.add(Map.entry(petition, EnvelopeCodec.encode(forwarded)));
            }
        }
        // and a petition of another channel, which links nothing
        feedback.add(Map.entry("PA-26560-OTHER", EnvelopeCodec.encode(feedbackEvent("PA-26560-OTHER", 0,
                "PetitionReceived", TestHttp.JSON.createObjectNode().put("petitionId", "PA-26560-OTHER")
                        .put("unitCode", "26560").put("channel", "DIRECT_VISIT").put("receivedOn", "2026-11-19")))));
        TopicRecords.send(bootstrap, FEEDBACK_TOPIC, feedback);

        JsonNode linked = http.await(OFFICER, "/api/conferences/" + id, c -> c.get("opinionsPetitioned").asInt() == 20);
        assertThat(linked.get("opinionsPetitioned").asInt()).isEqualTo(20);
        JsonNode opinions = http.await(OFFICER, "/api/conferences/" + id + "/opinions?size=50",
                page -> countStatus(page, "FORWARDED") == 5 && countStatus(page, "RECEIVED") == 15);
        assertThat(opinions.get("total").asInt()).isEqualTo(20);
        for (JsonNode opinion : opinions.get("items")) {
            int n = Integer.parseInt(opinion.get("opinionId").asText().substring("y-kien-".length()));
            assertThat(opinion.get("petitionId").asText()).isEqualTo("PA-26560-" + id.substring(10) + "-" + n);
            assertThat(opinion.get("petitionStatusVi").asText()).isNotBlank();
        }
        // linked once each, whatever the redeliveries
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%OpinionPetitionLinkedEvent'", Long.class, id)).isEqualTo(20L);
        assertThat(jdbc.queryForObject("select count(*) from opinion_petition where conference_id = ?", Long.class, id))
                .isEqualTo(20L);
        assertThat(jdbc.queryForObject("select count(*) from opinion_petition where petition_id = 'PA-26560-OTHER'",
                Long.class)).isZero();

        // the conference closes; opinions after the close are refused, and the counts are final
        ok(http.post(OFFICER, "/api/conferences/" + id + "/closure",
                Map.of("conclusions", "Ủy ban nhân dân phường tiếp thu và trả lời các ý kiến.")), 200);
        Http.assertProblem(http.post(OFFICER, "/api/conferences/" + id + "/opinions",
                opinion(21, 1, "26560-KP01", "LAND")), 409, "conference-closed");
    }

    private static Map<String, Object> opinion(int n, int delegate, String unit, String topic) {
        return Map.of("opinionId", "y-kien-" + n, "delegateId", "dai-bieu-" + delegate, "unitCode", unit,
                "topic", topic, "text", "Ý kiến số " + n + ": đề nghị xem xét, giải quyết.");
    }

    private static int countStatus(JsonNode page, String status) {
        int n = 0;
        for (Iterator<JsonNode> it = page.get("items").elements(); it.hasNext(); ) {
            if (status.equals(it.next().path("petitionStatus").asText())) {
                n++;
            }
        }
        return n;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A {@code PetitionReceived} as the feedback service publishes it for a conference opinion (contract B). */
    private static ObjectNode petitionReceived(String petitionId, String conferenceId, int opinion) {
        ObjectNode payload = TestHttp.JSON.createObjectNode().put("petitionId", petitionId).put("unitCode", "26560-KP01")
                .put("channel", "CONFERENCE").put("topic", "LAND").put("receivedOn", "2026-11-18");
        payload.putObject("provenance").put("source", "conference").put("conferenceId", conferenceId)
                .put("opinionId", "y-kien-" + opinion).put("delegateId", "dai-bieu-1");
        return payload;
    }

    private static EventEnvelope feedbackEvent(String petitionId, long sequence, String type, JsonNode payload) {
        return new EventEnvelope(UUID.nameUUIDFromBytes((petitionId + ":" + sequence).getBytes()), type, 3, "Petition",
                petitionId, sequence, Instant.parse("2026-11-18T10:00:00Z"), "26560", new Actor("u-xu-ly-don", "PETITION_HANDLER"),
                null, payload);
    }
}
