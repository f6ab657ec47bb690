package vn.doanket.competition.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.doanket.competition.api.*;
import vn.doanket.competition.command.CompetitionRules;
import vn.doanket.events.UnitCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the competition API. Every creating request carries its client-supplied id: the same id with
 * the same body answers the existing result (200), the same id with another body a 409.
 */
public final class CompetitionRequests {

    static final String ID = CompetitionRules.ID_FORM;
    static final String UNIT = UnitCode.FORM;

    private CompetitionRequests() {
    }

    public record QuotaRequest(@NotNull PrizeTier tier, @Min(0) @Max(1000) int quota) {
        TierQuota tierQuota() {
            return new TierQuota(tier, quota);
        }
    }

    public record TieBreakRequest(@NotNull TieBreakKind kind, @NotBlank @Pattern(regexp = ID) String roundId,
                                  @Pattern(regexp = ID) String criterionId) {
        TieBreak tieBreak() {
            return new TieBreak(kind, roundId, criterionId);
        }
    }

    /** A new contest; quotas and the tie-break order are fixed here. */
    public record ContestRequest(@NotBlank @Pattern(regexp = ID) String contestId,
                                 @NotBlank @Pattern(regexp = UNIT) String organiserUnit,
                                 @NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn,
                                 @NotNull LocalDate endsOn, @Size(max = 10_000) String rules,
                                 @Min(1) @Max(50) int nominationAllowance,
                                 @NotEmpty @Size(max = 4) List<@Valid @NotNull QuotaRequest> quotas,
                                 @Size(max = 5) List<@Valid @NotNull TieBreakRequest> tieBreaks) {
    }

    /** A nomination by a unit below the organiser. */
    public record NominationRequest(@NotBlank @Pattern(regexp = ID) String contestantId,
                                    @NotBlank @Pattern(regexp = UNIT) String nominatingUnit,
                                    @NotBlank @Size(max = 200) String fullName,
                                    @Pattern(regexp = CompetitionRules.PERSON_FORM) String personId,
                                    @Pattern(regexp = CompetitionRules.COMMITTEE_FORM) String committeeId) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record CriterionRequest(@NotBlank @Pattern(regexp = ID) String criterionId, @NotBlank @Size(max = 300) String name,
                                   @Min(1) @Max(100) int weight, @Min(1) @Max(1000) int maxPoints) {
        Criterion criterion() {
            return new Criterion(criterionId, name, weight, maxPoints);
        }
    }

    public record AdvancementRequest(@NotNull AdvancementKind kind, @Min(0) @Max(300) int value) {
        Advancement advancement() {
            return new Advancement(kind, value);
        }
    }

    /** A round with its criteria and advancement rule (everyone goes on when absent). */
    public record RoundRequest(@NotBlank @Pattern(regexp = ID) String roundId, @NotBlank @Size(max = 300) String name,
                               @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria,
                               @Valid AdvancementRequest advancement) {
    }

    /** A judge's appointment: the username of their account and the unit they belong to. */
    public record JudgeRequest(@NotBlank @Pattern(regexp = CompetitionRules.USERNAME_FORM) String judge,
                               @NotBlank @Pattern(regexp = UNIT) String judgeUnit,
                               @Size(max = 10) List<@NotBlank @Pattern(regexp = ID) String> roundIds) {
    }

    public record ConflictRequest(@NotBlank @Pattern(regexp = CompetitionRules.USERNAME_FORM) String judge,
                                  @NotBlank @Pattern(regexp = ID) String contestantId,
                                  @NotBlank @Size(max = 2000) String reason) {
    }

    public record ScoreRequest(@NotBlank @Pattern(regexp = ID) String criterionId,
                               @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal points) {
        CriterionScore score() {
            return new CriterionScore(criterionId, points);
        }
    }

    /** A judge's sheet for one contestant: points on every criterion of the round. */
    public record SheetRequest(@NotBlank @Pattern(regexp = ID) String contestantId,
                               @NotEmpty @Size(max = 20) List<@Valid @NotNull ScoreRequest> scores) {
    }

    public record DecisionRequest(@NotBlank @Size(max = 100) String decisionRef) {
    }

    public record PrizeRequest(@NotBlank @Pattern(regexp = ID) String contestantId, @NotNull PrizeTier tier,
                               @NotBlank @Size(max = 100) String decisionRef, @NotBlank @Size(max = 2000) String reason) {
    }

