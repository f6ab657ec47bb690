package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Splits a residential area into several (chia tách); the new areas were registered on {@code splitOn}
 * beforehand.
 *
 * @param areaCode       the area that ceases to exist on {@code splitOn}
 * @param intoAreaCodes  the areas that receive parts of it (at least two)
 * @param splitOn        the day the split takes effect
 * @param decisionNumber the decision
 */
public record SplitResidentialAreaCommand(
        @TargetAggregateIdentifier String areaCode,
        List<String> intoAreaCodes,
        LocalDate splitOn,
        String decisionNumber) {
}
