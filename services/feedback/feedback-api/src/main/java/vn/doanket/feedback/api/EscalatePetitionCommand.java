package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Escalates an overdue forwarded petition one level up. Idempotent per deadline: a second command for the same missed deadline is refused.
 *
 * @param petitionId the petition
 * @param missedDeadline the deadline that passed
 * @param escalatedOn today
 * @param actingUnit the acting unit ({@code VN} for the scheduler)
 */
public record EscalatePetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        java.time.LocalDate missedDeadline,
        java.time.LocalDate escalatedOn,
        String actingUnit) {
}
