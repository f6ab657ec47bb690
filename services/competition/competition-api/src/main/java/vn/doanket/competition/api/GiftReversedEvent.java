package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A gift entry was reversed: its amount no longer counts from {@code reversedOn}.
 *
 * @param giftId           the gift (aggregate id)
 * @param unitCode         the recipient's unit
 * @param occasion         the occasion
 * @param amountVnd        the reversed amount in đồng
 * @param reason           why
 * @param reversedOn       the day
 * @param replacedByGiftId the entry that replaces it, or null
 */
public record GiftReversedEvent(String giftId, String unitCode, GiftOccasion occasion, long amountVnd, String reason,
                                LocalDate reversedOn, String replacedByGiftId) implements DomainEvent {
}
