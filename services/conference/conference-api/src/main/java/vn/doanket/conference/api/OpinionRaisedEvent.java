package vn.doanket.conference.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An opinion (ý kiến) raised by a delegate at a dialogue or voter-contact conference. Published as
 * {@code OpinionRaised} (schema 1), aggregate type {@code Conference}, aggregate id = the conference id; the feedback
 * service opens exactly one petition per (conferenceId, opinionId) from it.
 *
 * <p>The payload has the fields of the contract ({@code conferenceId}, {@code opinionId}, {@code delegateId},
 * {@code delegatePersonId}, {@code committeeIds}, {@code unitCode}, {@code topic}, {@code text}, {@code raisedOn})
 * and, in addition, {@code organiserUnitCode}. <strong>Careful:</strong> the JSON field {@code unitCode} is the unit
 * the opinion is <em>about</em> ({@link #opinionUnitCode()}), while {@link #unitCode()} — the {@code DomainEvent}
 * method that fills the envelope's {@code unitCode} — is the organiser's unit, like every other event of the
 * conference. The organiser's unit is in the payload because the event store must keep it.
 *
 * @param conferenceId      the conference
 * @param opinionId         the client-supplied id, unique within the conference
 * @param delegateId        the delegate who raised it (within the conference)
 * @param delegatePersonId  the delegate's membership person id, or null
 * @param committeeIds      the committees the delegate speaks for (at most 50)
 * @param opinionUnitCode   JSON {@code unitCode}: the unit the opinion is about (the organiser unit or a unit below it)
 * @param topic             the feedback taxonomy's topic code ({@code vn.doanket.feedback.api.Topic} name)
 * @param text              what was said (at most 4,000 characters)
 * @param raisedOn          the day it was raised
 * @param organiserUnitCode the conference's organiser unit (the envelope's {@code unitCode})
 */
public record OpinionRaisedEvent(String conferenceId, String opinionId, String delegateId, String delegatePersonId,
                                 List<String> committeeIds, @JsonProperty("unitCode") String opinionUnitCode,
                                 String topic, String text, LocalDate raisedOn, String organiserUnitCode)
        implements DomainEvent {

    /** The organiser's unit: the unit the fact belongs to (the envelope's {@code unitCode}). */
    @Override
    public String unitCode() {
        return organiserUnitCode;
    }
}
