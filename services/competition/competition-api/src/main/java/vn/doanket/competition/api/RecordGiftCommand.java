package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records a gift or support given to a prestigious person, a family or a household (quà tặng, hỗ trợ). Amounts are
 * whole đồng. Idempotent by id. A correction is a reversal of the old entry plus a new entry that names it.
 *
 * @param giftId         client-supplied id
 * @param unitCode       the recipient's unit (a commune or residential area)
 * @param occasion       the occasion
 * @param recipientKind  who receives it
 * @param recipientName  the recipient's name (kept in the service; never published)
 * @param personId       the recipient in membership, or null
 * @param amountVnd      the amount in đồng (0–1,000,000,000; 0 only for a gift in kind)
 * @param inKind         what was given in kind, or null
 * @param fundingSource  where the money comes from
 * @param decisionRef    the decision or list it was given under
 * @param givenOn        the day it was given (not in the future)
 * @param replacesGiftId the reversed entry this one corrects, or null
 */
public record RecordGiftCommand(@TargetAggregateIdentifier String giftId, String unitCode, GiftOccasion occasion,
                                GiftRecipientKind recipientKind, String recipientName, String personId, long amountVnd,
                                String inKind, FundingSource fundingSource, String decisionRef, LocalDate givenOn,
                                String replacesGiftId) {
}
