package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A residential area was merged into another and ceased to exist on {@code mergedOn}. Published as
 * {@code ResidentialAreaMerged} on {@code doanket.membership.events}; the fact belongs to the commune
 * ({@link #unitCode()}). Facts recorded under the merged area count for {@code intoAreaCode} on later maps; its
 * committee must be re-formed (it is dissolved, and the merged area takes no new appointments).
 *
 * @param areaCode        the merged-away area
 * @param communeCode     its commune, as recorded
 * @param intoAreaCode    the receiving area
 * @param mergedAreaCodes every area merged away by the same decision
 * @param mergedOn        first day without the merged area
 * @param decisionNumber  the decision
 */
public record ResidentialAreaMergedEvent(
        String areaCode,
        String communeCode,
        String intoAreaCode,
        List<String> mergedAreaCodes,
        LocalDate mergedOn,
        String decisionNumber) implements DomainEvent {

    public ResidentialAreaMergedEvent {
        mergedAreaCodes = List.copyOf(mergedAreaCodes);
    }

    @Override
    public String unitCode() {
        return communeCode;
    }
}
