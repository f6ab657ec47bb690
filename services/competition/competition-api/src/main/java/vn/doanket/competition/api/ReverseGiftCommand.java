package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Reverses a gift entry (bút toán đảo): it no longer counts from {@code reversedOn}. Reversing it again with the
 * same reason and replacement changes nothing.
 *
 * @param giftId           the gift
 * @param reason           why
 * @param reversedOn       the day (not before the gift, not in the future)
 * @param replacedByGiftId the entry that replaces it, or null
 */
public record ReverseGiftCommand(@TargetAggregateIdentifier String giftId, String reason, LocalDate reversedOn,
                                 String replacedByGiftId) {
}
