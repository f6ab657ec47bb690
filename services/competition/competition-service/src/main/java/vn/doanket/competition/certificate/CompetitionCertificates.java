package vn.doanket.competition.certificate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.certificates.CertificateKind;
import vn.doanket.certificates.CertificateRequest;
import vn.doanket.certificates.Certificates;
import vn.doanket.competition.api.CommendationGrantedEvent;
import vn.doanket.competition.api.CommendationRevokedEvent;
import vn.doanket.competition.api.ContestResultCorrectedEvent;
import vn.doanket.competition.api.PrizeAwardedEvent;
import vn.doanket.competition.api.PrizeTier;
import vn.doanket.competition.command.CertificateIds;
import vn.doanket.competition.query.CompetitionProjection;

import java.time.LocalDate;
import java.util.List;

/**
 * Certificates of prizes and commendations (platform/certificates, contract A), issued only from the handlers of
 * the verified facts — {@link PrizeAwardedEvent}, {@link ContestResultCorrectedEvent}, {@link CommendationGrantedEvent}
 * — with certificate ids derived from those facts, so a replayed or redelivered fact issues nothing twice. Runs in the
 * {@value CompetitionProjection#GROUP} processor, after the earlier events of the same aggregate have written the
 * holder's name (a nominee's name, a recipient's name, both from internal unpublished events) in the same
 * transaction or before. A correction revokes the prize's standing certificate and issues one for the new tier; a
 * revoked commendation revokes its certificate.
 */
@Component
@ProcessingGroup(CompetitionProjection.GROUP)
public class CompetitionCertificates {

    static final int MAX_TITLE = 300;

    private final Certificates certificates;
    private final JdbcTemplate jdbc;

    public CompetitionCertificates(Certificates certificates, JdbcTemplate jdbc) {
        this.certificates = certificates;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PrizeAwardedEvent e) {
        issuePrize(e.contestId(), e.contestantId(), e.unitCode(), e.tier(),
                CertificateIds.prize(e.contestId(), e.contestantId()), e.awardedOn());
    }

    @EventHandler
    void on(ContestResultCorrectedEvent e) {
        List<String> standing = jdbc.queryForList("select certificate_id from prize_certificate where contest_id = ? "
                + "and contestant_id = ?", String.class, e.contestId(), e.contestantId());
        if (!standing.isEmpty()) {
            revoke(standing.get(0), "Điều chỉnh kết quả theo quyết định " + e.decisionRef() + ": " + e.reason(),
                    e.correctedOn());
        }
        jdbc.update("delete from prize_certificate where contest_id = ? and contestant_id = ?", e.contestId(),
                e.contestantId());
        if (e.newTier() != null) {
            issuePrize(e.contestId(), e.contestantId(), e.unitCode(), e.newTier(),
                    CertificateIds.correctedPrize(e.contestId(), e.contestantId(), e.correctionId()), e.correctedOn());
        }
    }

    /**
     * Revokes a certificate this service issued, once: not when it never was issued, not when this issuer already
     * revoked it, and not when someone revoked it through the certificate API (its query table says so; should that
     * table lag, the refusal rolls the batch back and the processor retries once it has caught up).
     */
    private void revoke(String certificateId, String reason, LocalDate on) {
        boolean revokedHere = !jdbc.queryForList("select 1 from issued_certificate where certificate_id = ? and revoked",
                Integer.class, certificateId).isEmpty();
        boolean revokedThere = certificates.find(certificateId).map(c -> c.revokedOn() != null).orElse(false);
        if (certificates.numberOf(certificateId).isPresent() && !revokedHere && !revokedThere) {
            certificates.revoke(certificateId, reason, on);
        }
        jdbc.update("insert into issued_certificate (certificate_id, revoked) values (?, true) "
                + "on conflict (certificate_id) do update set revoked = true", certificateId);
    }

    private void issue(CertificateRequest request) {
        certificates.issue(request);
        jdbc.update("insert into issued_certificate (certificate_id) values (?) on conflict (certificate_id) do nothing",
                request.certificateId());
    }

    private void issuePrize(String contestId, String contestantId, String organiser, PrizeTier tier,
                            String certificateId, LocalDate on) {
        List<String[]> rows = jdbc.query("select n.full_name, n.person_id, c.title from contestant n join contest c "
                        + "on c.contest_id = n.contest_id where n.contest_id = ? and n.contestant_id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, contestId, contestantId);
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            throw new IllegalStateException("The nominee of " + contestId + "/" + contestantId + " is not recorded yet");
        }
        issue(new CertificateRequest(certificateId, organiser, CertificateKind.PRIZE, rows.get(0)[0],
                rows.get(0)[1], title(tier.labelVi() + " — " + rows.get(0)[2]), "PrizeAwarded",
                contestId + ":" + contestantId, on));
        jdbc.update("insert into prize_certificate (contest_id, contestant_id, certificate_id) values (?, ?, ?) "
                + "on conflict (contest_id, contestant_id) do update set certificate_id = excluded.certificate_id",
                contestId, contestantId, certificateId);
    }

    @EventHandler
    void on(CommendationGrantedEvent e) {
        List<String> names = jdbc.queryForList("select name from recipient where aggregate_id = ?", String.class,
                e.commendationId());
        if (names.isEmpty()) {
            throw new IllegalStateException("The recipient of " + e.commendationId() + " is not recorded yet");
        }
        issue(new CertificateRequest(CertificateIds.commendation(e.commendationId()), e.issuingUnit(),
                CertificateKind.COMMENDATION, names.get(0), e.personId(),
                title(e.kind().labelVi() + " (" + e.decisionNumber() + "): " + e.reason()), "CommendationGranted",
                e.commendationId(), e.decidedOn()));
    }

    @EventHandler
    void on(CommendationRevokedEvent e) {
        revoke(CertificateIds.commendation(e.commendationId()), "Thu hồi khen thưởng: " + e.reason(), e.revokedOn());
    }

    private static String title(String title) {
        String stripped = title.strip();
        return stripped.length() <= MAX_TITLE ? stripped : stripped.substring(0, MAX_TITLE - 1) + "…";
    }
}
