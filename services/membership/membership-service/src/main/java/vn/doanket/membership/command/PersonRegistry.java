package vn.doanket.membership.command;

import java.util.Optional;

/**
 * Who is a registered person, read from the event store (the consistent state, never a lagging query model):
 * the unit a person was registered under, or empty when no {@code PersonRegisteredEvent} exists for the id.
 * Injected into command handlers (e.g. {@link WorkCommittee}'s appointment) by Axon.
 */
@FunctionalInterface
public interface PersonRegistry {

    /**
     * @param personId a person id
     * @return the unit the person was registered under, or empty when never registered
     */
    Optional<String> unitOf(String personId);

    /** Whether the unit of a person is in the commune of a residential area ({@code 26560} and {@code 26560-KP01}). */
    static boolean sameCommune(String personUnit, String areaCode) {
        return commune(personUnit).equals(commune(areaCode));
    }

    private static String commune(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
