package vn.doanket.feedback.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.feedback.api.*;

import java.time.LocalDate;
import java.util.List;

/**
 * The open deadlines of forwarded petitions, in the service's PostgreSQL table {@code petition_deadline}
 * (written in the same transaction as the processor's token, so it survives restarts exactly): a forward or
 * an escalation sets the deadline; an answer, withdrawal, merge or reopening removes it. The escalation
 * scanner reads it.
 */
@Component
@ProcessingGroup(DeadlineProjection.GROUP)
public class DeadlineProjection {

    public static final String GROUP = "petition-deadlines";

    /** A deadline that is due. */
    public record Due(String petitionId, LocalDate deadline, HandlingLevel level) {
    }

    private final JdbcTemplate jdbc;

    public DeadlineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PetitionForwardedEvent e) {
        set(e.petitionId(), e.deadline(), e.level(), e.unitCode());
    }

    @EventHandler
    void on(PetitionEscalatedEvent e) {
        set(e.petitionId(), e.newDeadline(), e.toLevel(), e.unitCode());
    }

    @EventHandler
    void on(PetitionAnsweredEvent e) {
        clear(e.petitionId());
    }

    @EventHandler
    void on(PetitionWithdrawnEvent e) {
        clear(e.petitionId());
    }

    @EventHandler
    void on(PetitionMergedIntoEvent e) {
        clear(e.petitionId());
    }

    @EventHandler
    void on(PetitionReopenedEvent e) {
        clear(e.petitionId());
    }

    /** Deadlines strictly before {@code today} that a level above could still take over. */
    public List<Due> overdue(LocalDate today, int limit) {
        return jdbc.query("select petition_id, deadline, level from petition_deadline where deadline < ? "
                        + "and level <> 'NATIONAL' order by deadline, petition_id limit ?",
                (rs, i) -> new Due(rs.getString(1), rs.getObject(2, LocalDate.class), HandlingLevel.valueOf(rs.getString(3))),
                today, limit);
    }

    private void set(String petitionId, LocalDate deadline, HandlingLevel level, String unit) {
        jdbc.update("insert into petition_deadline (petition_id, deadline, level, unit_code) values (?, ?, ?, ?) "
                + "on conflict (petition_id) do update set deadline = excluded.deadline, level = excluded.level",
                petitionId, deadline, level.name(), unit);
    }

    private void clear(String petitionId) {
        jdbc.update("delete from petition_deadline where petition_id = ?", petitionId);
    }
}
