package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A residential area was renamed (same code, same territory). Published as {@code ResidentialAreaRenamed} on
 * {@code doanket.membership.events}; the fact belongs to the commune ({@link #unitCode()}). The area's version with
 * the previous name ends the day before {@code renamedOn}.
 *
 * @param areaCode       the area
 * @param communeCode    its commune, as recorded
 * @param previousName   the name until {@code renamedOn}
 * @param name           the name from {@code renamedOn}
 * @param kind           the kind from {@code renamedOn}
 * @param renamedOn      first day of the new name
 * @param decisionNumber the decision
 */
public record ResidentialAreaRenamedEvent(
        String areaCode,
        String communeCode,
        String previousName,
        String name,
        ResidentialAreaKind kind,
        LocalDate renamedOn,
        String decisionNumber) implements DomainEvent {

    @Override
    public String unitCode() {
        return communeCode;
    }
}
