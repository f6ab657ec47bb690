package vn.doanket.feedback.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Forwards a classified petition to a responsible body.
 *
 * @param petitionId the petition
 * @param body where to
 * @param workingDays time allowed; null for the SLA policy of its topic and level
 * @param forwardedOn when
 * @param note optional
 * @param actingUnit the acting user's scope unit
 */
public record ForwardPetitionCommand(
        @TargetAggregateIdentifier String petitionId,
        ResponsibleBody body,
        Integer workingDays,
        java.time.LocalDate forwardedOn,
        String note,
        String actingUnit) {
}
