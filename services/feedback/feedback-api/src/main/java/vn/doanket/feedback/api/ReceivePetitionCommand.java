package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a petition received through any channel. The petitioner's identity goes to the service's personal-data store only.
 *
 * @param petitionId new id
 * @param unitCode the unit concerned (down to a residential area)
 * @param channel the channel
 * @param topic topic code, optional until classified (then {@code OTHER})
 * @param subject short title
 * @param content the petition's text
 * @param anonymous the petitioner asks to stay anonymous
 * @param petitioner who submitted it, or null (never with {@code anonymous})
 * @param enteredOnBehalfBy the officer entering it for the citizen, or null
 * @param receivedOn the day of receipt
 * @param attachments attachments' metadata
 * @param conference conference provenance, or null
 * @param splitFrom the petition it is split from, or null
 * @param actingUnit the acting user's scope unit
 * @param provenance where it comes from when received from another context's events (channel
 *                   {@link Channel#CONFERENCE}), or null
 */
public record ReceivePetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        String unitCode,
        Channel channel,
        String topic,
        String subject,
        String content,
        boolean anonymous,
        PetitionerIdentity petitioner,
        String enteredOnBehalfBy,
        java.time.LocalDate receivedOn,
        java.util.List<Attachment> attachments,
        ConferenceProvenance conference,
        String splitFrom,
        String actingUnit,
        PetitionProvenance provenance) {

    /** A petition without a provenance (every channel but {@link Channel#CONFERENCE}). */
    public ReceivePetitionCommand(String petitionId, String unitCode, Channel channel, String topic, String subject,
                                  String content, boolean anonymous, PetitionerIdentity petitioner,
                                  String enteredOnBehalfBy, java.time.LocalDate receivedOn,
                                  java.util.List<Attachment> attachments, ConferenceProvenance conference,
                                  String splitFrom, String actingUnit) {
        this(petitionId, unitCode, channel, topic, subject, content, anonymous, petitioner, enteredOnBehalfBy,
                receivedOn, attachments, conference, splitFrom, actingUnit, null);
    }
}
