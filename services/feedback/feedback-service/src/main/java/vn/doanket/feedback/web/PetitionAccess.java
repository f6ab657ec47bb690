package vn.doanket.feedback.web;

import org.springframework.stereotype.Component;
import vn.doanket.feedback.command.PetitionRegistry;

/**
 * For {@code @PreAuthorize}: the unit a petition concerns, so {@code @scope.require(@petitionAccess.unitOf(#id))}
 * answers a missing petition and one outside the caller's scope alike (404 {@code unit-not-found}).
 * Read from the synchronous registry, so a petition is addressable as soon as it is received.
 */
@Component("petitionAccess")
public class PetitionAccess {

    private final PetitionRegistry registry;

    public PetitionAccess(PetitionRegistry registry) {
        this.registry = registry;
    }

    /** The unit, or null for an unknown petition. */
    public String unitOf(String petitionId) {
        return registry.unitOf(petitionId).orElse(null);
    }
}
