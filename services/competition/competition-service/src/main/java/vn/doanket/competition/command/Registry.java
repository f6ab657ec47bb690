package vn.doanket.competition.command;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The service's synchronous record of which unit each contest, nomination, judge's appointment, movement,
 * participation, commendation and gift belongs to (table {@code competition_registry}), written by the use cases in the same transaction as the first
 * event, so a request is authorised against its unit as soon as the creating request returned (the query tables
 * follow the event store a moment later). Decisions never read it: the aggregates decide.
 */
public class Registry {

    /** What is registered. */
    public enum Kind { CONTEST, CONTESTANT, JUDGE, MOVEMENT, PARTICIPATION, COMMENDATION, GIFT }

    /**
     * One entry.
     *
     * @param unitCode  the unit whose recorders act on it
     * @param otherUnit the second unit concerned, or null
     */
    public record Entry(String unitCode, String otherUnit) {
    }

    private final JdbcTemplate jdbc;

    public Registry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an entry; an entry already there (an idempotent repetition) is kept as it is. */
    public void record(Kind kind, String id, String unitCode, String otherUnit) {
        jdbc.update("insert into competition_registry (kind, id, unit_code, other_unit) values (?, ?, ?, ?) "
                + "on conflict (kind, id) do nothing", kind.name(), id, unitCode, otherUnit);
    }

    /** The kinds an id is registered under (a contest, a movement, a commendation and a gift share one event store). */
    public List<Kind> kindsOf(String id) {
        return jdbc.queryForList("select kind from competition_registry where id = ?", String.class, id).stream()
                .map(Kind::valueOf).toList();
    }

    /** The entry of an id, if it exists. */
    public Optional<Entry> find(Kind kind, String id) {
        if (id == null) {
            return Optional.empty();
        }
        List<Entry> entries = jdbc.query("select unit_code, other_unit from competition_registry where kind = ? and id = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2)), kind.name(), id);
        return entries.stream().findFirst();
    }
}
