package vn.doanket.competition.query;

import vn.doanket.competition.api.Advancement;
import vn.doanket.competition.api.Criterion;
import vn.doanket.competition.api.CriterionMean;
import vn.doanket.competition.api.CriterionReport;
import vn.doanket.competition.api.CriterionScore;
import vn.doanket.competition.api.MovementCriterion;
import vn.doanket.competition.api.TieBreak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the competition API answers: views of the query tables (no marks before a round is locked). */
public final class CompetitionViews {

    private CompetitionViews() {
    }

    /** A page of items: {@code total} items in all, {@code size} per page. */
    public record Page<T>(int page, int size, long total, List<T> items) {
    }

    /** A code with its labels, Vietnamese first. */
    public record Label(String code, String vi, String en) {
    }

    public record ContestSummary(String contestId, String organiserUnit, String organiserName, String level, String title,
                                 LocalDate startsOn, LocalDate endsOn, Label status, int contestants, int communes,
                                 LocalDate publishedOn) {
    }

    public record Quota(Label tier, int quota) {
    }

    public record RoundView(String roundId, int sequence, String name, List<Criterion> criteria, Advancement advancement,
                            String status, LocalDate openedOn, LocalDate closedOn, LocalDate lockedOn, Integer sheets) {
    }

    public record JudgeView(String judge, String judgeUnit, List<String> roundIds, int declaredConflicts,
                            LocalDate appointedOn) {
    }

    /** A contest: definition, progress and counts; never a mark (see the round results once locked). */
    public record ContestView(String contestId, String organiserUnit, String organiserName, String level, String title,
                              LocalDate startsOn, LocalDate endsOn, String rules, int nominationAllowance,
                              List<Quota> quotas, List<TieBreak> tieBreaks, Label status, LocalDate createdOn,
                              LocalDate resultsLockedOn, LocalDate publishedOn, int contestants, int communes,
                              int withdrawn, List<RoundView> rounds, List<JudgeView> judges) {
    }

    /** A contestant; the prize only once the results are published (or to the organiser once awarded). */
    public record ContestantView(String contestantId, String fullName, String nominatingUnit, String nominatingUnitName,
                                 String communeCode, String personId, String committeeId, LocalDate nominatedOn,
                                 LocalDate withdrawnOn, String withdrawalReason, Label prize, Integer prizeRank) {
    }

    /** One of the calling judge's own sheets. */
    public record SheetView(String contestantId, String fullName, String nominatingUnit, List<CriterionScore> scores,
                            LocalDate submittedOn) {
    }

    public record SheetsView(String contestId, String roundId, String judge, String roundStatus, List<SheetView> sheets) {
    }

    /** A contestant's result in a locked round. */
    public record ResultView(String contestantId, String fullName, String nominatingUnit, BigDecimal mark, int rank,
                             int eligibleJudges, int sheets, List<CriterionMean> criterionMeans, boolean advanced) {
    }

    public record RoundResultsView(String contestId, String roundId, String name, LocalDate lockedOn,
                                   List<ResultView> results) {
    }

    /** A prize, with the id of the certificate standing for it ({@code GET /api/certificates/{id}}), once issued. */
    public record PrizeView(String contestantId, String fullName, String nominatingUnit, String communeCode, Label tier,
                            Integer rank, String basis, String certificateId) {
    }

    public record CorrectionView(String correctionId, String contestantId, String previousTier, String newTier,
                                 String reason, String decisionRef, LocalDate correctedOn) {
    }

    public record PrizesView(String contestId, Label status, LocalDate publishedOn, List<Quota> quotas,
                             List<PrizeView> prizes, List<CorrectionView> corrections) {
    }

    public record MovementView(String movementId, String organiserUnit, String organiserName, String level, Label kind,
                               String title, LocalDate startsOn, LocalDate endsOn, String description,
                               List<MovementCriterion> criteria, LocalDate launchedOn, long registeredUnits) {
    }

    public record MovementUnitView(String unitCode, String unitName, String pledge, LocalDate registeredOn, int reports,
                                   LocalDate lastReportedOn, Label lastRating, LocalDate lastEvaluatedOn) {
    }

    public record ReportView(String reportId, LocalDate periodFrom, LocalDate periodTo, List<CriterionReport> results,
                             String summary, LocalDate reportedOn) {
    }

    public record EvaluationView(String evaluationId, LocalDate periodFrom, LocalDate periodTo, Label rating, String note,
                                 LocalDate evaluatedOn) {
    }

    public record ParticipationView(String movementId, MovementUnitView unit, List<ReportView> reports,
                                    List<EvaluationView> evaluations) {
    }

    public record CommendationView(String commendationId, String issuingUnit, String unitCode, Label kind,
                                   String decisionNumber, LocalDate decidedOn, Label recipientKind, String recipientName,
                                   String personId, Label basis, String basisId, String reason, LocalDate revokedOn,
                                   String revocationReason, String certificateId) {
    }

    /** A gift entry; amounts in whole đồng. */
    public record GiftView(String giftId, String unitCode, Label occasion, Label recipientKind, String recipientName,
                           String personId, long amountVnd, String inKind, Label fundingSource, String decisionRef,
                           LocalDate givenOn, String replacesGiftId, LocalDate reversedOn, String reversalReason,
                           String replacedBy) {
    }

    public record OccasionTotal(Label occasion, long gifts, long amountVnd) {
    }

    /**
     * Gifts of a unit and everything below it in a year, exact to the đồng: entries that count (not reversed), and
     * how many were reversed.
     */
    public record GiftTotals(String unitCode, int year, long gifts, long amountVnd, long reversed,
                             List<OccasionTotal> byOccasion) {
    }
}
