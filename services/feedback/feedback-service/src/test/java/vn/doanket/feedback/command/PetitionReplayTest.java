package vn.doanket.feedback.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.*;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance (issue 12, item 4), through the real event store: a petition recorded before a reorganisation — its
 * events stored in the old format, without the handling level and unit — is replayed after the reorganisation took
 * effect and keeps the level and handling unit it had; intake writes the registry row with the first event, and a
 * refused intake writes neither.
 */
class PetitionReplayTest {

    static final LocalDate DAY = LocalDate.of(2027, 1, 29);
    static final String AREA = "26560-KP01";
    static final Actor OFFICER = new Actor("u-can-bo-ba-ria", "OFFICER");
    static final Actor HANDLER = new Actor("u-xu-ly-don-ba-ria", "PETITION_HANDLER");

    @Test
    void aPetitionStoredBeforeAReorganisationReplaysWithTheSameLevelAndHandlingUnit() throws Exception {
        SharedInfrastructure infra = SharedInfrastructure.get();
        Map<String, String> props = new LinkedHashMap<>(InfrastructureProperties.forNewContext("feedback_replay"));
        props.putAll(infra.identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("doanket.axon.publisher.topic", "test.feedback-replay.events");
        props.put("doanket.feedback.escalation.enabled", "false");
        MutableClock clock = new MutableClock(DAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);
        try (ConfigurableApplicationContext feedback = EscalationAcrossRestartTest.start(props, clock)) {
            PetitionService petitions = feedback.getBean(PetitionService.class);
            CommandSender commands = feedback.getBean(CommandSender.class);
            JdbcTemplate jdbc = feedback.getBean(JdbcTemplate.class);

            String id = petitions.receive(new ReceivePetitionCommand(null, AREA, Channel.PHONE, "LAND", "Lấn chiếm",
                    "Lấn chiếm lối đi chung", false, new PetitionerIdentity("Công dân mẫu", null, null, null, null),
                    "u-can-bo-ba-ria", DAY, List.of(), null, null, "26560"), OFFICER).petitionId();
            // the registry row and the identity are there with the first event (PetitionService, same transaction)
            assertThat(jdbc.queryForObject("select unit_code from petition_registry where petition_id = ?",
                    String.class, id)).isEqualTo(AREA);
            assertThat(jdbc.queryForObject("select full_name from petitioner where petition_id = ?", String.class, id))
                    .isEqualTo("Công dân mẫu");
            commands.send(new ClassifyPetitionCommand(id, "LAND", HandlingLevel.PROVINCE, null, null, "26560"), HANDLER);
            assertThat(stored(jdbc, id, 1, PetitionClassifiedEvent.class).handlingUnit()).isEqualTo("79");

            // the events as the service stored them before it recorded its decisions: no handling level or unit
            int rewritten = jdbc.update("update domain_event_entry set payload = convert_to(((convert_from(payload, "
                    + "'UTF8')::jsonb) - 'handlingLevel' - 'handlingUnit')::text, 'UTF8'), time_stamp = ? "
                    + "where aggregate_identifier = ?", DAY.atTime(9, 0).atZone(Territory.ZONE).toInstant().toString(), id);
            assertThat(rewritten).isEqualTo(2);
            assertThat(stored(jdbc, id, 0, PetitionReceivedEvent.class).handlingLevel()).isNull();
            assertThat(stored(jdbc, id, 1, PetitionClassifiedEvent.class).handlingUnit()).isNull();

            // a reorganisation is recorded afterwards and takes effect: today's map puts the ward under Đồng Nai (75)
            feedback.getBean(Territory.class).addReorganisation(PetitionTest.INTO_DONG_NAI);
            clock.setDay(PetitionTest.REORGANISED.plusDays(1));
            assertThat(feedback.getBean(FeedbackRules.class).handlingUnit(AREA, HandlingLevel.PROVINCE, DAY))
                    .as("today's map changed").isEqualTo("75");

            // replayed from the store (upcast on reading): the level and unit it had
            List<? extends DomainEventMessage<?>> events = feedback.getBean(EventStore.class).readEvents(id).asStream()
                    .toList();
            PetitionReceivedEvent received = (PetitionReceivedEvent) events.get(0).getPayload();
            assertThat(received.handlingLevel()).isEqualTo(HandlingLevel.COMMUNE);
            assertThat(received.handlingUnit()).isEqualTo("26560");
            assertThat(((PetitionClassifiedEvent) events.get(1).getPayload()).handlingUnit()).isEqualTo("79");

            // and the aggregate, loaded from those events, decides with them: a new topic keeps level and unit
            commands.send(new ClassifyPetitionCommand(id, "ENVIRONMENT", null, null, "Đổi lĩnh vực", "26560"), HANDLER);
            PetitionClassifiedEvent reclassified = stored(jdbc, id, 2, PetitionClassifiedEvent.class);
            assertThat(reclassified.level()).isEqualTo(HandlingLevel.PROVINCE);
            assertThat(reclassified.handlingUnit()).isEqualTo("79");

            // a refused intake writes neither the event nor the registry row
            String refused = PetitionService.newId(AREA);
            assertThatThrownBy(() -> petitions.receive(new ReceivePetitionCommand(refused, AREA, Channel.PHONE, "WEATHER",
                    "a", "b", true, null, null, null, List.of(), null, null, "26560"), OFFICER))
                    .isInstanceOf(DomainException.class).hasMessageContaining("unknown-unit"); // 26560 closed by then
            assertThat(jdbc.queryForObject("select count(*) from petition_registry where petition_id = ?", Long.class,
                    refused)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, refused)).isZero();
        }
    }

