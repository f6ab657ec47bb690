package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;
import vn.doanket.events.SchemaVersion;

/**
 * A petition (ý kiến, kiến nghị, phản ánh) was received through a channel. Carries no personal data: only whether the petitioner is anonymous and whether an identity is on file. Published as {@code PetitionReceived} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the petition's id (aggregate id)
 * @param unitCode the unit concerned, down to a residential area, as recorded
 * @param channel how it reached the Front
 * @param topic topic code from the taxonomy (see {@link Topic} for the defaults)
 * @param subject a short title
 * @param content what the petition says
 * @param anonymous the petitioner asked to stay anonymous
 * @param hasPetitioner an identity is kept in the service's personal-data store
 * @param enteredOnBehalfBy user id of the officer who entered it on the citizen's behalf, or null when the citizen submitted it
 * @param receivedOn the day it was received
 * @param attachments attachments' metadata, possibly empty
 * @param conference the conference it comes from, or null
 * @param splitFrom the petition it was split from, or null
 * @param actingUnit the unit of the acting user's scope
 * @param recordedOn the day it was entered into the system (schema 2; null in version-1 events, where it is the
 *                   envelope's {@code occurredAt} day)
 * @param recordedLate whether it was <em>recorded late</em>: entered more than the grace period
 *                     ({@code doanket.feedback.recorded-late-after-days}, default 7 calendar days) after
 *                     {@code receivedOn} (schema 2; null, read as false, in version-1 events)
 * @param handlingLevel the level that first handles it, decided when it was received (schema 3; stored events of
 *                      versions 1 and 2 are upcast by the service from their own {@code unitCode})
 * @param handlingUnit the unit of the Front at that level (schema 3; upcast like {@code handlingLevel})
 * @param provenance where a petition received from another context's events comes from (schema 4; for channel
 *                   {@link Channel#CONFERENCE}: the conference, opinion and delegate); null otherwise and in the
 *                   events of versions 1 to 3
 */
@SchemaVersion(4)
public record PetitionReceivedEvent(
        String petitionId,
        String unitCode,
        Channel channel,
        String topic,
        String subject,
        String content,
        boolean anonymous,
        boolean hasPetitioner,
        String enteredOnBehalfBy,
        java.time.LocalDate receivedOn,
        java.util.List<Attachment> attachments,
        ConferenceProvenance conference,
        String splitFrom,
        String actingUnit,
        java.time.LocalDate recordedOn,
        Boolean recordedLate,
        HandlingLevel handlingLevel,
        String handlingUnit,
        PetitionProvenance provenance) implements DomainEvent {

    /** A version-3 event: no provenance. */
    public PetitionReceivedEvent(String petitionId, String unitCode, Channel channel, String topic, String subject,
                                 String content, boolean anonymous, boolean hasPetitioner, String enteredOnBehalfBy,
                                 java.time.LocalDate receivedOn, java.util.List<Attachment> attachments,
                                 ConferenceProvenance conference, String splitFrom, String actingUnit,
                                 java.time.LocalDate recordedOn, Boolean recordedLate, HandlingLevel handlingLevel,
                                 String handlingUnit) {
        this(petitionId, unitCode, channel, topic, subject, content, anonymous, hasPetitioner, enteredOnBehalfBy,
                receivedOn, attachments, conference, splitFrom, actingUnit, recordedOn, recordedLate, handlingLevel,
                handlingUnit, null);
    }

    /** A version-2 event: no handling level or unit recorded. */
    public PetitionReceivedEvent(String petitionId, String unitCode, Channel channel, String topic, String subject,
                                 String content, boolean anonymous, boolean hasPetitioner, String enteredOnBehalfBy,
                                 java.time.LocalDate receivedOn, java.util.List<Attachment> attachments,
                                 ConferenceProvenance conference, String splitFrom, String actingUnit,
                                 java.time.LocalDate recordedOn, Boolean recordedLate) {
        this(petitionId, unitCode, channel, topic, subject, content, anonymous, hasPetitioner, enteredOnBehalfBy,
                receivedOn, attachments, conference, splitFrom, actingUnit, recordedOn, recordedLate, null, null, null);
    }

    /** A version-1 event: no day of recording, not recorded late. */
    public PetitionReceivedEvent(String petitionId, String unitCode, Channel channel, String topic, String subject,
                                 String content, boolean anonymous, boolean hasPetitioner, String enteredOnBehalfBy,
                                 java.time.LocalDate receivedOn, java.util.List<Attachment> attachments,
                                 ConferenceProvenance conference, String splitFrom, String actingUnit) {
        this(petitionId, unitCode, channel, topic, subject, content, anonymous, hasPetitioner, enteredOnBehalfBy,
                receivedOn, attachments, conference, splitFrom, actingUnit, null, null, null, null, null);
    }
}
