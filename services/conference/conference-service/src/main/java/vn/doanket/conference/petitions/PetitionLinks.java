package vn.doanket.conference.petitions;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.MessageListener;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.api.LinkOpinionPetitionCommand;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Learns which petition each opinion became, and its state, from the feedback service's published events
 * ({@code doanket.feedback.events}, contract B): a {@code PetitionReceived} whose {@code provenance.source} is
 * {@code "conference"} names the conference and the opinion — the link is kept in {@code opinion_petition} and
 * recorded once on the conference ({@link LinkOpinionPetitionCommand}, which the dashboard counts as an opinion that
 * became a petition); every later event of that petition moves its state (RECEIVED, CLASSIFIED, FORWARDED, ANSWERED,
 * COMMUNICATED, CLOSED, WITHDRAWN, MERGED, SPLIT). Idempotent: the row keeps the petition's last applied sequence, and
 * the conference refuses nothing twice, so a redelivered or replayed topic changes nothing. Events of other petitions
 * cost one update by primary key that matches no row. A message that is not an envelope is skipped (logged without
 * its content); any other failure is retried (the container's error handler) so no link is lost.
 */
public class PetitionLinks implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(PetitionLinks.class);

    /** The state a petition is in after an event of each type (feedback's {@code PetitionStatus} names). */
    static final Map<String, String> STATUS_AFTER = Map.ofEntries(
            Map.entry("PetitionReceived", "RECEIVED"),
            Map.entry("PetitionClassified", "CLASSIFIED"),
            Map.entry("PetitionForwarded", "FORWARDED"),
            Map.entry("PetitionAnswered", "ANSWERED"),
            Map.entry("AnswerCommunicated", "COMMUNICATED"),
            Map.entry("PetitionClosed", "CLOSED"),
            Map.entry("PetitionReopened", "CLASSIFIED"),
            Map.entry("PetitionWithdrawn", "WITHDRAWN"),
            Map.entry("PetitionMergedInto", "MERGED"),
            Map.entry("PetitionSplit", "SPLIT"));

    private final JdbcTemplate jdbc;
    private final CommandSender commands;

    public PetitionLinks(JdbcTemplate jdbc, CommandSender commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope;
        try {
            envelope = EnvelopeCodec.decode(record.value());
        } catch (MalformedEnvelopeException malformed) {
            log.warn("Skipping a message that is not an event envelope at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        apply(envelope);
    }

    /** Applies one feedback event (public for tests and replays). */
    public void apply(EventEnvelope envelope) {
        if ("PetitionReceived".equals(envelope.eventType())) {
            JsonNode provenance = envelope.payload().path("provenance");
            if ("conference".equals(provenance.path("source").asText(null))) {
                link(envelope, provenance);
                return;
            }
        }
        String status = STATUS_AFTER.get(envelope.eventType());
        if (status != null) {
            jdbc.update("update opinion_petition set status = ?, last_seq = ?, updated_at = now() "
                    + "where petition_id = ? and last_seq < ?", status, envelope.sequence(), envelope.aggregateId(),
                    envelope.sequence());
        }
    }

    private void link(EventEnvelope envelope, JsonNode provenance) {
        String conferenceId = provenance.path("conferenceId").asText(null);
        String opinionId = provenance.path("opinionId").asText(null);
        String petitionId = envelope.aggregateId();
        if (conferenceId == null || opinionId == null || conferenceId.length() > 64 || opinionId.length() > 64
                || petitionId.length() > 64) {
            log.warn("Petition {} names no usable conference opinion; not linked", petitionId);
            return;
        }
        LocalDate receivedOn = day(envelope.payload().path("receivedOn").asText(null), envelope);
        jdbc.update("insert into opinion_petition (petition_id, conference_id, opinion_id, status, received_on, last_seq) "
                        + "values (?, ?, ?, 'RECEIVED', ?, ?) on conflict (petition_id) do nothing", petitionId,
                conferenceId, opinionId, receivedOn, envelope.sequence());
        try {
            commands.send(new LinkOpinionPetitionCommand(conferenceId, opinionId, petitionId, receivedOn), Actor.SYSTEM);
        } catch (AggregateNotFoundException unknownConference) {
            log.warn("Petition {} names conference {}, which this service does not have; not linked", petitionId,
                    conferenceId);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.CONFLICT) {
                log.warn("Petition {} not linked to opinion {} of {}: {}", petitionId, opinionId, conferenceId,
                        refused.code());
            } else {
                throw refused;
            }
        }
    }

    private static LocalDate day(String text, EventEnvelope envelope) {
        try {
            return text == null ? envelope.occurredAt().atZone(vn.doanket.territory.Territory.ZONE).toLocalDate()
                    : LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            return envelope.occurredAt().atZone(vn.doanket.territory.Territory.ZONE).toLocalDate();
        }
    }
}
