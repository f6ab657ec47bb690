package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Commune staff register a residential area under a current commune.
 *
 * @param areaCode     system-assigned code of the new area, {@code <commune code>-<suffix>}
 * @param communeCode  the 5-digit code of the commune on {@code registeredOn}
 * @param name         e.g. "Tổ dân phố Đồng Tâm"
 * @param kind         thôn, ấp, bản, tổ dân phố or khu phố
 * @param registeredOn the date the area is registered
 */
public record RegisterResidentialAreaCommand(
        @TargetAggregateIdentifier String areaCode,
        String communeCode,
        String name,
        ResidentialAreaKind kind,
        LocalDate registeredOn) {
}
