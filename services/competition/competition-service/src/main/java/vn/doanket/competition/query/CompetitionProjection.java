package vn.doanket.competition.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.competition.api.*;
import vn.doanket.competition.command.ContestantIdentityRecordedEvent;
import vn.doanket.competition.command.RecipientIdentityRecordedEvent;
import vn.doanket.competition.command.ScoreSheetSubmittedEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.UnitCode;
import vn.doanket.territory.Territory;

import java.math.BigDecimal;

/**
 * The service's query tables (PostgreSQL), written by the {@value #GROUP} processor in the same transaction as its
 * token, so each event is applied exactly once and the tables equal a replay of the event store. Each handler is an
 * upsert or an update by primary key, so a replay from the start gives the same rows.
 *
 * <p>Sealed scores: a judge's sheet goes only to {@code judge_sheet} (read by that judge alone); marks and ranks
 * reach {@code round_result} only from {@link RoundLockedEvent}, so before the lock there is nothing to read.
 */
@Component
@ProcessingGroup(CompetitionProjection.GROUP)
public class CompetitionProjection {

    public static final String GROUP = "competition-query";

    private final JdbcTemplate jdbc;
    private final Territory territory;

    public CompetitionProjection(JdbcTemplate jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    private String path(String unitCode, java.time.LocalDate recordedOn) {
        return UnitPaths.of(territory, unitCode, recordedOn);
    }

    static String json(Object value) {
        try {
            return EnvelopeCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    @ResetHandler
    void reset() {
        for (String table : new String[] {"contest", "contest_round", "contestant", "contest_judge", "judge_sheet",
                "round_result", "contest_correction", "movement", "movement_unit", "movement_report",
                "movement_evaluation", "recipient", "commendation", "gift"}) {
            jdbc.update("delete from " + table);
        }
    }

    // ------------------------------------------------------------------ contests

    @EventHandler
    void on(ContestCreatedEvent e) {
        jdbc.update("insert into contest (contest_id, organiser_unit, organiser_path, level, title, starts_on, ends_on, rules, "
                        + "nomination_allowance, quotas, tie_breaks, created_on, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (contest_id) do nothing", e.contestId(), e.unitCode(), path(e.unitCode(), e.createdOn()),
                e.level().name(), e.title(),
                e.startsOn(), e.endsOn(), e.rules(), e.nominationAllowance(), json(e.quotas()), json(e.tieBreaks()),
                e.createdOn(), ContestStatus.PREPARATION.name());
    }

    @EventHandler
    void on(ContestantNominatedEvent e) {
        jdbc.update("insert into contestant (contest_id, contestant_id, nominating_unit, commune_code, person_id, "
                        + "committee_id, nominated_on) values (?, ?, ?, ?, ?, ?, ?) on conflict (contest_id, contestant_id) do nothing",
                e.contestId(), e.contestantId(), e.nominatingUnit(), e.communeCode(), e.personId(), e.committeeId(),
                e.nominatedOn());
    }

    @EventHandler
    void on(ContestantIdentityRecordedEvent e) {
        jdbc.update("update contestant set full_name = ? where contest_id = ? and contestant_id = ?", e.fullName(),
                e.contestId(), e.contestantId());
    }

    @EventHandler
    void on(NominationWithdrawnEvent e) {
        jdbc.update("update contestant set withdrawn_on = ?, withdrawal_reason = ? where contest_id = ? and contestant_id = ?",
                e.withdrawnOn(), e.reason(), e.contestId(), e.contestantId());
    }

    @EventHandler
    void on(RoundPlannedEvent e) {
        jdbc.update("insert into contest_round (contest_id, round_id, sequence, name, criteria, advancement, status) "
                        + "values (?, ?, ?, ?, ?, ?, 'PLANNED') on conflict (contest_id, round_id) do nothing",
                e.contestId(), e.roundId(), e.sequence(), e.name(), json(e.criteria()), json(e.advancement()));
    }

    @EventHandler
    void on(JudgeAppointedEvent e) {
        jdbc.update("insert into contest_judge (contest_id, judge, judge_unit, round_ids, appointed_on) values (?, ?, ?, ?, ?) "
                        + "on conflict (contest_id, judge) do nothing", e.contestId(), e.judge(), e.judgeUnit(),
                json(e.roundIds()), e.appointedOn());
    }

    @EventHandler
    void on(ConflictOfInterestDeclaredEvent e) {
        jdbc.update("update contest_judge set conflicts = conflicts + 1 where contest_id = ? and judge = ?",
                e.contestId(), e.judge());
    }

    @EventHandler
    void on(RoundOpenedEvent e) {
        jdbc.update("update contest_round set status = 'OPEN', opened_on = ? where contest_id = ? and round_id = ?",
                e.openedOn(), e.contestId(), e.roundId());
        jdbc.update("update contest set status = ? where contest_id = ?", ContestStatus.RUNNING.name(), e.contestId());
    }

    @EventHandler
    void on(ScoreSheetSubmittedEvent e) {
        jdbc.update("insert into judge_sheet (contest_id, round_id, judge, contestant_id, scores, submitted_on) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (contest_id, round_id, judge, contestant_id) "
                        + "do update set scores = excluded.scores, submitted_on = excluded.submitted_on",
                e.contestId(), e.roundId(), e.judge(), e.contestantId(), json(e.scores()), e.submittedOn());
    }

    @EventHandler
    void on(RoundClosedEvent e) {
        jdbc.update("update contest_round set status = 'CLOSED', closed_on = ?, sheets = ? where contest_id = ? and round_id = ?",
                e.closedOn(), e.sheets(), e.contestId(), e.roundId());
    }

    @EventHandler
    void on(RoundLockedEvent e) {
        jdbc.update("update contest_round set status = 'LOCKED', locked_on = ? where contest_id = ? and round_id = ?",
                e.lockedOn(), e.contestId(), e.roundId());
        for (ContestantResult r : e.results()) {
            jdbc.update("insert into round_result (contest_id, round_id, contestant_id, mark, rank, eligible_judges, sheets, "
                            + "criterion_means, advanced) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (contest_id, round_id, contestant_id) do nothing",
                    e.contestId(), e.roundId(), r.contestantId(), new BigDecimal(r.mark()), r.rank(), r.eligibleJudges(),
                    r.sheets(), json(r.criterionMeans()), r.advanced());
        }
    }

    @EventHandler
    void on(PrizeAwardedEvent e) {
        jdbc.update("update contestant set prize_tier = ?, prize_rank = ?, prize_basis = ? where contest_id = ? and contestant_id = ?",
                e.tier().name(), e.rank(), e.basis().name(), e.contestId(), e.contestantId());
        jdbc.update("update contest set status = ? where contest_id = ? and status = ?", ContestStatus.AWARDED.name(),
                e.contestId(), ContestStatus.RUNNING.name());
    }

    @EventHandler
    void on(ContestResultsLockedEvent e) {
        jdbc.update("update contest set status = ?, results_locked_on = ? where contest_id = ?",
                ContestStatus.RESULTS_LOCKED.name(), e.lockedOn(), e.contestId());
    }

    @EventHandler
    void on(ContestResultsPublishedEvent e) {
        jdbc.update("update contest set status = ?, published_on = ? where contest_id = ?",
                ContestStatus.PUBLISHED.name(), e.publishedOn(), e.contestId());
    }

    @EventHandler
    void on(ContestResultCorrectedEvent e) {
        jdbc.update("insert into contest_correction (contest_id, correction_id, contestant_id, previous_tier, new_tier, "
                        + "reason, decision_ref, corrected_on) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (contest_id, correction_id) do nothing", e.contestId(), e.correctionId(),
                e.contestantId(), e.previousTier() == null ? null : e.previousTier().name(),
                e.newTier() == null ? null : e.newTier().name(), e.reason(), e.decisionRef(), e.correctedOn());
        jdbc.update("update contestant set prize_tier = ?, prize_basis = ? where contest_id = ? and contestant_id = ?",
                e.newTier() == null ? null : e.newTier().name(), e.newTier() == null ? null : AwardBasis.DECISION.name(),
                e.contestId(), e.contestantId());
    }

    // ------------------------------------------------------------------ movements

    @EventHandler
    void on(MovementLaunchedEvent e) {
        jdbc.update("insert into movement (movement_id, organiser_unit, organiser_path, level, kind, title, starts_on, ends_on, "
                        + "description, criteria, launched_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (movement_id) do nothing",
                e.movementId(), e.unitCode(), path(e.unitCode(), e.launchedOn()), e.level().name(), e.kind().name(), e.title(), e.startsOn(), e.endsOn(),
                e.description(), json(e.criteria()), e.launchedOn());
    }

    @EventHandler
    void on(UnitRegisteredForMovementEvent e) {
        jdbc.update("insert into movement_unit (movement_id, unit_code, unit_path, pledge, registered_on) values (?, ?, ?, ?, ?) "
                + "on conflict (movement_id, unit_code) do nothing", e.movementId(), e.unitCode(),
                path(e.unitCode(), e.registeredOn()), e.pledge(), e.registeredOn());
    }

    @EventHandler
    void on(MovementProgressReportedEvent e) {
        int inserted = jdbc.update("insert into movement_report (movement_id, unit_code, report_id, period_from, period_to, "
                        + "results, summary, reported_on) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (movement_id, unit_code, report_id) do nothing", e.movementId(), e.unitCode(),
                e.reportId(), e.periodFrom(), e.periodTo(), json(e.results()), e.summary(), e.reportedOn());
        if (inserted > 0) {
            jdbc.update("update movement_unit set reports = reports + 1, last_reported_on = ? where movement_id = ? and unit_code = ?",
                    e.reportedOn(), e.movementId(), e.unitCode());
        }
    }

    @EventHandler
    void on(MovementUnitEvaluatedEvent e) {
        jdbc.update("insert into movement_evaluation (movement_id, unit_code, evaluation_id, period_from, period_to, rating, "
                        + "note, evaluated_on) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (movement_id, unit_code, evaluation_id) do nothing", e.movementId(), e.unitCode(),
                e.evaluationId(), e.periodFrom(), e.periodTo(), e.rating().name(), e.note(), e.evaluatedOn());
        jdbc.update("update movement_unit set last_rating = ?, last_period_to = ?, last_evaluated_on = ? "
                        + "where movement_id = ? and unit_code = ? and (last_period_to is null or last_period_to <= ?)",
                e.rating().name(), e.periodTo(), e.evaluatedOn(), e.movementId(), e.unitCode(), e.periodTo());
    }

    // ------------------------------------------------------------------ commendations and gifts

    @EventHandler
    void on(CommendationGrantedEvent e) {
        jdbc.update("insert into commendation (commendation_id, issuing_unit, unit_code, unit_path, kind, decision_number, "
                        + "decided_on, recipient_kind, person_id, basis, basis_id, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (commendation_id) do nothing", e.commendationId(), e.issuingUnit(), e.unitCode(),
                path(e.unitCode(), e.decidedOn()),
                e.kind().name(), e.decisionNumber(), e.decidedOn(), e.recipientKind().name(), e.personId(),
                e.basis().name(), e.basisId(), e.reason());
    }

    @EventHandler
    void on(RecipientIdentityRecordedEvent e) {
        jdbc.update("insert into recipient (aggregate_id, name) values (?, ?) on conflict (aggregate_id) do nothing",
                e.aggregateId(), e.name());
    }

    @EventHandler
    void on(CommendationRevokedEvent e) {
        jdbc.update("update commendation set revoked_on = ?, revocation_reason = ? where commendation_id = ?",
                e.revokedOn(), e.reason(), e.commendationId());
    }

    @EventHandler
    void on(GiftRecordedEvent e) {
        jdbc.update("insert into gift (gift_id, unit_code, unit_path, commune_code, occasion, recipient_kind, person_id, "
                        + "amount_vnd, in_kind, funding_source, decision_ref, given_on, replaces_gift_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (gift_id) do nothing", e.giftId(),
                e.unitCode(), path(e.unitCode(), e.givenOn()), UnitCode.communeOf(e.unitCode()),
                e.occasion().name(), e.recipientKind().name(), e.personId(), e.amountVnd(), e.inKind(),
                e.fundingSource().name(), e.decisionRef(), e.givenOn(), e.replacesGiftId());
    }

    @EventHandler
    void on(GiftReversedEvent e) {
        jdbc.update("update gift set reversed_on = ?, reversal_reason = ?, replaced_by = ? where gift_id = ?",
                e.reversedOn(), e.reason(), e.replacedByGiftId(), e.giftId());
    }
}
