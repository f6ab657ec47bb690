package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sample of every event competition publishes, keyed by event type: each has a golden JSON file
 * {@code golden/<type>-v1.json} and a JSON Schema {@code schemas/<type>-v1.schema.json} (src/main/resources).
 */
final class GoldenSamples {

    private GoldenSamples() {
    }

    static final String CONTEST = "hoi-thi-truong-ban-2026";
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static Map<String, DomainEvent> all() {
        Map<String, DomainEvent> samples = new LinkedHashMap<>();
        samples.put("ContestCreated", new ContestCreatedEvent(CONTEST, "79", OrganiserLevel.PROVINCE,
                "Hội thi Trưởng ban Công tác Mặt trận giỏi năm 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31),
                "Mỗi xã, phường đề cử tối đa 2 thí sinh", 2,
                List.of(new TierQuota(PrizeTier.FIRST, 1), new TierQuota(PrizeTier.SECOND, 2),
                        new TierQuota(PrizeTier.THIRD, 3), new TierQuota(PrizeTier.CONSOLATION, 13)),
                List.of(new TieBreak(TieBreakKind.ROUND_MARK, "thuyet-trinh", null),
                        new TieBreak(TieBreakKind.CRITERION_MARK, "thuyet-trinh", "noi-dung")), DAY));
        samples.put("ContestantNominated", new ContestantNominatedEvent(CONTEST, "79", "ts-1", "26560", "26560",
                "p-7f3a", "26560-KP01/2024", DAY));
        samples.put("NominationWithdrawn", new NominationWithdrawnEvent(CONTEST, "79", "ts-1", "26560", "26560",
                "Chuyển công tác", DAY));
        samples.put("RoundPlanned", new RoundPlannedEvent(CONTEST, "79", "thuyet-trinh", 1, "Thuyết trình",
                List.of(new Criterion("noi-dung", "Nội dung", 60, 10), new Criterion("trinh-bay", "Trình bày", 40, 10)),
                new Advancement(AdvancementKind.TOP, 10)));
        samples.put("JudgeAppointed", new JudgeAppointedEvent(CONTEST, "79", "kiem-tra-hcm", "79",
                List.of("thuyet-trinh"), DAY));
        samples.put("ConflictOfInterestDeclared", new ConflictOfInterestDeclaredEvent(CONTEST, "79", "kiem-tra-hcm",
                "ts-2", "Quan hệ gia đình", DAY));
        samples.put("RoundOpened", new RoundOpenedEvent(CONTEST, "79", "thuyet-trinh", List.of("ts-1", "ts-2"), DAY));
        samples.put("RoundClosed", new RoundClosedEvent(CONTEST, "79", "thuyet-trinh", 6, DAY));
        samples.put("RoundLocked", new RoundLockedEvent(CONTEST, "79", "thuyet-trinh", List.of(
                new ContestantResult("ts-2", "26506", "83.5000", 1, 2, 2,
                        List.of(new CriterionMean("noi-dung", "8.7500"), new CriterionMean("trinh-bay", "7.7500")), true)),
                DAY));
        samples.put("PrizeAwarded", new PrizeAwardedEvent(CONTEST, "79", "ts-2", "26506", "26506", PrizeTier.FIRST, 1,
                AwardBasis.RANKING, "125/QĐ-MTTQ", null, DAY));
        samples.put("ContestResultsLocked", new ContestResultsLockedEvent(CONTEST, "79",
                List.of(new TierCount(PrizeTier.FIRST, 1), new TierCount(PrizeTier.CONSOLATION, 0)), DAY));
        samples.put("ContestResultsPublished", new ContestResultsPublishedEvent(CONTEST, "79", DAY));
        samples.put("ContestResultCorrected", new ContestResultCorrectedEvent(CONTEST, "79", "dc-1", "ts-2", "26506",
                "26506", PrizeTier.FIRST, null, "Vi phạm thể lệ", "130/QĐ-MTTQ", DAY));
        samples.put("MovementLaunched", new MovementLaunchedEvent("pt-2026", "79", OrganiserLevel.PROVINCE,
                MovementKind.MOVEMENT, "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                List.of(new MovementCriterion("ho-thoat-ngheo", "Số hộ thoát nghèo")), DAY));
        samples.put("UnitRegisteredForMovement", new UnitRegisteredForMovementEvent("pt-2026/26560", "26560", "pt-2026",
                "79", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("ho-thoat-ngheo"),
                "Không còn hộ nghèo", DAY));
        samples.put("MovementProgressReported", new MovementProgressReportedEvent("pt-2026/26560", "26560", "pt-2026",
                "q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                List.of(new CriterionReport("ho-thoat-ngheo", "12 hộ")), null, DAY));
        samples.put("MovementUnitEvaluated", new MovementUnitEvaluatedEvent("pt-2026/26560", "26560", "pt-2026", "2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), EvaluationRating.EXCELLENT, null, DAY));
        samples.put("CommendationGranted", new CommendationGrantedEvent("kt-1", "26560-KP01", "26560",
                CommendationKind.GIAY_KHEN, "45/QĐ-MTTQ", DAY, RecipientKind.COLLECTIVE, null, CommendationBasis.MOVEMENT,
                "pt-2026", "Hoàn thành xuất sắc phong trào năm 2026"));
        samples.put("CommendationRevoked", new CommendationRevokedEvent("kt-1", "26560-KP01", "26560", "Sai đối tượng", DAY));
        samples.put("GiftRecorded", new GiftRecordedEvent("qua-1", "26560-KP01", GiftOccasion.TET,
                GiftRecipientKind.PRESTIGIOUS_PERSON, "p-7f3a", 450_000L, null, FundingSource.FOR_THE_POOR_FUND,
                "12/QĐ-MTTQ", LocalDate.of(2026, 2, 10), null));
        samples.put("GiftReversed", new GiftReversedEvent("qua-1", "26560-KP01", GiftOccasion.TET, 450_000L,
                "Nhập sai số tiền", DAY, "qua-2"));
        return samples;
    }
}
