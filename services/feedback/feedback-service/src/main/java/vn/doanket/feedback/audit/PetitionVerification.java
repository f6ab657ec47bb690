package vn.doanket.feedback.audit;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.audit.AggregateReport;
import vn.doanket.audit.AuditVerifier;
import vn.doanket.audit.Finding;
import vn.doanket.audit.VerificationReport;
import vn.doanket.feedback.query.PetitionProjection;
import vn.doanket.territory.Territory;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code verify} for one petition or every petition of a unit (and the units below it), answering
 * integrity (events edited, reordered, deleted, inserted), completeness (a cut tail: expected seq N,
 * found M) and the validity of the signed checkpoints separately.
 */
@Component
public class PetitionVerification {

    private final AuditVerifier verifier;
    private final DataSource dataSource;
    private final MongoTemplate mongo;
    private final JdbcTemplate jdbc;
    private final Territory territory;

    public PetitionVerification(AuditVerifier verifier, DataSource dataSource, MongoTemplate mongo, JdbcTemplate jdbc,
                                Territory territory) {
        this.verifier = verifier;
        this.dataSource = dataSource;
        this.mongo = mongo;
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /**
     * An outcome: ok or not, in both languages, with the findings.
     *
     * @param ok nothing found
     * @param labelVi verdict, Vietnamese
     * @param labelEn verdict, English
     * @param findings what was found
     */
    public record Verdict(boolean ok, String labelVi, String labelEn, List<Finding> findings) {
    }

    /**
     * One petition's line in the result.
     *
     * @param petitionId the petition
     * @param events events in the store
     * @param lastSeq last sequence number in the store
     * @param lastChainedSeq last sequence number in the chain
     * @param lastCheckpointedSeq last sequence number in a valid signed checkpoint
     * @param intact no integrity finding
     * @param complete no completeness finding
     */
    public record PetitionResult(String petitionId, int events, long lastSeq, long lastChainedSeq,
                                 long lastCheckpointedSeq, boolean intact, boolean complete) {
    }

    /**
     * The answer of {@code verify}.
     *
     * @param scope {@code petition} or {@code unit}
     * @param subject the petition id or unit code
     * @param verifiedAt when
     * @param keyFingerprint fingerprint of the chain key (never the key)
     * @param signedCheckpoints valid signed checkpoints read
     * @param petitions petitions verified
     * @param clean integrity, completeness and checkpoints all ok
     * @param integrity edited, reordered, deleted or inserted events
     * @param completeness truncated streams
     * @param checkpoints the signed checkpoints themselves
     * @param results one line per petition
     */
    public record Result(String scope, String subject, Instant verifiedAt, String keyFingerprint, int signedCheckpoints,
                         int petitions, boolean clean, Verdict integrity, Verdict completeness, Verdict checkpoints,
                         List<PetitionResult> results) {
    }

    /** @return the verification of one petition */
    public Result petition(String petitionId) {
        return result("petition", petitionId, verifier.verify(dataSource, List.of(petitionId)));
    }

    /** @return the verification of every petition concerning the unit or a unit below it */
    public Result unit(String unitCode) {
        return result("unit", unitCode, verifier.verify(dataSource, petitionsOf(unitCode)));
    }

    /**
     * The unit's petitions. The registry, written in the same transaction as the petition's first
     * event, is the source: every petition registered under the unit, a residential area of it, or
     * (for a province or the nation) any commune of today's map below it and their areas, so that
     * {@code verify} never misses a petition the query model has not caught up with yet. The query
     * model's index adds petitions that reached the unit by lineage (a code closed by a reorganisation).
     */
    List<String> petitionsOf(String unitCode) {
        TreeSet<String> ids = new TreeSet<>();
        Document index = mongo.getCollection(PetitionProjection.UNIT_PETITIONS).find(Filters.eq("_id", unitCode)).first();
        if (index != null) {
            ids.addAll(index.getList("ids", String.class, List.of()));
        }
        if (Territory.NATION_CODE.equals(unitCode)) {
            ids.addAll(jdbc.queryForList("select petition_id from petition_registry", String.class));
            return List.copyOf(ids);
        }
        List<String> units = new ArrayList<>();
        units.add(unitCode);
        territory.descendants(unitCode, territory.today()).forEach(u -> units.add(u.code()));
        String[] codes = units.toArray(String[]::new);
        ids.addAll(jdbc.queryForList("select petition_id from petition_registry where unit_code = any(?) "
                + "or split_part(unit_code, '-', 1) = any(?)", String.class, codes, codes));
        return List.copyOf(ids);
    }

    private static Result result(String scope, String subject, VerificationReport report) {
        List<Finding> integrity = report.aggregates().stream().flatMap(a -> a.integrity().stream()).toList();
        List<Finding> completeness = report.aggregates().stream().flatMap(a -> a.completeness().stream()).toList();
        List<PetitionResult> results = report.aggregates().stream().map(PetitionVerification::line).toList();
        return new Result(scope, subject, report.verifiedAt(), report.keyFingerprint(), report.checkpoints(),
                report.aggregates().size(), report.clean(),
                new Verdict(integrity.isEmpty(), integrity.isEmpty() ? "Toàn vẹn" : "Đã bị can thiệp",
                        integrity.isEmpty() ? "Intact" : "Tampered", integrity),
                new Verdict(completeness.isEmpty(), completeness.isEmpty() ? "Đầy đủ" : "Bị cắt bớt",
                        completeness.isEmpty() ? "Complete" : "Truncated", completeness),
                new Verdict(report.checkpointsValid(), report.checkpointsValid() ? "Chữ ký hợp lệ" : "Chữ ký không hợp lệ",
                        report.checkpointsValid() ? "Signatures valid" : "Signatures invalid", report.checkpointFindings()),
                results);
    }

    private static PetitionResult line(AggregateReport a) {
        return new PetitionResult(a.aggregateId(), a.events(), a.lastSeq(), a.lastChainedSeq(), a.lastCheckpointedSeq(),
                a.intact(), a.complete());
    }
}
