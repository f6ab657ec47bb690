package vn.doanket.feedback.conference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.PetitionProvenance;
import vn.doanket.feedback.api.ReceivePetitionCommand;
import vn.doanket.feedback.command.PetitionRegistry;
import vn.doanket.feedback.command.PetitionService;
import vn.doanket.messaging.EnvelopeHandler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Opens one petition per opinion raised at a dialogue conference ({@code OpinionRaised} on
 * {@code doanket.conference.events}; every other event type is ignored). The petition's id is derived from the
 * opinion (a name-based UUID of {@code conference:<conferenceId>:<opinionId>}), so a redelivered event finds its
 * petition in the registry and does nothing, and a concurrent duplicate loses the race on the event store (the same
 * aggregate id) and then finds it too. The petition: channel {@code CONFERENCE}, received on {@code raisedOn}, about
 * {@code unitCode}, the opinion's topic and text (the subject is the text's first line, shortened), not anonymous and
 * without a petitioner's identity, provenance {@code {source: conference, conferenceId, opinionId, delegateId}}, the
 * actor and acting unit of the conference's envelope.
 * <p>
 * A payload that does not fit, or an opinion feedback's rules refuse (an unknown topic, a unit merged away before
 * the day, a day in the future…), can never succeed: it is thrown as {@link MalformedEnvelopeException}, which the
 * platform's binding defaults send at once to the dead-letter topic ({@code error.<topic>.<group>}); the partition
 * carries on. Anything else (the database unavailable) is retried, then dead-lettered.
 */
public class ConferenceOpinions implements EnvelopeHandler {

    private static final Logger log = LoggerFactory.getLogger(ConferenceOpinions.class);
    static final int MAX_SUBJECT = 120;

    private final PetitionService petitions;
    private final PetitionRegistry registry;

    public ConferenceOpinions(PetitionService petitions, PetitionRegistry registry) {
        this.petitions = petitions;
        this.registry = registry;
    }

    /** The petition an opinion opens: the same id for every delivery of the same opinion. */
    public static String petitionIdOf(String conferenceId, String opinionId) {
        return UUID.nameUUIDFromBytes(("conference:" + conferenceId + ":" + opinionId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @Override
    public void handle(EventEnvelope envelope) {
        if (!OpinionRaised.EVENT_TYPE.equals(envelope.eventType())) {
            return;
        }
        OpinionRaised opinion = EnvelopeCodec.payload(envelope, OpinionRaised.class);
        opinion.requireWellFormed();
        String petitionId = petitionIdOf(opinion.conferenceId(), opinion.opinionId());
        if (registry.unitOf(petitionId).isPresent()) {
            log.debug("Opinion {}/{} already opened petition {}", opinion.conferenceId(), opinion.opinionId(), petitionId);
            return;
        }
        Actor actor = envelope.actor() != null ? envelope.actor() : Actor.SYSTEM;
        ReceivePetitionCommand command = new ReceivePetitionCommand(petitionId, opinion.unitCode(), Channel.CONFERENCE,
                opinion.topic(), subjectOf(opinion.text()), opinion.text(), false, null,
                Actor.SYSTEM.equals(actor) ? null : actor.userId(), opinion.raisedOn(), List.of(), null, null,
                envelope.unitCode(),
                PetitionProvenance.conference(opinion.conferenceId(), opinion.opinionId(), opinion.delegateId()));
        try {
            petitions.receive(command, actor);
            log.info("Opinion {}/{} opened petition {}", opinion.conferenceId(), opinion.opinionId(), petitionId);
        } catch (DomainException refused) {
            if (registry.unitOf(petitionId).isPresent()) {
                return;
            }
            if (refused.kind() == DomainException.Kind.CONFLICT) {
                throw refused; // a conflict of the moment: retried
            }
            throw new MalformedEnvelopeException(OpinionRaised.EVENT_TYPE + " " + envelope.eventId()
                    + " refused: " + refused.code(), refused);
        } catch (RuntimeException failed) {
            if (registry.unitOf(petitionId).isPresent()) {
                // a concurrent delivery of the same opinion opened it first (same aggregate id, same registry row)
                log.debug("Opinion {}/{} opened concurrently", opinion.conferenceId(), opinion.opinionId());
                return;
            }
            throw failed;
        }
    }

    /** The petition's subject: the opinion's first line, at most 120 characters (cut at a space, with "…"). */
    static String subjectOf(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= MAX_SUBJECT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_SUBJECT - 1);
        if (cut < MAX_SUBJECT / 2) {
            cut = MAX_SUBJECT - 1;
            if (Character.isHighSurrogate(line.charAt(cut - 1))) {
                cut--;
            }
        }
        return line.substring(0, cut).strip() + "…";
    }
}
