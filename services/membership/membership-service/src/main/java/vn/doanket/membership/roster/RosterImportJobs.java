package vn.doanket.membership.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.territory.Territory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs roster imports in the background, one row after another, and keeps each job's progress
 * (processed/total) and its refused rows in the service's PostgreSQL database (table
 * {@code roster_import_job}), so a job can be polled from any instance and outlives a restart.
 * <p>
 * A running job is leased by the instance running it ({@code owner}, renewed with every row). A job whose
 * lease lapsed ({@link #LEASE}: its instance stopped or died) is taken over by an instance and run again
 * from its first row: importing a row twice changes nothing (rows are keyed by person and position), so the
 * result is the same as one uninterrupted run. The uploaded file is kept only until its job ends (it holds
 * personal data).
 */
@Component
public class RosterImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RosterImportJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a running job's lease lasts without progress before another instance takes it over. */
    static final java.time.Duration LEASE = java.time.Duration.ofSeconds(60);

    /** A refused row: its number in the file, the column, the reason in Vietnamese and English. */
    public record RejectedRow(int row, String column, String code, String reasonVi, String reasonEn) {
    }

    /** The state of a job, as answered. */
    public record JobView(String jobId, String communeCode, String fileName, String status, int total, int processed,
                          int applied, int unchanged, int rejected, List<RejectedRow> rejectedRows,
                          Instant startedAt, Instant finishedAt) {
    }

    private final RosterImporter importer;
    private final Territory territory;
    private final JdbcTemplate jdbc;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean stopping;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "roster-import");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "roster-import-leases");
        t.setDaemon(true);
        return t;
    });

    public RosterImportJobs(CommandSender commands, Territory territory, JdbcTemplate jdbc) {
        this.importer = new RosterImporter(commands);
        this.territory = territory;
        this.jdbc = jdbc;
    }

    /** Starts importing the parsed rows of an uploaded file for a commune on behalf of {@code actor}. */
    public JobView start(String communeCode, String fileName, byte[] content, List<RosterFile.RawRow> rows, Actor actor) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into roster_import_job (job_id, commune_code, file_name, status, total, started_at, actor_id, "
                        + "actor_role, content, owner, lease_until) values (?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?)", id,
                communeCode, fileName, rows.size(), Timestamp.from(Instant.now()), actor.userId(), actor.role(), content,
                instance, leaseUntil());
        executor.execute(() -> run(id, communeCode, rows, actor));
        return find(communeCode, id).orElseThrow();
    }

    /** A job of a commune, if any. */
    public Optional<JobView> find(String communeCode, String jobId) {
        return jdbc.query("select job_id, commune_code, file_name, status, total, processed, applied, unchanged, "
                        + "rejected_rows, started_at, finished_at from roster_import_job where job_id = ? and commune_code = ?",
                (rs, i) -> {
                    List<RejectedRow> rejected = rejectedRows(rs.getString("rejected_rows"));
                    Timestamp finished = rs.getTimestamp("finished_at");
                    return new JobView(rs.getString("job_id"), rs.getString("commune_code"), rs.getString("file_name"),
                            rs.getString("status"), rs.getInt("total"), rs.getInt("processed"), rs.getInt("applied"),
                            rs.getInt("unchanged"), rejected.size(), rejected, rs.getTimestamp("started_at").toInstant(),
                            finished == null ? null : finished.toInstant());
                }, jobId, communeCode).stream().findFirst();
    }

    /** From the start, and every half lease: takes over the jobs whose instance stopped. */
    @EventListener(ApplicationReadyEvent.class)
    public void watchLeases() {
        long every = LEASE.toMillis() / 2;
        leases.scheduleWithFixedDelay(this::takeOverLapsed, 0, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Runs again, from their first row, the running jobs whose lease lapsed; returns how many it took over. */
    public int takeOverLapsed() {
        record Lapsed(String id, String communeCode, String fileName, byte[] content, Actor actor) {
        }
        int taken = 0;
        try {
            List<Lapsed> lapsed = jdbc.query("select job_id, commune_code, file_name, content, actor_id, actor_role "
                            + "from roster_import_job where status = 'RUNNING' and content is not null and lease_until < ?",
                    (rs, i) -> new Lapsed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                            new Actor(rs.getString(5), rs.getString(6))), Timestamp.from(Instant.now()));
            for (Lapsed job : lapsed) {
                // one instance wins the lease; the counters start again with the rows
                if (jdbc.update("update roster_import_job set owner = ?, lease_until = ?, processed = 0, applied = 0, "
                        + "unchanged = 0, rejected_rows = '[]' where job_id = ? and status = 'RUNNING' and lease_until < ?",
                        instance, leaseUntil(), job.id(), Timestamp.from(Instant.now())) == 1) {
                    log.info("Roster import {} for {} was interrupted: running it again", job.id(), job.communeCode());
                    executor.execute(() -> run(job.id(), job.communeCode(), RosterFile.parse(job.fileName(), job.content()),
                            job.actor()));
                    taken++;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Roster import leases not checked: {}", e.getClass().getSimpleName());
        }
        return taken;
    }

    private static Timestamp leaseUntil() {
        return Timestamp.from(Instant.now().plus(LEASE));
    }

    private void run(String id, String communeCode, List<RosterFile.RawRow> rows, Actor actor) {
        int processed = 0;
        int applied = 0;
        int unchanged = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        String status = "FAILED";
        boolean leftForAnother = false;
        try {
            for (RosterFile.RawRow row : rows) {
                if (stopping) {
                    // the service is stopping: the lease lapses and another instance (or the next start) runs it
                    leftForAnother = true;
                    return;
                }
                try {
                    if (importer.apply(communeCode, row.cells(), actor, territory.today()) == RosterImporter.Outcome.APPLIED) {
                        applied++;
                    } else {
                        unchanged++;
                    }
                } catch (RosterImporter.RowProblem problem) {
                    rejected.add(new RejectedRow(row.number(), problem.column, problem.code, problem.vi, problem.en));
                } catch (RuntimeException unexpected) {
                    if (stopping) {
                        leftForAnother = true;
                        return;
                    }
                    log.warn("Roster import {} row {} failed: {}", id, row.number(), unexpected.getClass().getSimpleName());
                    rejected.add(new RejectedRow(row.number(), null, "row-failed",
                            "Không ghi được dòng này; hãy nhập lại tệp", "This row could not be stored; import the file again"));
                }
                processed++;
                progress(id, processed, applied, unchanged, rejected);
            }
            status = "DONE";
        } catch (RuntimeException e) {
            log.warn("Roster import {} stopped: {}", id, e.getClass().getSimpleName());
        } finally {
            if (!leftForAnother) {
                jdbc.update("update roster_import_job set status = ?, finished_at = ?, content = null "
                        + "where job_id = ? and owner = ?", status, Timestamp.from(Instant.now()), id, instance);
                log.info("Roster import {} for {}: {} rows, {} applied, {} unchanged, {} rejected", id, communeCode,
                        rows.size(), applied, unchanged, rejected.size());
            }
        }
    }

    private void progress(String id, int processed, int applied, int unchanged, List<RejectedRow> rejected) {
        try {
            jdbc.update("update roster_import_job set processed = ?, applied = ?, unchanged = ?, rejected_rows = ?, "
                    + "lease_until = ? where job_id = ? and owner = ?", processed, applied, unchanged,
                    JSON.writeValueAsString(rejected), leaseUntil(), id, instance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RejectedRow> rejectedRows(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<RejectedRow>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        stopping = true;
        leases.shutdownNow();
        executor.shutdownNow();
    }
}
