package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * The petition was split into several, each received as a new petition that names this one in {@code splitFrom}. Published as {@code PetitionSplit} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the original petition
 * @param unitCode the unit concerned, as recorded
 * @param partIds the new petitions
 * @param splitOn when
 * @param reason why
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionSplitEvent(
        String petitionId,
        String unitCode,
        java.util.List<String> partIds,
        java.time.LocalDate splitOn,
        String reason,
        String actingUnit) implements DomainEvent {
}
