package vn.doanket.feedback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.events.Actor;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.feedback.api.PetitionReceivedEvent;
import vn.doanket.feedback.query.PetitionProjection;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.territory.Territory;
import vn.doanket.testing.TestPersonalData;
import vn.doanket.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.doanket.feedback.web.Http.assertProblem;
import static vn.doanket.feedback.web.Http.ok;

/**
 * The petition lifecycle through HTTP on the real infrastructure: PostgreSQL event store and personal-data
 * store, MongoDB query model, Kafka topic, real tokens. Petitioner identity is masked for everyone but the
 * petition's handler, and each reveal is recorded.
 */
class PetitionApiTest extends FeedbackIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Territory territory;

    static final String HIDDEN = "Ẩn danh / Hidden";
    static final String HANDLER = "xu-ly-don-ba-ria";
    static final String OFFICER = "can-bo-ba-ria";

    static Map<String, Object> intake(String unit, boolean anonymous, boolean withPetitioner) {
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("unitCode", unit);
        intake.put("channel", "DIRECT_VISIT");
        intake.put("topic", "LAND");
        intake.put("subject", "Lấn chiếm lối đi chung");
        intake.put("content", "Đề nghị xử lý việc lấn chiếm lối đi chung ở hẻm 12");
        intake.put("anonymous", anonymous);
        if (withPetitioner) {
            intake.put("petitioner", Map.of("fullName", TestPersonalData.PETITIONER_NAME, "phone", TestPersonalData.PHONE_DIGITS,
                    "idNumber", TestPersonalData.CITIZEN_ID, "address", TestPersonalData.ADDRESS, "email", TestPersonalData.EMAIL));
        }
        intake.put("attachments", List.of(Map.of("fileName", "anh.jpg", "mediaType", "image/jpeg", "sizeBytes", 2048)));
        return intake;
    }

    /** {@code body} with {@code key} set to {@code value}. */
    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    String receive(String account, String unit) throws Exception {
        return ok(http().post(account, "/api/petitions", intake(unit, false, true)), 201).get("petitionId").asText();
    }

    @Test
    void theWholeLifecycleIsStoredPublishedAndAttributed() throws Exception {
        Http http = http();
        String id = receive(OFFICER, "26560-KP01");
        assertThat(id).startsWith("PA-26560-");
        ok(http.post(HANDLER, "/api/petitions/" + id + "/classification", Map.of("topic", "LAND", "note", "Đất đai")), 200);
        JsonNode bodies = ok(http.get(HANDLER, "/api/units/26560-KP01/responsible-bodies"), 200);
        assertThat(bodies.toString()).contains("26560:PEOPLES_COMMITTEE").contains("FRONT_COMMITTEE_ABOVE");
        ok(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", Map.of("bodyId", "26560:PEOPLES_COMMITTEE")), 200);
        ok(http.post(HANDLER, "/api/petitions/" + id + "/answer", Map.of("summary", "Đã yêu cầu tháo dỡ", "documentRef", "45/UBND")), 200);
        ok(http.post(OFFICER, "/api/petitions/" + id + "/communication", Map.of("method", "LETTER")), 200);
        ok(http.post(HANDLER, "/api/petitions/" + id + "/closure", Map.of("satisfied", false, "reason", "Chưa tháo dỡ")), 200);
        ok(http.post(HANDLER, "/api/petitions/" + id + "/reopening", Map.of("reason", "Quá hạn tháo dỡ")), 200);

        // illegal transitions and rule violations change nothing
        long before = storedEvents();
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/answer", Map.of("summary", "x")), 409, "invalid-transition");
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/closure", Map.of("satisfied", true)), 409, "invalid-transition");
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", Map.of("bodyId", "01:PEOPLES_COMMITTEE")), 422, "unknown-body");
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", Map.of("bodyId", "26560:PEOPLES_COMMITTEE", "workingDays", 0)), 400, "validation-failed");
        assertThat(storedEvents()).isEqualTo(before);

        JsonNode view = http.await(HANDLER, "/api/petitions/" + id, v -> v.at("/petition/history").size() == 7);
        assertThat(view.at("/petition/status").asText()).isEqualTo("CLASSIFIED");
        assertThat(view.at("/petition/reopenCount").asInt()).isEqualTo(1);
        List<String> roles = new ArrayList<>();
        view.at("/petition/history").forEach(h -> roles.add(h.get("eventType").asText() + "/" + h.get("actorRole").asText()
                + "/" + h.get("actingUnit").asText()));
        assertThat(roles).containsExactly("PetitionReceived/OFFICER/26560", "PetitionClassified/PETITION_HANDLER/26560",
                "PetitionForwarded/PETITION_HANDLER/26560", "PetitionAnswered/PETITION_HANDLER/26560",
                "AnswerCommunicated/OFFICER/26560", "PetitionClosed/PETITION_HANDLER/26560",
                "PetitionReopened/PETITION_HANDLER/26560");
        assertThat(view.at("/petition/history/5/reason").asText()).isEqualTo("Chưa tháo dỡ");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(bootstrap, TOPIC, id, 7);
        assertThat(records).hasSize(7);
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            types.add(envelope.eventType());
            assertThat(envelope.unitCode()).isEqualTo("26560-KP01");
            assertThat(envelope.aggregateType()).isEqualTo("Petition");
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(raw).doesNotContain(TestPersonalData.PETITIONER_NAME).doesNotContain(TestPersonalData.PHONE_DIGITS)
                    .doesNotContain(TestPersonalData.CITIZEN_ID).doesNotContain(TestPersonalData.EMAIL)
                    .doesNotContain("Lê Lợi");
        }
        assertThat(types).containsExactly("PetitionReceived", "PetitionClassified", "PetitionForwarded", "PetitionAnswered",
                "AnswerCommunicated", "PetitionClosed", "PetitionReopened");
        EventEnvelope first = EnvelopeCodec.decode(records.get(0).value());
        assertThat(first.actor()).isEqualTo(new Actor("u-can-bo-ba-ria", "OFFICER"));
        PetitionReceivedEvent received = EnvelopeCodec.payload(first, PetitionReceivedEvent.class);
        assertThat(received.hasPetitioner()).isTrue();
        assertThat(received.enteredOnBehalfBy()).isEqualTo("u-can-bo-ba-ria");
        assertThat(received.attachments()).hasSize(1);
        assertThat(EnvelopeCodec.decode(records.get(1).value()).actor()).isEqualTo(new Actor("u-xu-ly-don-ba-ria", "PETITION_HANDLER"));
    }

    @Test
    void theIdentityIsShownOnlyToTheHandlerOfThePetitionAndEveryRevealIsRecorded() throws Exception {
        Http http = http();
        String id = receive(OFFICER, "26560");
        // before anyone handles it, even a petition handler sees it masked
        JsonNode unhandled = http.await(HANDLER, "/api/petitions/" + id, v -> !v.get("petition").isNull());
        assertThat(unhandled.at("/petitioner/fullName").asText()).isEqualTo(HIDDEN);
        assertThat(reveals(id)).isZero();

        ok(http.post(HANDLER, "/api/petitions/" + id + "/classification", Map.of("topic", "LAND")), 200);
        JsonNode handled = http.await(HANDLER, "/api/petitions/" + id,
                v -> v.at("/petition/handlers").toString().contains("u-xu-ly-don-ba-ria"));
        assertThat(handled.at("/petitioner/fullName").asText()).isEqualTo(TestPersonalData.PETITIONER_NAME);
        assertThat(handled.at("/petitioner/phone").asText()).isEqualTo(TestPersonalData.PHONE_DIGITS);
        assertThat(handled.at("/petitioner/idNumber").asText()).isEqualTo(TestPersonalData.CITIZEN_ID);
        long revealed = reveals(id);
        assertThat(revealed).isEqualTo(5); // name, phone, ID number, address, e-mail: one record each
        assertThat(jdbc.queryForList("select distinct user_id from personal_data_reveal where subject = ?", String.class, id))
                .containsExactly("u-xu-ly-don-ba-ria");

        for (String account : List.of(OFFICER, "lanh-dao-ba-ria", "kiem-tra-hcm", "trung-uong", "can-bo-hcm",
                "ban-cong-tac-kp-phuoc-trung")) {
            var response = http.get(account, "/api/petitions/" + id);
            if (account.equals("ban-cong-tac-kp-phuoc-trung")) {
                assertProblem(response, 404, "unit-not-found"); // the committee covers only its own area
                continue;
            }
            JsonNode masked = ok(response, 200);
            assertThat(masked.at("/petitioner/fullName").asText()).as(account).isEqualTo(HIDDEN);
            assertThat(masked.at("/petitioner/phone").asText()).as(account).isEqualTo(HIDDEN);
            assertThat(masked.toString()).as(account).doesNotContain(TestPersonalData.PETITIONER_NAME)
                    .doesNotContain(TestPersonalData.CITIZEN_ID);
        }
        assertThat(reveals(id)).isEqualTo(revealed);
        // lists never carry identities
        JsonNode list = ok(http.get(HANDLER, "/api/petitions?unit=26560&size=200"), 200);
        assertThat(list.toString()).contains(id).doesNotContain(TestPersonalData.PETITIONER_NAME);

        // erasure: the identity is gone, the petition stays
        ok(http.as(HANDLER).delete("/api/petitions/" + id + "/petitioner"), 204);
        assertThat(ok(http.get(HANDLER, "/api/petitions/" + id), 200).get("petitioner").isNull()).isTrue();
    }

    @Test
    void territoryRolesAndBadInputAreRefusedAndStoreNothing() throws Exception {
        Http http = http();
        String id = receive(OFFICER, "26560");
        long before = storedEvents();
        long identities = jdbc.queryForObject("select count(*) from petitioner", Long.class);
        assertProblem(http.post("can-bo-cao-bang", "/api/petitions", intake("26560", false, true)), 404, "unit-not-found");
        assertProblem(http.post("can-bo-ba-ria", "/api/petitions", intake("26506", false, true)), 404, "unit-not-found");
        assertProblem(http.post("can-bo-ba-ria", "/api/petitions", intake("99999", false, true)), 404, "unit-not-found");
        assertProblem(http.post("lanh-dao-ba-ria", "/api/petitions", intake("26560", false, true)), 403, "forbidden");
        assertProblem(http.post("kiem-tra-hcm", "/api/petitions/" + id + "/classification", Map.of("topic", "LAND")), 403, "forbidden");
        assertProblem(http.post(null, "/api/petitions", intake("26560", false, true)), 401, "unauthorized");
        assertProblem(http.post(OFFICER, "/api/petitions", "{\"unitCode\":"), 400, "malformed-json"); // sent as written
        assertProblem(http.post(OFFICER, "/api/petitions", intake("26560", true, true)), 422, "anonymous-with-identity");
        assertProblem(http.post(OFFICER, "/api/petitions", with(intake("26560", false, true), "topic", "WEATHER")), 422, "unknown-topic");
        assertProblem(http.post(OFFICER, "/api/petitions", with(intake("26560", false, true), "channel", "PIGEON")), 400, "invalid-field-value");
        assertProblem(http.post(OFFICER, "/api/petitions", with(intake("26560", false, true), "channel", "CONFERENCE_OPINION")), 422, "use-conference-endpoint");
        assertProblem(http.get("can-bo-cao-bang", "/api/petitions/" + id), 404, "unit-not-found");
        assertProblem(http.get(OFFICER, "/api/petitions/PA-26560-NOSUCH00"), 404, "unit-not-found");
        assertProblem(http.post(HANDLER, "/api/petitions/PA-26560-NOSUCH00/classification", Map.of("topic", "LAND")), 404, "unit-not-found");
        assertProblem(http.get("can-bo-cao-bang", "/api/petitions?unit=26560"), 404, "unit-not-found");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from petitioner", Long.class)).isEqualTo(identities);
    }

    @Test
    void aConferenceOpinionKeepsItsProvenanceAndListsPage() throws Exception {
        Http http = http();
        JsonNode created = ok(http.post(OFFICER, "/api/conference-opinions/petitions", Map.of("unitCode", "26560",
                "topic", "INFRASTRUCTURE", "subject", "Đèn đường", "content", "Đề nghị lắp đèn đường hẻm 5", "anonymous", true,
                "conference", Map.of("conferenceId", "HN-26560-2026-11", "title", "Tiếp xúc cử tri", "heldOn", "2026-11-01",
                        "opinionRef", "YK-07"))), 201);
        String id = created.get("petitionId").asText();
        JsonNode view = http.await(OFFICER, "/api/petitions/" + id, v -> !v.get("petition").isNull());
        assertThat(view.at("/petition/channel").asText()).isEqualTo("CONFERENCE_OPINION");
        assertThat(view.at("/petition/conference/conferenceId").asText()).isEqualTo("HN-26560-2026-11");
        assertThat(view.at("/petition/conference/opinionRef").asText()).isEqualTo("YK-07");
        assertThat(view.get("petitioner").isNull()).isTrue();
        assertProblem(http.post(OFFICER, "/api/conference-opinions/petitions", Map.of("unitCode", "26560", "subject", "a",
                "content", "b")), 400, "validation-failed");

        receive(OFFICER, "26560");
        JsonNode page = http.await(OFFICER, "/api/petitions?unit=26560&page=0&size=1", p -> p.get("total").asLong() >= 2);
        assertThat(page.get("items")).hasSize(1);
        JsonNode province = http.await("lanh-dao-hcm", "/api/petitions?unit=79&size=200", p -> p.toString().contains(id));
        assertThat(province.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode taxonomy = ok(http.get("lanh-dao-ha-noi", "/api/feedback/taxonomy"), 200);
        assertThat(taxonomy.get("topics")).hasSize(8);
        assertThat(taxonomy.toString()).contains("Đất đai").contains("Officials' conduct");
    }

    @Test
    void duplicatesAreMergedIntoASurvivorAndAPetitionIsSplit() throws Exception {
        Http http = http();
        String survivor = receive(OFFICER, "26560");
        String duplicate = receive(OFFICER, "26560-KP01");
        http.await(HANDLER, "/api/petitions/" + duplicate, v -> !v.get("petition").isNull());
        ok(http.post(HANDLER, "/api/petitions/" + survivor + "/merge",
                Map.of("duplicateIds", List.of(duplicate), "reason", "Cùng nội dung")), 200);
        JsonNode merged = http.await(HANDLER, "/api/petitions/" + duplicate, v -> "MERGED".equals(v.at("/petition/status").asText()));
        assertThat(merged.at("/petition/survivorId").asText()).isEqualTo(survivor);
        JsonNode kept = http.await(HANDLER, "/api/petitions/" + survivor, v -> v.at("/petition/duplicateIds").size() == 1);
        assertThat(kept.at("/petition/duplicateIds/0").asText()).isEqualTo(duplicate);
        assertProblem(http.post(HANDLER, "/api/petitions/" + survivor + "/merge",
                Map.of("duplicateIds", List.of(duplicate), "reason", "lần nữa")), 409, "invalid-transition");
        assertProblem(http.post(HANDLER, "/api/petitions/" + survivor + "/merge",
                Map.of("duplicateIds", List.of(survivor), "reason", "x")), 422, "merge-into-itself");

        String original = receive(OFFICER, "26560");
        http.await(HANDLER, "/api/petitions/" + original, v -> !v.get("petition").isNull());
        JsonNode parts = ok(http.post(HANDLER, "/api/petitions/" + original + "/split", Map.of("reason", "Hai nội dung",
                "parts", List.of(Map.of("subject", "Lối đi", "content", "Lấn chiếm lối đi"),
                        Map.of("topic", "ENVIRONMENT", "subject", "Rác", "content", "Đổ rác bừa bãi")))), 201);
        assertThat(parts).hasSize(2);
        String part = parts.get(1).get("petitionId").asText();
        JsonNode partView = http.await(OFFICER, "/api/petitions/" + part, v -> !v.get("petition").isNull());
        assertThat(partView.at("/petition/splitFrom").asText()).isEqualTo(original);
        assertThat(partView.at("/petition/topic").asText()).isEqualTo("ENVIRONMENT");
        JsonNode split = http.await(OFFICER, "/api/petitions/" + original, v -> "SPLIT".equals(v.at("/petition/status").asText()));
        assertThat(split.at("/petition/partIds")).hasSize(2);
        assertProblem(http.post(HANDLER, "/api/petitions/" + original + "/split",
                Map.of("reason", "x", "parts", List.of(Map.of("subject", "a", "content", "b")))), 400, "validation-failed");
    }

    @Test
    void aPetitionIsNotReceivedUnderAnAreaThatMembershipMergedAway() throws Exception {
        // membership publishes two areas of Phường Bà Rịa and the merger of the first into the second
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String merged = "26560-FM" + suffix;
        String receiving = "26560-FR" + suffix;
        LocalDate registeredOn = LocalDate.of(2025, 8, 1);
        LocalDate mergedOn = LocalDate.of(2025, 12, 1);
        TopicRecords.send(bootstrap, MEMBERSHIP_TOPIC, Stream.of(
                areaFact(merged, 0, registeredOn, new ResidentialAreaRegisteredEvent(merged, "26560", "Khu phố Sáp Nhập",
                        ResidentialAreaKind.KHU_PHO, registeredOn)),
                areaFact(receiving, 0, registeredOn, new ResidentialAreaRegisteredEvent(receiving, "26560", "Khu phố Nhận",
                        ResidentialAreaKind.KHU_PHO, registeredOn)),
                areaFact(merged, 1, mergedOn, new ResidentialAreaMergedEvent(merged, "26560", receiving, List.of(merged),
                        mergedOn, "12/QĐ-UBND")))
                .map(fact -> Map.entry(fact.aggregateId(), EnvelopeCodec.encode(fact))).toList());
        // (the merger closes the area at once but links it to the receiving one only once that area's registration,
        // on another partition, is in the tree: the refusal names what the area became, so the link is awaited too)
        await("the territory feed to apply membership's facts").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> territory.unit(receiving, territory.today()).isPresent()
                        && territory.unit(merged, territory.today()).isEmpty()
                        && territory.unit(merged, mergedOn.minusDays(1)).isPresent()
                        && territory.currentSuccessors(merged, mergedOn.minusDays(1)).contains(receiving));

        JsonNode refused = assertProblem(http().post(OFFICER, "/api/petitions", intake(merged, true, false)), 422, "unit-closed");
        assertThat(refused.toString()).contains(receiving + " (Khu phố Nhận)");
        ok(http().post(OFFICER, "/api/petitions", intake(receiving, true, false)), 201);
        // an area membership has not told of (yet) is still received under its commune
        ok(http().post(OFFICER, "/api/petitions", intake("26560-KP" + suffix, true, false)), 201);
    }

    static EventEnvelope areaFact(String areaCode, long sequence, LocalDate on, DomainEvent event) {
        return EnvelopeCodec.envelope(UUID.nameUUIDFromBytes((areaCode + "#" + sequence).getBytes(StandardCharsets.UTF_8)),
                "ResidentialArea", areaCode, sequence, on.atStartOfDay(Territory.ZONE).toInstant(), Actor.SYSTEM, null, event);
    }

    @Test
    void aMergeRefusedHalfWayMergesNothing() throws Exception {
        Http http = http();
        String survivor = receive(OFFICER, "26560");
        String open = receive(OFFICER, "26560");
        String withdrawn = receive(OFFICER, "26560");
        ok(http.post(OFFICER, "/api/petitions/" + withdrawn + "/withdrawal", Map.of("reason", "Công dân rút đơn")), 200);
        http.await(HANDLER, "/api/petitions/" + withdrawn, v -> "WITHDRAWN".equals(v.at("/petition/status").asText()));
        // the query model has not caught up yet (as right after the withdrawal): only the aggregate can refuse,
        // after the first duplicate was already marked
        mongo.getCollection(PetitionProjection.PETITIONS).deleteOne(Filters.eq("_id", withdrawn));
        assertProblem(http.post(HANDLER, "/api/petitions/" + survivor + "/merge",
                Map.of("duplicateIds", List.of(open, withdrawn), "reason", "Cùng nội dung")), 409, "invalid-transition");
        assertThat(eventTypes(open)).containsExactly("PetitionReceivedEvent");
        assertThat(eventTypes(survivor)).containsExactly("PetitionReceivedEvent");
        // the chain of the rolled-back petition is intact: its next step is linked to its stored events
        ok(http.post(HANDLER, "/api/petitions/" + survivor + "/merge",
                Map.of("duplicateIds", List.of(open), "reason", "Cùng nội dung")), 200);
        assertThat(eventTypes(open)).containsExactly("PetitionReceivedEvent", "PetitionMergedIntoEvent");
        assertThat(jdbc.queryForObject("select count(*) from audit_chain where aggregate_id = ?", Long.class, open))
                .isEqualTo(2L);
    }

    List<String> eventTypes(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, aggregateId).stream()
                .map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
    }

    long reveals(String id) {
        return jdbc.queryForObject("select count(*) from personal_data_reveal where subject = ?", Long.class, id);
    }
}
