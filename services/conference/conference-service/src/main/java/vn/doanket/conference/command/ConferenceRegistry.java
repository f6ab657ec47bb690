package vn.doanket.conference.command;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.events.error.DomainException;

import java.util.List;
import java.util.Optional;

/**
 * The service's synchronous record of what exists — conferences, training classes and invitations — with the unit
 * that organises each, written in the same transaction as the record's first event (table {@code conference_registry},
 * Flyway {@code db/migration/conference}). It answers {@code @PreAuthorize} (whose unit is this id?) before the query
 * model catches up, and keeps conference and class ids apart (both are client-supplied, and an event store holds one
 * stream per id).
 */
public class ConferenceRegistry {

    /** What a registered id is. */
    public enum Type { CONFERENCE, TRAINING_CLASS, INVITATION }

    /** A registered id: its type, the organiser unit and (for a conference) its kind. */
    public record Entry(Type type, String unitCode, String kind) {
    }

    private final JdbcTemplate jdbc;

    public ConferenceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an id (nothing happens if it is there already: a retried creation). */
    public void register(String id, Type type, String unitCode, String kind) {
        jdbc.update("insert into conference_registry (id, type, unit_code, kind) values (?, ?, ?, ?) "
                + "on conflict (id) do nothing", id, type.name(), unitCode, kind);
    }

    /** What an id is, if it exists. */
    public Optional<Entry> find(String id) {
        if (id == null || id.length() > 200) {
            return Optional.empty();
        }
        List<Entry> found = jdbc.query("select type, unit_code, kind from conference_registry where id = ?",
                (rs, i) -> new Entry(Type.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), id);
        return found.stream().findFirst();
    }

    /** The organiser unit of an id of the given type, if it exists. */
    public Optional<String> unitOf(String id, Type type) {
        return find(id).filter(e -> e.type() == type).map(Entry::unitCode);
    }

    /** Refuses an id already taken by a record of another type (409 {@code id-taken}). */
    public void requireFreeFor(String id, Type type) {
        find(id).filter(e -> e.type() != type).ifPresent(e -> {
            throw DomainException.conflict("id-taken",
                    "Mã này đã được dùng cho một " + (e.type() == Type.TRAINING_CLASS ? "lớp tập huấn" : "hội nghị"),
                    "This id is already used by a " + (e.type() == Type.TRAINING_CLASS ? "training class" : "conference"));
        });
    }
}
