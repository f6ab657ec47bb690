package vn.doanket.conference.web;

import org.springframework.stereotype.Component;
import vn.doanket.conference.command.ConferenceRegistry;

/**
 * For {@code @PreAuthorize}: the organiser unit of a conference or training class, read from the synchronous
 * registry (so a record is addressable as soon as it is created), so that
 * {@code @scope.require(@conferenceAccess.unitOf(#id), null)} answers a missing record and one outside the caller's
 * territory alike (404 {@code unit-not-found}).
 */
@Component("conferenceAccess")
public class ConferenceAccess {

    /** Recorders of conferences: officers and administrators, and a Front Work Committee for its own area. */
    public static final String RECORD = "hasAnyRole('OFFICER', 'ADMINISTRATOR', 'COMMITTEE')";
    /** The conference named {@code #id} is in the caller's territory. */
    public static final String CONFERENCE_IN_SCOPE = " and @scope.require(@conferenceAccess.unitOf(#id), null)";
    /** The training class named {@code #id} is in the caller's territory. */
    public static final String CLASS_IN_SCOPE = " and @scope.require(@conferenceAccess.classUnitOf(#id), null)";

    private final ConferenceRegistry registry;

    public ConferenceAccess(ConferenceRegistry registry) {
        this.registry = registry;
    }

    /** The organiser unit of a conference, or null. */
    public String unitOf(String conferenceId) {
        return registry.unitOf(conferenceId, ConferenceRegistry.Type.CONFERENCE).orElse(null);
    }

    /** The organiser unit of a training class, or null. */
    public String classUnitOf(String classId) {
        return registry.unitOf(classId, ConferenceRegistry.Type.TRAINING_CLASS).orElse(null);
    }
}
