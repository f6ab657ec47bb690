package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A gift or support was recorded. No name: the recipient's name stays in the service.
 *
 * @param giftId         the gift (aggregate id)
 * @param unitCode       the recipient's unit
 * @param occasion       the occasion
 * @param recipientKind  who received it
 * @param personId       the recipient in membership, or null
 * @param amountVnd      the amount in đồng
 * @param inKind         what was given in kind, or null
 * @param fundingSource  where the money came from
 * @param decisionRef    the decision or list
 * @param givenOn        the day it was given
 * @param replacesGiftId the reversed entry it corrects, or null
 */
public record GiftRecordedEvent(String giftId, String unitCode, GiftOccasion occasion, GiftRecipientKind recipientKind,
                                String personId, long amountVnd, String inKind, FundingSource fundingSource,
                                String decisionRef, LocalDate givenOn, String replacesGiftId) implements DomainEvent {
}
