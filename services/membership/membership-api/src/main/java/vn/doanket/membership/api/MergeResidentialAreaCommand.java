package vn.doanket.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Merges one residential area into another (sáp nhập khu dân cư). A decision that merges several areas into one
 * sends this command to every merged-away area; the receiving area either existed or was registered on
 * {@code mergedOn} beforehand.
 *
 * @param areaCode        the area that ceases to exist on {@code mergedOn}
 * @param intoAreaCode    the area that receives its territory and people
 * @param mergedAreaCodes every area the decision merges away (including {@code areaCode})
 * @param mergedOn        the day the merge takes effect (the area's last day is the day before)
 * @param decisionNumber  the decision
 */
public record MergeResidentialAreaCommand(
        @TargetAggregateIdentifier String areaCode,
        String intoAreaCode,
        List<String> mergedAreaCodes,
        LocalDate mergedOn,
        String decisionNumber) {
}
