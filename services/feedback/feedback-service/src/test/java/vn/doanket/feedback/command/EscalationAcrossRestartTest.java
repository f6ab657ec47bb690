package vn.doanket.feedback.command;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.axon.CommandSender;
import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.feedback.FeedbackApplication;
import vn.doanket.feedback.api.*;
import vn.doanket.feedback.escalation.EscalationScanner;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance: a petition forwarded the Friday before Tết Đinh Mùi (6 February 2027) with 15 working days is
 * not overdue when 15 weekdays have passed (Tết days don't count); with the clock moved past its real
 * deadline it escalates from the commune to its province exactly once — after the service was stopped and
 * started again on the same databases in between, and across a further restart.
 */
class EscalationAcrossRestartTest {

    static final LocalDate FORWARDED_ON = LocalDate.of(2027, 1, 29);
    static final int DAYS = 15; // INFRASTRUCTURE at commune level (feedback.yml)

    @Test
    void overdueEscalatesOnceToTheProvinceAcrossRestarts() throws Exception {
        SharedInfrastructure infra = SharedInfrastructure.get();
        Map<String, String> props = new LinkedHashMap<>(InfrastructureProperties.forNewContext("feedback_escalation"));
        props.putAll(infra.identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("doanket.axon.publisher.topic", "test.feedback-escalation.events");
        props.put("doanket.feedback.escalation.interval", "200ms");
        props.put("doanket.feedback.escalation.initial-delay", "100ms");
        MutableClock clock = new MutableClock(FORWARDED_ON.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);

        WorkingCalendar calendar = WorkingCalendar.official();
        LocalDate deadline = calendar.addWorkingDays(FORWARDED_ON, DAYS);
        LocalDate fifteenWeekdays = weekdaysAfter(FORWARDED_ON, DAYS);
        assertThat(deadline).as("Tết pushes the deadline back").isAfter(fifteenWeekdays);

        String id = "PA-26560-ESCALATE";
        try (ConfigurableApplicationContext first = start(props, clock)) {
            CommandSender commands = first.getBean(CommandSender.class);
            Actor handler = new Actor("u-xu-ly-don-ba-ria", "PETITION_HANDLER");
            commands.send(new ReceivePetitionCommand(id, "26560-KP01", Channel.PHONE, "INFRASTRUCTURE", "Ngập nước",
                    "Đường ngập sau mưa", true, null, "u-can-bo-ba-ria", FORWARDED_ON, List.of(), null, null, "26560"), handler);
            commands.send(new ClassifyPetitionCommand(id, "INFRASTRUCTURE", null, "u-xu-ly-don-ba-ria", null, "26560"), handler);
            commands.send(new ForwardPetitionCommand(id, new ResponsibleBody("26560:PEOPLES_COMMITTEE",
                    ResponsibleBodyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân Phường Bà Rịa", "26560"), null, FORWARDED_ON,
                    null, "26560"), handler);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            awaitDeadlineRow(jdbc, id, deadline);
            // 15 weekdays later, but inside the real deadline: nothing to escalate
            clock.setDay(fifteenWeekdays.plusDays(1));
            assertThat(first.getBean(EscalationScanner.class).scan()).isZero();
            clock.setDay(deadline);
            assertThat(first.getBean(EscalationScanner.class).scan()).isZero();
            assertThat(escalations(jdbc, id)).isZero();
        }

        // restarted, and the day after the deadline: the scheduled scan escalates by itself
        clock.setDay(deadline.plusDays(1));
        try (ConfigurableApplicationContext second = start(props, clock)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await("the scheduled scan to escalate").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> escalations(jdbc, id) > 0);
            assertThat(escalations(jdbc, id)).isEqualTo(1);
            stillOneEscalation(jdbc, id); // while several more scheduled scans run
            assertThat(second.getBean(EscalationScanner.class).scan()).isZero();
            assertThat(escalations(jdbc, id)).isEqualTo(1);
            PetitionEscalatedEvent escalated = EnvelopeCodec.mapper().readValue(jdbc.queryForObject(
                    "select payload from domain_event_entry where aggregate_identifier = ? and payload_type like ?",
                    byte[].class, id, "%PetitionEscalatedEvent"), PetitionEscalatedEvent.class);
            assertThat(escalated.fromLevel()).isEqualTo(HandlingLevel.COMMUNE);
            assertThat(escalated.fromUnit()).isEqualTo("26560");
            assertThat(escalated.toLevel()).isEqualTo(HandlingLevel.PROVINCE);
            assertThat(escalated.toUnit()).isEqualTo("79");
            assertThat(escalated.missedDeadline()).isEqualTo(deadline);
            assertThat(escalated.escalatedOn()).isEqualTo(deadline.plusDays(1));
            assertThat(escalated.newDeadline()).isEqualTo(calendar.addWorkingDays(deadline.plusDays(1), 30));
            assertThat(escalated.reason()).isEqualTo(EscalationReason.OVERDUE);
        }

        // and once more: a further restart does not escalate again
        try (ConfigurableApplicationContext third = start(props, clock)) {
            JdbcTemplate jdbc = third.getBean(JdbcTemplate.class);
            stillOneEscalation(jdbc, id); // while the restarted service's scheduled scans run
            assertThat(third.getBean(EscalationScanner.class).scan()).isZero();
            assertThat(escalations(jdbc, id)).isEqualTo(1);
        }
    }

    static ConfigurableApplicationContext start(Map<String, String> props, Clock clock) {
        return FeedbackApplication.builder()
                .initializers(context -> ((GenericApplicationContext) context).registerBean("testClock", Clock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                .run(InfrastructureProperties.asCommandLineArguments(props));
    }

    static long escalations(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, id, "%PetitionEscalatedEvent");
    }

    /** Exactly one escalation for a whole second (the scheduled scan runs every 200 ms). */
    static void stillOneEscalation(JdbcTemplate jdbc, String id) {
        await("no second escalation of " + id).during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> escalations(jdbc, id) == 1);
    }

    static void awaitDeadlineRow(JdbcTemplate jdbc, String id, LocalDate deadline) {
        List<LocalDate> rows = await("the deadline row of " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForList("select deadline from petition_deadline where petition_id = ?", LocalDate.class, id),
                        found -> !found.isEmpty());
        assertThat(rows.get(0)).isEqualTo(deadline);
    }

    static LocalDate weekdaysAfter(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
