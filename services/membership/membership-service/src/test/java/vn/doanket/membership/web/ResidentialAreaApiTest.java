package vn.doanket.membership.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EnvelopeHeaders;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.RegisterResidentialAreaCommand;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.http.TestHttp;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTP → command → PostgreSQL event store → publisher → Kafka, on the real infrastructure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=membership",
        "doanket.axon.publisher.topic=test.membership-api.events"})
@LocalInfrastructure
class ResidentialAreaApiTest {

    static final String TOPIC = "test.membership-api.events";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandSender commands;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void registrationIsStoredAndPublishedWithTheEnvelope() throws Exception {
        TestHttp.Response response = post(Map.of("communeCode", "26560", "name", "Khu phố Phước Trung", "kind", "KHU_PHO"),
                Map.of("X-Request-Id", "req-registration-1"));
        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String areaCode = body.get("areaCode").asText();
        assertThat(areaCode).matches("26560-[A-Z2-9]{8}");
        assertThat(body.get("name").asText()).isEqualTo("Khu phố Phước Trung");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, areaCode)).isEqualTo(1L);

        ConsumerRecord<String, byte[]> record = awaitRecord(areaCode);
        EventEnvelope envelope = EnvelopeCodec.decode(record.value());
        assertThat(record.key()).isEqualTo(areaCode);
        assertThat(envelope.eventType()).isEqualTo("ResidentialAreaRegistered");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(envelope.aggregateType()).isEqualTo("ResidentialArea");
        assertThat(envelope.aggregateId()).isEqualTo(areaCode);
        assertThat(envelope.sequence()).isZero();
        assertThat(envelope.unitCode()).isEqualTo("26560");
        assertThat(envelope.actor()).isEqualTo(new Actor("u-quan-tri", "ADMINISTRATOR"));
        assertThat(envelope.traceId()).isEqualTo("req-registration-1");
        assertThat(new String(record.headers().lastHeader(EnvelopeHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("ResidentialAreaRegistered");
        assertThat(new String(record.headers().lastHeader(EnvelopeHeaders.EVENT_ID).value(), StandardCharsets.UTF_8))
                .isEqualTo(envelope.eventId().toString());
        String storedEventId = jdbc.queryForObject(
                "select event_identifier from domain_event_entry where aggregate_identifier = ?", String.class, areaCode);
        assertThat(envelope.eventId()).isEqualTo(UUID.fromString(storedEventId));
        ResidentialAreaRegisteredEvent event = EnvelopeCodec.payload(envelope, ResidentialAreaRegisteredEvent.class);
        assertThat(event.kind()).isEqualTo(ResidentialAreaKind.KHU_PHO);
    }

    @Test
    void anOfficerRegistersInTheirOwnCommuneAndTheEventRecordsThemAsActor() throws Exception {
        TestHttp.Response response = postAs("can-bo-ba-ria",
                Map.of("communeCode", "26560", "name", "Khu phố Kim Dinh", "kind", "KHU_PHO"), Map.of());
        assertThat(response.status()).isEqualTo(201);
        String areaCode = response.json().get("areaCode").asText();
        EventEnvelope envelope = EnvelopeCodec.decode(awaitRecord(areaCode).value());
        assertThat(envelope.actor()).isEqualTo(new Actor("u-can-bo-ba-ria", "OFFICER"));
        // the province's officer covers the commune as well
        assertThat(postAs("can-bo-hcm", Map.of("communeCode", "26560", "name", "Khu phố 10", "kind", "KHU_PHO"),
                Map.of()).status()).isEqualTo(201);
    }

    @Test
    void outsideTheCallersTerritoryIsAnsweredLikeAMissingUnitAndStoresNothing() throws Exception {
        long before = storedEvents();
        Map<String, Object> body = Map.of("communeCode", "26560", "name", "Thôn 1", "kind", "THON");
        JsonNode outOfScope = assertProblem(postAs("can-bo-cao-bang", body, Map.of()), 404, "unit-not-found");
        // a sibling commune's officer neither
        assertProblem(postAs("can-bo-ba-ria", Map.of("communeCode", "26506", "name", "Thôn 1", "kind", "THON"),
                Map.of()), 404, "unit-not-found");
        JsonNode missing = assertProblem(postAs("can-bo-cao-bang",
                Map.of("communeCode", "99999", "name", "Thôn 1", "kind", "THON"), Map.of()), 404, "unit-not-found");
        assertThat(outOfScope.get("detail").asText()).isEqualTo(missing.get("detail").asText());
        assertThat(outOfScope.get("detail_vi").asText()).isEqualTo(missing.get("detail_vi").asText());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotRegisterIsForbiddenAndStoresNothing() throws Exception {
        long before = storedEvents();
        Map<String, Object> body = Map.of("communeCode", "26560", "name", "Thôn 1", "kind", "THON");
        assertProblem(postAs("lanh-dao-ba-ria", body, Map.of()), 403, "forbidden");
        assertProblem(postAs("ban-cong-tac-kp-phuoc-trung", body, Map.of()), 403, "forbidden");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void withoutAValidTokenIsA401() throws Exception {
        long before = storedEvents();
        Map<String, Object> body = Map.of("communeCode", "26560", "name", "Thôn 1", "kind", "THON");
        TestHttp.Response none = postAs(null, body, Map.of());
        assertProblem(none, 401, "unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        String token = SharedInfrastructure.get().identity().token("can-bo-ba-ria");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertProblem(postAs(null, body, Map.of("Authorization", "Bearer " + tampered)), 401, "unauthorized");
        assertProblem(postAs(null, body, Map.of("Authorization", "Bearer not-a-jwt")), 401, "unauthorized");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400ProblemInBothLanguagesAndStoresNothing() throws Exception {
        long before = storedEvents();
        // malformed on purpose: sent as written
        TestHttp.Response response = post("{\"communeCode\":\"26560\",", Map.of());
        assertProblem(response, 400, "malformed-json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMissingFieldIsA400ProblemNamingTheFieldAndStoresNothing() throws Exception {
        long before = storedEvents();
        TestHttp.Response response = post(Map.of("communeCode", "26560", "kind", "THON"), Map.of());
        JsonNode problem = assertProblem(response, 400, "validation-failed");
        assertThat(problem.get("errors").toString()).contains("\"field\":\"name\"");
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("message_vi").asText()).isNotBlank();
        assertThat(error.get("message_en").asText()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownUnitCodeIsA404ProblemForEveryoneAndStoresNothing() throws Exception {
        long before = storedEvents();
        // even the national administrator: an unknown unit gets one answer whoever asks (the aggregate's own
        // 422 rule is the second line of defence, covered by ResidentialAreaTest)
        TestHttp.Response response = post(Map.of("communeCode", "99999", "name", "Thôn 1", "kind", "THON"), Map.of());
        JsonNode problem = assertProblem(response, 404, "unit-not-found");
        assertThat(problem.get("detail_vi").asText()).contains("Không tìm thấy");
        assertThat(problem.get("detail").asText()).contains("No such administrative unit");
        // a commune of the former Bà Rịa city that merged away on 1 July 2025: today it is refused naming what it
        // became (for those whose territory it was), and outside the caller's territory it is a missing unit
        JsonNode closed = assertProblem(post(Map.of("communeCode", "26554", "name", "Thôn 1", "kind", "THON"),
                Map.of()), 422, "commune-closed");
        assertThat(closed.get("detail_vi").asText()).contains("26560 (Phường Bà Rịa)");
        assertThat(closed.get("detail").asText()).contains("26560 (Phường Bà Rịa)");
        assertProblem(postAs("can-bo-ba-ria", Map.of("communeCode", "26554", "name", "Thôn 1", "kind", "THON"),
                Map.of()), 422, "commune-closed");
        assertProblem(postAs("can-bo-cao-bang", Map.of("communeCode", "26554", "name", "Thôn 1", "kind", "THON"),
                Map.of()), 404, "unit-not-found");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anAreaIsRegisteredAsOfAPastDayUnderTheCommuneOfThatDay() throws Exception {
        // Phường Phước Hưng (26548) of the former Bà Rịa city, in 2023: within Phường Bà Rịa's officer's territory
        JsonNode old = postAs("can-bo-ba-ria", Map.of("communeCode", "26548", "name", "Khu phố 3", "kind", "KHU_PHO",
                "registeredOn", "2023-03-01"), Map.of()).expect(201).json();
        assertThat(old.get("areaCode").asText()).startsWith("26548-");
        assertThat(old.get("registeredOn").asText()).isEqualTo("2023-03-01");
        assertThat(old.get("communeName").asText()).isEqualTo("Phường Phước Hưng");
        EventEnvelope envelope = EnvelopeCodec.decode(awaitRecord(old.get("areaCode").asText()).value());
        assertThat(envelope.unitCode()).isEqualTo("26548");
        // the code 26560 denoted Phường Phước Trung before 1 July 2025
        JsonNode reused = postAs("can-bo-ba-ria", Map.of("communeCode", "26560", "name", "Khu phố 4", "kind", "KHU_PHO",
                "registeredOn", "2024-05-01"), Map.of()).expect(201).json();
        assertThat(reused.get("communeName").asText()).isEqualTo("Phường Phước Trung");

        long before = storedEvents();
        // outside the caller's territory on that day: a missing unit
        assertProblem(postAs("can-bo-cao-bang", Map.of("communeCode", "26548", "name", "Khu phố 3", "kind", "KHU_PHO",
                "registeredOn", "2023-03-01"), Map.of()), 404, "unit-not-found");
        // a commune of today's map before it took effect: refused, naming what was in force that day
        JsonNode notYet = assertProblem(post(Map.of("communeCode", "11948", "name", "Thôn 1", "kind", "THON",
                "registeredOn", "2024-01-01"), Map.of()), 422, "commune-not-yet-in-force");
        assertThat(notYet.get("detail_vi").asText()).contains("2025-07-01").contains("Bạch Long Vĩ");
        // a pre-2025 commune after the reform: refused, naming its successor
        JsonNode after = assertProblem(postAs("can-bo-ba-ria", Map.of("communeCode", "26548", "name", "Khu phố 3",
                "kind", "KHU_PHO", "registeredOn", "2025-07-01"), Map.of()), 422, "commune-closed");
        assertThat(after.get("detail").asText()).contains("26560 (Phường Bà Rịa)");
        // never in the future
        assertProblem(postAs("can-bo-ba-ria", Map.of("communeCode", "26560", "name", "Khu phố 5", "kind", "KHU_PHO",
                "registeredOn", LocalDate.now().plusDays(2)), Map.of()), 400, "validation-failed");
        assertThat(storedEvents()).isEqualTo(before);

        // its committee of the 2021–2026 term, established in 2023 with its real date
        String area = old.get("areaCode").asText();
        String committees = "/api/residential-areas/" + area + "/committees";
        Function<String, Map<String, Object>> establish = on -> Map.of("termStart", "2021-10-01", "termEnd", "2026-09-30",
                "plannedDeputies", 1, "minimumSize", 5, "decisionNumber", "12/QĐ-MTTQ", "establishedOn", on);
        // not before the area was registered
        JsonNode early = assertProblem(postTo("can-bo-ba-ria", committees, establish.apply("2023-02-28")), 422,
                "date-before-area");
        assertThat(early.get("detail").asText()).contains("2023-03-01");
        assertThat(storedEvents()).isEqualTo(before);
        JsonNode committee = postTo("can-bo-ba-ria", committees, establish.apply("2023-03-15")).expect(201).json();
        assertThat(committee.get("committeeId").asText()).isEqualTo(area + "/2021");
    }

    private TestHttp.Response postTo(String account, String path, Object body) {
        return http(account).post(path, body);
    }

    @Test
    void anUnknownKindIsA400Problem() throws Exception {
        long before = storedEvents();
        assertProblem(post(Map.of("communeCode", "26560", "name", "Thôn 1", "kind", "VILLAGE"), Map.of()), 400,
                "invalid-field-value");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void registeringTheSameAreaTwiceIsAConflictNotALostUpdate() {
        String code = "26560-DUPL" + (System.nanoTime() % 10_000);
        RegisterResidentialAreaCommand command = new RegisterResidentialAreaCommand(code, "26560", "Thôn Trùng",
                ResidentialAreaKind.THON, LocalDate.now());
        commands.send(command, Actor.SYSTEM);
        assertThatThrownBy(() -> commands.send(command, Actor.SYSTEM))
                .isInstanceOf(org.axonframework.modelling.command.AggregateStreamCreationException.class);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, code)).isEqualTo(1L);
    }

    @Test
    void aClientSuppliedAreaCodeIsKeptAndItsRepetitionIsA409() throws Exception {
        String code = "26560-KPAPI" + (System.nanoTime() % 100_000);
        Map<String, Object> body = Map.of("communeCode", "26560", "areaCode", code, "name", "Khu phố 9", "kind", "KHU_PHO");
        TestHttp.Response first = post(body, Map.of());
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("areaCode").asText()).isEqualTo(code);
        long before = storedEvents();
        assertProblem(post(body, Map.of()), 409, "already-exists");
        assertThat(storedEvents()).isEqualTo(before);
        // a code under another commune is rejected
        assertProblem(post(Map.of("communeCode", "26560", "areaCode", "00004-X1", "name", "Khu phố 9", "kind", "KHU_PHO"),
                Map.of()), 400, "invalid-area-code");
    }

    @Test
    void ruleViolationsKeepTheirTypeThroughTheCommandBus() {
        assertThatThrownBy(() -> commands.send(new RegisterResidentialAreaCommand("26560-AAAAAAAA", "26560", " ",
                ResidentialAreaKind.THON, LocalDate.now()), Actor.SYSTEM))
                .isInstanceOf(DomainException.class);
    }

    private JsonNode assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).isNotBlank().doesNotStartWith("problem.");
        assertThat(problem.get("title_vi").asText()).isNotBlank().doesNotStartWith("problem.");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("detail_vi").asText()).isNotBlank();
        return problem;
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** As the national administrator; {@code body} as {@link TestHttp} sends it (a {@code String} as written). */
    private TestHttp.Response post(Object body, Map<String, String> headers) {
        return postAs("quan-tri", body, headers);
    }

    private TestHttp.Response postAs(String account, Object body, Map<String, String> headers) {
        TestHttp http = http(account);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            http = http.header(header.getKey(), header.getValue());
        }
        return http.post("/api/residential-areas", body);
    }

    private TestHttp http(String account) {
        return TestHttp.to("http://127.0.0.1:" + port)
                .as(account == null ? null : SharedInfrastructure.get().identity().bearer(account));
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String key) {
        List<ConsumerRecord<String, byte[]>> found = TopicRecords.await(bootstrap, TOPIC, key, 1);
        assertThat(found).as("a record of " + key + " on " + TOPIC).isNotEmpty();
        return found.get(0);
    }
}
