package vn.doanket.competition.web;

import org.springframework.stereotype.Component;
import vn.doanket.competition.command.CompetitionRules;
import vn.doanket.competition.command.MovementParticipation;
import vn.doanket.competition.command.Registry;
import vn.doanket.competition.query.CompetitionQueries;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.security.Role;
import vn.doanket.security.TerritorialScope;

/**
 * The access rules of the competition API that need the service's own records, as bean {@code competitionAccess}
 * for {@code @PreAuthorize} expressions. Units come from the synchronous {@link Registry} (written with the first
 * event), so a request right after a creation is authorised; anything unknown or outside the caller's reach answers
 * exactly like a missing unit (404).
 *
 * <p>A contest or movement is readable by whoever covers its organiser (leaders, officers, auditors of the organiser
 * and above), by whoever is inside the organiser's territory (the communes that take part), and — for a contest — by
 * its appointed judges, whose rights come from the appointment, not from a role of the identity provider.
 */
@Component("competitionAccess")
public class CompetitionAccess {

    private final Registry registry;
    private final TerritorialScope scope;
    private final CompetitionRules rules;
    private final CompetitionQueries queries;

    public CompetitionAccess(Registry registry, TerritorialScope scope, CompetitionRules rules, CompetitionQueries queries) {
        this.registry = registry;
        this.scope = scope;
        this.rules = rules;
        this.queries = queries;
    }

    /** The organiser of a contest, or null when there is no such contest. */
    public String organiserOf(String contestId) {
        return registry.find(Registry.Kind.CONTEST, contestId).map(Registry.Entry::unitCode).orElse(null);
    }

    /** The unit that nominated a contestant, or null. */
    public String nominatingUnitOf(String contestId, String contestantId) {
        return registry.find(Registry.Kind.CONTESTANT, contestId + "/" + contestantId).map(Registry.Entry::unitCode)
                .orElse(null);
    }

    /** Requires a contest the caller may read (404 otherwise). */
    public boolean canReadContest(String contestId) {
        String organiser = organiserOf(contestId);
        Caller caller = Callers.current().orElseThrow(TerritorialScope::notFound);
        if (organiser != null && (reaches(caller, organiser) || isJudge(contestId, caller.username()))) {
            return true;
        }
        throw TerritorialScope.notFound();
    }

    /** Requires a contest that exists (404 otherwise, like a unit outside the caller's reach). */
    public boolean requireContest(String contestId) {
        if (organiserOf(contestId) == null) {
            throw TerritorialScope.notFound();
        }
        return true;
    }

    /** Whether a username is an appointed judge of a contest (at once after the appointment). */
    public boolean isJudge(String contestId, String username) {
        return username != null && registry.find(Registry.Kind.JUDGE, contestId + "/" + username).isPresent();
    }

    /**
     * Whether the caller sees a contest's prizes: everyone who reads the contest once the results are published;
     * before, the organiser's recorders (once awarded, to check them before locking).
     */
    public boolean seesPrizes(String contestId) {
        if (queries.published(contestId)) {
            return true;
        }
        Caller caller = Callers.current().orElse(null);
        String organiser = organiserOf(contestId);
        return caller != null && organiser != null && (caller.has(Role.OFFICER) || caller.has(Role.ADMINISTRATOR))
                && scope.covers(organiser);
    }

    /** A judge declares their own relation; the organiser's recorders declare anyone's. */
    public boolean mayDeclareConflict(String contestId, String judge) {
        Caller caller = Callers.current().orElseThrow(TerritorialScope::notFound);
        String organiser = organiserOf(contestId);
        if (organiser == null) {
            throw TerritorialScope.notFound();
        }
        boolean recorder = (caller.has(Role.OFFICER) || caller.has(Role.ADMINISTRATOR)) && scope.covers(organiser);
        if (recorder || caller.username().equals(judge) && isJudge(contestId, judge)) {
            return true;
        }
        throw TerritorialScope.notFound();
    }

    /** The organiser of a movement, or null. */
    public String movementOrganiserOf(String movementId) {
        return registry.find(Registry.Kind.MOVEMENT, movementId).map(Registry.Entry::unitCode).orElse(null);
    }

    /** Requires a movement the caller may read (404 otherwise). */
    public boolean canReadMovement(String movementId) {
        String organiser = movementOrganiserOf(movementId);
        Caller caller = Callers.current().orElseThrow(TerritorialScope::notFound);
        if (organiser != null && reaches(caller, organiser)) {
            return true;
        }
        throw TerritorialScope.notFound();
    }

    /** The movement's organiser for a registered unit's participation, or null when the unit is not registered. */
    public String participationOrganiserOf(String movementId, String unitCode) {
        return registry.find(Registry.Kind.PARTICIPATION, MovementParticipation.idOf(movementId, unitCode))
                .map(Registry.Entry::otherUnit).orElse(null);
    }

    /** Requires a registered unit whose participation the caller may read: its own, or the organiser's view. */
    public boolean canReadParticipation(String movementId, String unitCode) {
        String organiser = participationOrganiserOf(movementId, unitCode);
        if (organiser != null && (scope.covers(unitCode) || scope.covers(organiser))) {
            return true;
        }
        throw TerritorialScope.notFound();
    }

    /** The issuing unit of a commendation, or null. */
    public String issuerOf(String commendationId) {
        return registry.find(Registry.Kind.COMMENDATION, commendationId).map(Registry.Entry::unitCode).orElse(null);
    }

    /** Requires a commendation the caller may read: issued or received within their territory. */
    public boolean canReadCommendation(String commendationId) {
        Registry.Entry entry = registry.find(Registry.Kind.COMMENDATION, commendationId)
                .orElseThrow(TerritorialScope::notFound);
        if (scope.covers(entry.unitCode()) || scope.covers(entry.otherUnit())) {
            return true;
        }
        throw TerritorialScope.notFound();
    }

    /** The recipient's unit of a gift, or null. */
    public String giftUnitOf(String giftId) {
        return registry.find(Registry.Kind.GIFT, giftId).map(Registry.Entry::unitCode).orElse(null);
    }

    /** Whether the caller covers the organiser, or stands inside the organiser's territory. */
    private boolean reaches(Caller caller, String organiser) {
        return scope.covers(organiser) || rules.isAtOrBelow(caller.scopeUnit(), organiser, rules.today());
    }
}