    /**
     * Schema 4 through the real event store: a receipt stored before the provenance existed (no such field in its
     * payload) is read back with {@code provenance} null and its petition works on; a conference opinion's receipt
     * keeps its provenance when replayed.
     */
    @Test
    void receiptsStoredBeforeTheProvenanceReplayWithoutOneAndConferenceReceiptsKeepTheirs() throws Exception {
        SharedInfrastructure infra = SharedInfrastructure.get();
        Map<String, String> props = new LinkedHashMap<>(InfrastructureProperties.forNewContext("feedback_replay4"));
        props.putAll(infra.identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("doanket.axon.publisher.topic", "test.feedback-replay4.events");
        props.put("doanket.feedback.escalation.enabled", "false");
        props.put("doanket.topics.conference", "test.feedback-replay4.conference");
        MutableClock clock = new MutableClock(DAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE);
        try (ConfigurableApplicationContext feedback = EscalationAcrossRestartTest.start(props, clock)) {
            PetitionService petitions = feedback.getBean(PetitionService.class);
            CommandSender commands = feedback.getBean(CommandSender.class);
            JdbcTemplate jdbc = feedback.getBean(JdbcTemplate.class);
            EventStore store = feedback.getBean(EventStore.class);

            String old = petitions.receive(new ReceivePetitionCommand(null, AREA, Channel.PHONE, "LAND", "Lấn chiếm",
                    "Lấn chiếm lối đi chung", true, null, "u-can-bo-ba-ria", DAY, List.of(), null, null, "26560"),
                    OFFICER).petitionId();
            // as a version-3 service stored it: no provenance field at all
            assertThat(jdbc.update("update domain_event_entry set payload = convert_to(((convert_from(payload, "
                    + "'UTF8')::jsonb) - 'provenance')::text, 'UTF8') where aggregate_identifier = ?", old)).isEqualTo(1);
            assertThat(new String(jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?",
                    byte[].class, old), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("provenance");
            PetitionReceivedEvent replayed = (PetitionReceivedEvent) store.readEvents(old).asStream().toList().get(0)
                    .getPayload();
            assertThat(replayed.provenance()).isNull();
            assertThat(replayed.channel()).isEqualTo(Channel.PHONE);
            commands.send(new ClassifyPetitionCommand(old, "LAND", null, null, null, "26560"), HANDLER);
            assertThat(store.readEvents(old).asStream().count()).isEqualTo(2);

            PetitionProvenance opinion = PetitionProvenance.conference("HN-26560-2027-02", "YK-11", "DB-04");
            String fromConference = petitions.receive(new ReceivePetitionCommand(null, AREA, Channel.CONFERENCE,
                    "INFRASTRUCTURE", "Đèn đường", "Đề nghị sửa đèn đường", false, null, "u-can-bo-ba-ria", DAY, List.of(),
                    null, null, "26560", opinion), OFFICER).petitionId();
            PetitionReceivedEvent kept = (PetitionReceivedEvent) store.readEvents(fromConference).asStream().toList()
                    .get(0).getPayload();
            assertThat(kept.provenance()).isEqualTo(opinion);
            assertThat(stored(jdbc, fromConference, 0, PetitionReceivedEvent.class).provenance()).isEqualTo(opinion);
        }
    }

    static <T> T stored(JdbcTemplate jdbc, String id, long seq, Class<T> type) throws java.io.IOException {
        return EnvelopeCodec.mapper().readValue(jdbc.queryForObject("select payload from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", byte[].class, id, seq), type);
    }
}
