package vn.doanket.membership.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A residential area was registered under a commune. Published as
 * {@code ResidentialAreaRegistered} on {@code doanket.membership.events}; the fact belongs to
 * the commune ({@link #unitCode()}), and the area itself becomes a unit below it.
 *
 * @param areaCode     the area's code, {@code <commune code>-<suffix>}; also the aggregate id
 * @param communeCode  the commune it was registered under, as recorded
 * @param name         the area's name (Vietnamese)
 * @param kind         its kind
 * @param registeredOn the date it was registered
 */
public record ResidentialAreaRegisteredEvent(
        String areaCode,
        String communeCode,
        String name,
        ResidentialAreaKind kind,
        LocalDate registeredOn) implements DomainEvent {

    @Override
    public String unitCode() {
        return communeCode;
    }
}
