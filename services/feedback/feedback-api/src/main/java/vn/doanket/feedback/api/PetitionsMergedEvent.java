package vn.doanket.feedback.api;

import vn.doanket.events.DomainEvent;

/**
 * Duplicates were merged into this petition, which survives. Published as {@code PetitionsMerged} on {@code doanket.feedback.events}; the acting user's id and role travel
 * in the envelope's {@code actor}.
 *
 * @param petitionId the surviving petition
 * @param unitCode the unit concerned, as recorded
 * @param duplicateIds the petitions merged into it
 * @param mergedOn when
 * @param reason why
 * @param actingUnit the unit of the acting user's scope
 */
public record PetitionsMergedEvent(
        String petitionId,
        String unitCode,
        java.util.List<String> duplicateIds,
        java.time.LocalDate mergedOn,
        String reason,
        String actingUnit) implements DomainEvent {
}
