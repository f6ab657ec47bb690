package vn.doanket.feedback.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.feedback.escalation.EscalationScanner;
import vn.doanket.feedback.command.MutableClock;
import vn.doanket.territory.Territory;
import vn.doanket.testing.LocalInfrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.doanket.feedback.web.Http.assertProblem;
import static vn.doanket.feedback.web.Http.ok;

/**
 * Acceptance (issue 11, "recording the past"), through HTTP on the real PostgreSQL event store, Kafka, the
 * MongoDB stand-in and real tokens, with the service's clock moved by hand: a petition received on Monday
 * 16 January 2023 and forwarded on Tuesday 17 January 2023 with 10 working days gets the deadline 7 February
 * 2023 (Tết Quý Mão and weekends skipped), is escalated exactly once to the level above, and a
 * second scan changes nothing; the same petition entered today is marked recorded late (and, already overdue,
 * escalated once by the next scan). Also the deadline preview.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=feedback",
        "doanket.axon.publisher.topic=test.feedback-past.events",
        "doanket.feedback.escalation.enabled=true",
        "doanket.feedback.escalation.interval=1h",
        "doanket.feedback.escalation.initial-delay=1h",
        "doanket.membership.territory.topic=test.feedback-past.membership.events"})
@LocalInfrastructure
class PastDatesApiTest {

    static final String OFFICER = "can-bo-ba-ria";
    static final String HANDLER = "xu-ly-don-ba-ria";
    static final LocalDate RECEIVED = LocalDate.of(2023, 1, 16);
    static final LocalDate FORWARDED = LocalDate.of(2023, 1, 17);
    static final LocalDate DEADLINE = LocalDate.of(2023, 2, 7);
    static final MutableClock CLOCK = new MutableClock(LocalDate.now(Territory.ZONE).atTime(9, 0)
            .atZone(Territory.ZONE).toInstant(), Territory.ZONE);

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfig {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EscalationScanner scanner;

    Http http() {
        return new Http(port);
    }

    static Map<String, Object> intake(LocalDate receivedOn) {
        return intake("26560", receivedOn);
    }

    /** An anonymous petition about {@code unit}, received on {@code receivedOn} (today when {@code null}). */
    static Map<String, Object> intake(String unit, LocalDate receivedOn) {
        Map<String, Object> intake = new LinkedHashMap<>(Map.of("unitCode", unit, "channel", "DIRECT_VISIT",
                "topic", "INFRASTRUCTURE", "subject", "Ngập nước", "content", "Đường ngập sau mưa", "anonymous", true));
        if (receivedOn != null) {
            intake.put("receivedOn", receivedOn);
        }
        return intake;
    }

    /** Forwarding with 10 working days on {@code forwardedOn}: a {@code LocalDate}, or a text that is no date. */
    static Map<String, Object> forwarding(Object forwardedOn) {
        return Map.of("bodyId", "26560:PEOPLES_COMMITTEE", "workingDays", 10, "forwardedOn", forwardedOn);
    }

    /** Receives, classifies and forwards the acceptance petition; the clock stays where the caller set it. */
    String receiveClassifyForward(Http http) throws Exception {
        String id = ok(http.post(OFFICER, "/api/petitions", intake(RECEIVED)), 201).get("petitionId").asText();
        ok(http.post(HANDLER, "/api/petitions/" + id + "/classification", Map.of("topic", "INFRASTRUCTURE")), 200);
        return id;
    }

    long escalations(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, id, "%PetitionEscalatedEvent");
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    void awaitDeadlineRow(String id, LocalDate deadline) {
        await("the deadline row " + deadline + " of " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForList("select deadline from petition_deadline where petition_id = ?", LocalDate.class, id),
                        rows -> rows.equals(List.of(deadline)));
    }

    @Test
    void enteredOnTimeIn2023TheDeadlineSkipsTetAndTheScanEscalatesExactlyOnce() throws Exception {
        Http http = http();
        CLOCK.setDay(RECEIVED);
        String id = receiveClassifyForward(http);
        CLOCK.setDay(FORWARDED);
        ok(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", forwarding(FORWARDED)), 200);
        JsonNode forwarded = http.await(HANDLER, "/api/petitions/" + id, p -> "FORWARDED".equals(p.path("petition").path("status").asText())).get("petition");
        assertThat(forwarded.get("receivedOn").asText()).isEqualTo("2023-01-16");
        assertThat(forwarded.get("forwardedOn").asText()).isEqualTo("2023-01-17");
        assertThat(forwarded.get("deadline").asText()).isEqualTo("2023-02-07");
        assertThat(forwarded.get("recordedLate").asBoolean()).isFalse();
        awaitDeadlineRow(id, DEADLINE);

        CLOCK.setDay(DEADLINE); // the last day: not overdue yet
        scanner.scan();
        assertThat(escalations(id)).isZero();

        CLOCK.setDay(DEADLINE.plusDays(1));
        scanner.scan();
        assertThat(escalations(id)).isEqualTo(1);
        JsonNode escalated = http.await(HANDLER, "/api/petitions/" + id, p -> p.path("petition").path("escalations").size() == 1).get("petition");
        // the level above on the map of 2023: Phường Phước Trung (26560) belonged to Bà Rịa–Vũng Tàu (77)
        assertThat(escalated.get("level").asText()).isEqualTo("PROVINCE");
        assertThat(escalated.get("handlingUnit").asText()).isEqualTo("77");
        JsonNode escalation = escalated.get("escalations").get(0);
        assertThat(escalation.get("fromLevel").asText()).isEqualTo("COMMUNE");
        assertThat(escalation.get("missedDeadline").asText()).isEqualTo("2023-02-07");
        assertThat(escalation.get("escalatedOn").asText()).isEqualTo("2023-02-08");
        assertThat(escalation.get("reason").asText()).isEqualTo("OVERDUE");

        // a second scan changes nothing
        long before = storedEvents();
        scanner.scan();
        assertThat(escalations(id)).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theSamePetitionEnteredTodayIsRecordedLateAndEscalatedOnce() throws Exception {
        Http http = http();
        LocalDate today = LocalDate.now(Territory.ZONE);
        CLOCK.setDay(today);
        String id = receiveClassifyForward(http);
        ok(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", forwarding(FORWARDED)), 200);
        JsonNode forwarded = http.await(HANDLER, "/api/petitions/" + id,
                p -> "FORWARDED".equals(p.path("petition").path("status").asText())).get("petition");
        assertThat(forwarded.get("deadline").asText()).isEqualTo("2023-02-07");
        assertThat(forwarded.get("recordedLate").asBoolean()).isTrue();
        // the scan (of today) escalates it once
        awaitDeadlineRow(id, DEADLINE);
        scanner.scan();
        assertThat(escalations(id)).isEqualTo(1);
        JsonNode late = http.await(HANDLER, "/api/petitions/" + id, p -> p.path("petition").path("escalations").size() == 1).get("petition");
        assertThat(late.get("receivedOn").asText()).isEqualTo("2023-01-16");
        assertThat(late.get("recordedOn").asText()).isEqualTo(today.toString());
        assertThat(late.get("recordedLate").asBoolean()).isTrue();
        assertThat(late.get("forwardingRecordedLate").asBoolean()).isTrue();
        assertThat(late.get("forwardedOn").asText()).isEqualTo("2023-01-17");
        // to the level above on today's map: Hồ Chí Minh City (79), with a new deadline counted from today
        assertThat(late.get("level").asText()).isEqualTo("PROVINCE");
        assertThat(late.get("handlingUnit").asText()).isEqualTo("79");
        JsonNode escalation = late.get("escalations").get(0);
        assertThat(escalation.get("missedDeadline").asText()).isEqualTo("2023-02-07");
        assertThat(escalation.get("escalatedOn").asText()).isEqualTo(today.toString());
        assertThat(escalation.get("reason").asText()).isEqualTo("OVERDUE_WHEN_RECORDED");
        assertThat(LocalDate.parse(late.get("deadline").asText())).isAfter(today);
        assertThat(escalations(id)).isEqualTo(1);
        // the list shows it as recorded late too
        JsonNode list = ok(http.get(OFFICER, "/api/petitions?unit=26560&status=FORWARDED&page=0&size=200"), 200);
        assertThat(list.toString()).contains(id);

        // a second scan changes nothing: the missed deadline was escalated, the new one is not due
        awaitDeadlineRow(id, LocalDate.parse(late.get("deadline").asText()));
        long before = storedEvents();
        scanner.scan();
        assertThat(escalations(id)).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void futureDatesAndDatesBeforeReceiptAreRefusedWithReasonsAndStoreNothing() throws Exception {
        Http http = http();
        LocalDate today = LocalDate.now(Territory.ZONE);
        CLOCK.setDay(today);
        long before = storedEvents();
        JsonNode future = assertProblem(http.post(OFFICER, "/api/petitions", intake(today.plusDays(1))), 422,
                "date-in-future");
        assertThat(future.get("detail").asText()).contains(today.plusDays(1).toString());
        // a pre-2025 commune after the reform: refused, naming what it became
        JsonNode closed = assertProblem(http.post(OFFICER, "/api/petitions",
                intake("26548", LocalDate.of(2025, 8, 1))), 422, "unit-closed");
        assertThat(closed.get("detail_vi").asText()).contains("26560");
        assertThat(storedEvents()).isEqualTo(before);

        String id = receiveClassifyForward(http);
        long received = storedEvents();
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", forwarding(today.plusDays(1))), 422,
                "date-in-future");
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/forwarding", forwarding(RECEIVED.minusDays(1))), 422,
                "before-receipt");
        assertProblem(http.post(HANDLER, "/api/petitions/" + id + "/forwarding",
                forwarding("2023-02-30")), 400, "invalid-field-value");
        assertThat(storedEvents()).isEqualTo(received);

        // a pre-2025 commune in 2023 is accepted under that commune (in the officer's scope through its lineage)
        ok(http.post(OFFICER, "/api/petitions", intake("26548", RECEIVED)), 201);
    }

    @Test
    void theDeadlinePreviewSkipsTetAndWeekendsAndValidatesItsInput() throws Exception {
        Http http = http();
        JsonNode preview = ok(http.get(OFFICER, "/api/deadlines/preview?from=2023-01-17&workingDays=10"), 200);
        assertThat(preview.get("deadline").asText()).isEqualTo("2023-02-07");
        assertThat(preview.get("calendarDays").asInt()).isEqualTo(21);
        // 21 days: 10 working, 7 days of Tết (20–26 Jan, incl. one weekend) and 4 other weekend days
        assertThat(preview.get("skippedDays").asInt()).isEqualTo(11);
        assertThat(preview.get("holidayDays").asInt() + preview.get("weekendDays").asInt()
                + preview.get("swappedDaysOff").asInt()).isEqualTo(11);
        assertThat(preview.get("holidays").toString()).contains("2023-01-23", "2023-01-25", "Tết Nguyên Đán", "Lunar New Year");
        ok(http.get(HANDLER, "/api/deadlines/preview?from=2027-01-29&workingDays=15"), 200);

        assertProblem(http.get(OFFICER, "/api/deadlines/preview?from=2023-02-30&workingDays=10"), 400, "invalid-parameter");
        assertProblem(http.get(OFFICER, "/api/deadlines/preview?from=2023-01-17&workingDays=0"), 400, "invalid-working-days");
        assertProblem(http.get(OFFICER, "/api/deadlines/preview?from=2023-01-17&workingDays=366"), 400, "invalid-working-days");
        assertProblem(http.get(OFFICER, "/api/deadlines/preview?from=2018-12-01&workingDays=10"), 400, "date-outside-calendar");
        assertThat(http.get(null, "/api/deadlines/preview?from=2023-01-17&workingDays=10").status()).isEqualTo(401);
        JsonNode api = ok(http.get(OFFICER, "/v3/api-docs"), 200);
        assertThat(api.get("paths").has("/api/deadlines/preview")).isTrue();
    }
}
