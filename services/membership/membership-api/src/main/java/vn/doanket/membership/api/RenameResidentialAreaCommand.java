package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Renames a residential area (its code stays); the kind may change with it (e.g. thôn → tổ dân phố).
 *
 * @param areaCode       the area
 * @param name           the new name
 * @param kind           the new kind, or {@code null} to keep the current one
 * @param renamedOn      the day the new name takes effect
 * @param decisionNumber the commune's decision
 */
public record RenameResidentialAreaCommand(
        @TargetAggregateIdentifier String areaCode,
        String name,
        ResidentialAreaKind kind,
        LocalDate renamedOn,
        String decisionNumber) {
}
