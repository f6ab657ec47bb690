package vn.doanket.membership.command;

import vn.doanket.membership.api.Position;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A committee's composition and the vacancies (thiếu khuyết) derived from it: no head, fewer
 * deputies than planned, fewer members than the minimum. A person holding several positions
 * (kiêm nhiệm) counts once towards the size.
 *
 * @param members         distinct people on the committee
 * @param deputies        people holding the deputy position
 * @param hasHead         whether someone holds the head position
 * @param missingDeputies planned deputies not appointed
 * @param missingMembers  members short of the minimum size
 */
public record Composition(int members, int deputies, boolean hasHead, int missingDeputies, int missingMembers) {

    /** The kinds of vacancy. */
    public enum Vacancy { NO_HEAD, MISSING_DEPUTIES, BELOW_MINIMUM_SIZE }

    static Composition of(Collection<WorkCommittee.Holding> holdings, int plannedDeputies, int minimumSize) {
        int members = holdings.stream().map(WorkCommittee.Holding::personId).collect(Collectors.toSet()).size();
        int deputies = (int) holdings.stream().filter(h -> h.position() == Position.DEPUTY).count();
        boolean head = holdings.stream().anyMatch(h -> h.position() == Position.HEAD);
        return new Composition(members, deputies, head, Math.max(0, plannedDeputies - deputies),
                Math.max(0, minimumSize - members));
    }

    /** The vacancies, empty when the committee is complete. */
    public Set<Vacancy> vacancies() {
        Set<Vacancy> vacancies = EnumSet.noneOf(Vacancy.class);
        if (!hasHead) {
            vacancies.add(Vacancy.NO_HEAD);
        }
        if (missingDeputies > 0) {
            vacancies.add(Vacancy.MISSING_DEPUTIES);
        }
        if (missingMembers > 0) {
            vacancies.add(Vacancy.BELOW_MINIMUM_SIZE);
        }
        return vacancies;
    }
}
