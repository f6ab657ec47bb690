package vn.doanket.feedback.conference;

import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.events.UnitCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The payload of the conference service's {@code OpinionRaised} (schema version 1, on {@code doanket.conference.events}),
 * as feedback reads it: its own small record, so feedback does not depend on the conference's modules. Unknown fields
 * are ignored (additive changes of the conference's schema do not break this reader).
 *
 * @param conferenceId     the conference (the envelope's aggregate id)
 * @param opinionId        the opinion, unique within the conference
 * @param delegateId       the delegate who raised it, within the conference
 * @param delegatePersonId the delegate's membership person id, or null (not used: the petition carries no person)
 * @param committeeIds     the committees the delegate speaks for (at most 50)
 * @param unitCode         the unit the opinion is about (a commune or a residential area)
 * @param topic            a topic code of feedback's taxonomy
 * @param text             what was said (at most 4,000 characters)
 * @param raisedOn         the day it was raised
 */
public record OpinionRaised(String conferenceId, String opinionId, String delegateId, String delegatePersonId,
                            List<String> committeeIds, String unitCode, String topic, String text, LocalDate raisedOn) {

    /** The conference's event type this reads. */
    public static final String EVENT_TYPE = "OpinionRaised";
    static final int MAX_TEXT = 4_000;
    static final int MAX_COMMITTEES = 50;
    static final int MAX_ID = 128;

    /**
     * Refuses a payload that no petition can be opened from, whatever feedback's rules say.
     *
     * @throws MalformedEnvelopeException naming the field (never its value)
     */
    void requireWellFormed() {
        requireId("conferenceId", conferenceId);
        requireId("opinionId", opinionId);
        requireId("delegateId", delegateId);
        if (unitCode == null || !UnitCode.isValid(unitCode)) {
            throw malformed("unitCode");
        }
        if (topic == null || topic.isBlank() || topic.length() > 64) {
            throw malformed("topic");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw malformed("text");
        }
        if (raisedOn == null) {
            throw malformed("raisedOn");
        }
        if (committeeIds != null && committeeIds.size() > MAX_COMMITTEES) {
            throw malformed("committeeIds");
        }
    }

    private static void requireId(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw malformed(field);
        }
    }

    private static MalformedEnvelopeException malformed(String field) {
        return new MalformedEnvelopeException(EVENT_TYPE + " without a valid " + field, null);
    }
}
