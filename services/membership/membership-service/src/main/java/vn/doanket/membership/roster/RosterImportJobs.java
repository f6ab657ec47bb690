package vn.doanket.membership.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.territory.Territory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs roster imports in the background, one row after another, and keeps each job's progress (processed/total)
 * and its refused rows for callers to poll. Jobs live in memory for the life of the service instance.
 */
@Component
public class RosterImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RosterImportJobs.class);

    /** A refused row: its number in the file, the column, the reason in Vietnamese and English. */
    public record RejectedRow(int row, String column, String code, String reasonVi, String reasonEn) {
    }

    /** The state of a job, as answered. */
    public record JobView(String jobId, String communeCode, String fileName, String status, int total, int processed,
                          int applied, int unchanged, int rejected, List<RejectedRow> rejectedRows,
                          Instant startedAt, Instant finishedAt) {
    }

    static final class Job {
        final String id;
        final String communeCode;
        final String fileName;
        final int total;
        final AtomicInteger processed = new AtomicInteger();
        final AtomicInteger applied = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final List<RejectedRow> rejected = Collections.synchronizedList(new ArrayList<>());
        final Instant startedAt = Instant.now();
        volatile Instant finishedAt;
        volatile String status = "RUNNING";

        Job(String id, String communeCode, String fileName, int total) {
            this.id = id;
            this.communeCode = communeCode;
            this.fileName = fileName;
            this.total = total;
        }

        JobView view() {
            List<RejectedRow> rows;
            synchronized (rejected) {
                rows = List.copyOf(rejected);
            }
            return new JobView(id, communeCode, fileName, status, total, processed.get(), applied.get(),
                    unchanged.get(), rows.size(), rows, startedAt, finishedAt);
        }
    }

    private final RosterImporter importer;
    private final Territory territory;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "roster-import");
        t.setDaemon(true);
        return t;
    });

    public RosterImportJobs(CommandSender commands, Territory territory) {
        this.importer = new RosterImporter(commands);
        this.territory = territory;
    }

    /** Starts importing parsed rows for a commune on behalf of {@code actor}. */
    public JobView start(String communeCode, String fileName, List<RosterFile.RawRow> rows, Actor actor) {
        Job job = new Job(UUID.randomUUID().toString(), communeCode, fileName, rows.size());
        jobs.put(job.id, job);
        executor.execute(() -> run(job, rows, actor));
        return job.view();
    }

    /** A job of a commune, if any. */
    public java.util.Optional<JobView> find(String communeCode, String jobId) {
        Job job = jobs.get(jobId);
        return job == null || !job.communeCode.equals(communeCode) ? java.util.Optional.empty()
                : java.util.Optional.of(job.view());
    }

    private void run(Job job, List<RosterFile.RawRow> rows, Actor actor) {
        try {
            for (RosterFile.RawRow row : rows) {
                try {
                    RosterImporter.Outcome outcome = importer.apply(job.communeCode, row.cells(), actor, territory.today());
                    (outcome == RosterImporter.Outcome.APPLIED ? job.applied : job.unchanged).incrementAndGet();
                } catch (RosterImporter.RowProblem problem) {
                    job.rejected.add(new RejectedRow(row.number(), problem.column, problem.code, problem.vi, problem.en));
                } catch (RuntimeException unexpected) {
                    log.warn("Roster import {} row {} failed: {}", job.id, row.number(), unexpected.getClass().getSimpleName());
                    job.rejected.add(new RejectedRow(row.number(), null, "row-failed",
                            "Không ghi được dòng này; hãy nhập lại tệp", "This row could not be stored; import the file again"));
                }
                job.processed.incrementAndGet();
            }
            job.status = "DONE";
        } catch (RuntimeException e) {
            job.status = "FAILED";
            log.warn("Roster import {} stopped: {}", job.id, e.getClass().getSimpleName());
        } finally {
            job.finishedAt = Instant.now();
            log.info("Roster import {} for {}: {} rows, {} applied, {} unchanged, {} rejected", job.id, job.communeCode,
                    job.total, job.applied.get(), job.unchanged.get(), job.rejected.size());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