    /** A correction after the results were locked; {@code newTier} null withdraws the prize. */
    public record CorrectionRequest(@NotBlank @Pattern(regexp = ID) String correctionId,
                                    @NotBlank @Pattern(regexp = ID) String contestantId, PrizeTier newTier,
                                    @NotBlank @Size(max = 2000) String reason,
                                    @NotBlank @Size(max = 100) String decisionRef) {
    }

    public record MovementCriterionRequest(@NotBlank @Pattern(regexp = ID) String criterionId,
                                           @NotBlank @Size(max = 300) String name) {
        MovementCriterion criterion() {
            return new MovementCriterion(criterionId, name);
        }
    }

    public record MovementRequest(@NotBlank @Pattern(regexp = ID) String movementId,
                                  @NotBlank @Pattern(regexp = UNIT) String organiserUnit, @NotNull MovementKind kind,
                                  @NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn,
                                  @NotNull LocalDate endsOn, @Size(max = 10_000) String description,
                                  @NotEmpty @Size(max = 30) List<@Valid @NotNull MovementCriterionRequest> criteria) {
    }

    /** A unit registers (once; the participation's id is the movement and the unit). */
    public record RegistrationRequest(@NotBlank @Pattern(regexp = UNIT) String unitCode, @Size(max = 2000) String pledge,
                                      LocalDate registeredOn) {
    }

    public record CriterionReportRequest(@NotBlank @Pattern(regexp = ID) String criterionId,
                                         @NotBlank @Size(max = 500) String value) {
        CriterionReport report() {
            return new CriterionReport(criterionId, value);
        }
    }

    public record ReportRequest(@NotBlank @Pattern(regexp = ID) String reportId, @NotNull LocalDate periodFrom,
                                @NotNull LocalDate periodTo,
                                @NotEmpty @Size(max = 30) List<@Valid @NotNull CriterionReportRequest> results,
                                @Size(max = 10_000) String summary) {
    }

    public record EvaluationRequest(@NotBlank @Pattern(regexp = ID) String evaluationId, @NotNull LocalDate periodFrom,
                                    @NotNull LocalDate periodTo, @NotNull EvaluationRating rating,
                                    @Size(max = 2000) String note) {
    }

    /** A commendation by a numbered decision. */
    public record CommendationRequest(@NotBlank @Pattern(regexp = ID) String commendationId,
                                      @NotBlank @Pattern(regexp = UNIT) String issuingUnit,
                                      @NotNull CommendationKind kind, @NotBlank @Size(max = 100) String decisionNumber,
                                      @NotNull LocalDate decidedOn, @NotNull RecipientKind recipientKind,
                                      @NotBlank @Size(max = 200) String recipientName,
                                      @Pattern(regexp = CompetitionRules.PERSON_FORM) String personId,
                                      @NotBlank @Pattern(regexp = UNIT) String recipientUnit,
                                      @NotNull CommendationBasis basis, @Pattern(regexp = ID) String basisId,
                                      @NotBlank @Size(max = 2000) String reason) {
    }

    public record RevocationRequest(@NotBlank @Size(max = 2000) String reason, LocalDate revokedOn) {
    }

    /** A gift or support entry; the amount in whole đồng. */
    public record GiftRequest(@NotBlank @Pattern(regexp = ID) String giftId,
                              @NotBlank @Pattern(regexp = UNIT) String unitCode, @NotNull GiftOccasion occasion,
                              @NotNull GiftRecipientKind recipientKind, @NotBlank @Size(max = 200) String recipientName,
                              @Pattern(regexp = CompetitionRules.PERSON_FORM) String personId,
                              @PositiveOrZero @Max(1_000_000_000L) long amountVnd, @Size(max = 300) String inKind,
                              @NotNull FundingSource fundingSource, @NotBlank @Size(max = 100) String decisionRef,
                              @NotNull LocalDate givenOn) {
        RecordGiftCommand command(String replaces) {
            return new RecordGiftCommand(giftId, unitCode, occasion, recipientKind, recipientName, personId, amountVnd,
                    inKind, fundingSource, decisionRef, givenOn, replaces);
        }
    }

    /** Corrects a gift entry: the old one is reversed and {@code replacement} recorded in its place. */
    public record GiftCorrectionRequest(@NotBlank @Size(max = 2000) String reason,
                                        @NotNull @Valid GiftRequest replacement) {
    }
}
