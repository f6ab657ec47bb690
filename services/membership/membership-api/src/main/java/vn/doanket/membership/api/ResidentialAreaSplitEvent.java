package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A residential area was split into several and ceased to exist on {@code splitOn}. Published as
 * {@code ResidentialAreaSplit} on {@code doanket.membership.events}; the fact belongs to the commune
 * ({@link #unitCode()}). Facts recorded under it count for all parts on later maps (partial lineage).
 *
 * @param areaCode       the split area
 * @param communeCode    its commune, as recorded
 * @param intoAreaCodes  the parts
 * @param splitOn        first day without the split area
 * @param decisionNumber the decision
 */
public record ResidentialAreaSplitEvent(
        String areaCode,
        String communeCode,
        List<String> intoAreaCodes,
        LocalDate splitOn,
        String decisionNumber) implements DomainEvent {

    public ResidentialAreaSplitEvent {
        intoAreaCodes = List.copyOf(intoAreaCodes);
    }

    @Override
    public String unitCode() {
        return communeCode;
    }
}
