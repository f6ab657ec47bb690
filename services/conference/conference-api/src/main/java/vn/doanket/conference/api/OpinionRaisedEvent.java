package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An opinion (ý kiến) raised by a delegate at a dialogue or voter-contact conference. Published as
 * {@code OpinionRaised} (schema 1), aggregate type {@code Conference}, aggregate id = the conference id, envelope
 * {@code unitCode} = the organiser unit (contract B); the feedback service opens exactly one petition per
 * (conferenceId, opinionId) from it.
 *
 * <p>The payload has the fields of the contract, in its order — {@code conferenceId}, {@code opinionId},
 * {@code delegateId}, {@code delegatePersonId}, {@code committeeIds}, {@code unitCode} (the unit the opinion is
 * <em>about</em>), {@code topic}, {@code text}, {@code raisedOn} — and, in addition, {@code organiserUnitCode} (the
 * event store must keep the organiser's unit; readers ignore fields they do not know).
 *
 * <p><strong>Careful:</strong> two units. {@link #getUnitCode()} (JSON {@code unitCode}) is the unit the opinion is
 * about; {@link #unitCode()} — the {@code DomainEvent} method that fills the envelope — is the organiser's unit, like
 * for every other event of the conference. That is why this is a class with JavaBean getters (which name the JSON
 * fields) rather than a record, whose accessor {@code unitCode()} would have to be both. Immutable.
 */
public final class OpinionRaisedEvent implements DomainEvent {

    private String conferenceId;
    private String opinionId;
    private String delegateId;
    private String delegatePersonId;
    private List<String> committeeIds;
    private String unitCode;
    private String topic;
    private String text;
    private LocalDate raisedOn;
    private String organiserUnitCode;

    /** For readers (JSON): the fields are filled from the payload. */
    private OpinionRaisedEvent() {
    }

    /**
     * @param conferenceId      the conference
     * @param opinionId         the client-supplied id, unique within the conference
     * @param delegateId        the delegate who raised it (within the conference)
     * @param delegatePersonId  the delegate's membership person id, or null
     * @param committeeIds      the committees the delegate speaks for (at most 50)
     * @param unitCode          the unit the opinion is about (the organiser unit or a unit below it)
     * @param topic             the feedback taxonomy's topic code ({@code vn.doanket.feedback.api.Topic} name)
     * @param text              what was said (at most 4,000 characters)
     * @param raisedOn          the day it was raised
     * @param organiserUnitCode the conference's organiser unit (the envelope's {@code unitCode})
     */
    public OpinionRaisedEvent(String conferenceId, String opinionId, String delegateId, String delegatePersonId,
                              List<String> committeeIds, String unitCode, String topic, String text, LocalDate raisedOn,
                              String organiserUnitCode) {
        this.conferenceId = conferenceId;
        this.opinionId = opinionId;
        this.delegateId = delegateId;
        this.delegatePersonId = delegatePersonId;
        this.committeeIds = committeeIds == null ? null : List.copyOf(committeeIds);
        this.unitCode = unitCode;
        this.topic = topic;
        this.text = text;
        this.raisedOn = raisedOn;
        this.organiserUnitCode = organiserUnitCode;
    }

    /** The organiser's unit: the unit the fact belongs to (the envelope's {@code unitCode}). */
    @Override
    public String unitCode() {
        return organiserUnitCode;
    }

    public String getConferenceId() {
        return conferenceId;
    }

    public String getOpinionId() {
        return opinionId;
    }

    public String getDelegateId() {
        return delegateId;
    }

    public String getDelegatePersonId() {
        return delegatePersonId;
    }

    public List<String> getCommitteeIds() {
        return committeeIds;
    }

    /** The unit the opinion is about (JSON {@code unitCode}); not the organiser's, see {@link #unitCode()}. */
    public String getUnitCode() {
        return unitCode;
    }

    public String getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public String getOrganiserUnitCode() {
        return organiserUnitCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpinionRaisedEvent o && Objects.equals(conferenceId, o.conferenceId)
                && Objects.equals(opinionId, o.opinionId) && Objects.equals(delegateId, o.delegateId)
                && Objects.equals(delegatePersonId, o.delegatePersonId) && Objects.equals(committeeIds, o.committeeIds)
                && Objects.equals(unitCode, o.unitCode) && Objects.equals(topic, o.topic)
                && Objects.equals(text, o.text) && Objects.equals(raisedOn, o.raisedOn)
                && Objects.equals(organiserUnitCode, o.organiserUnitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conferenceId, opinionId, delegateId, delegatePersonId, committeeIds, unitCode, topic, text,
                raisedOn, organiserUnitCode);
    }

    @Override
    public String toString() {
        return "OpinionRaisedEvent[" + conferenceId + "/" + opinionId + ", delegate " + delegateId + ", unit " + unitCode
                + ", topic " + topic + ", raised on " + raisedOn + ", organiser " + organiserUnitCode + "]";
    }
}
