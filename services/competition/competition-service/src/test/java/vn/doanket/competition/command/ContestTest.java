package vn.doanket.competition.command;

import org.junit.jupiter.api.Test;
import vn.doanket.competition.api.*;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.error.DomainException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.command.ContestFixtures.*;

/**
 * Given-when-then for every rule of a contest: creation and idempotency, nominations within the allowance, judges
 * and conflicts of interest, sealed sheets in open rounds only, marks as weighted means over the eligible judges,
 * prizes by rank within the quotas with the declared tie-break order, locked and published results, corrections.
 */
class ContestTest {

    static final String JUDGE_BA_RIA = "can-bo-ba-ria";
    static final String JUDGE_PROVINCE = "can-bo-hcm";
    static final String JUDGE_AUDITOR = "kiem-tra-hcm";

    /** A contest with contestants a (26560), b (26506), c (26526), one round planned, three judges, opened. */
    static List<Object> openRound() {
        List<Object> given = new ArrayList<>();
        given.add(created());
        given.addAll(nominated("a", "26560"));
        given.addAll(nominated("b", "26506"));
        given.addAll(nominated("c", "26526"));
        given.add(planned());
        given.add(judge(JUDGE_BA_RIA, "26560"));
        given.add(judge(JUDGE_PROVINCE, "79"));
        given.add(judge(JUDGE_AUDITOR, "79"));
        given.add(new RoundOpenedEvent(ID, PROVINCE, R1, List.of("a", "b", "c"), DAY));
        return given;
    }

    // ------------------------------------------------------------------ creation

    @Test
    void aContestIsCreatedWithItsQuotasAndTieBreakOrder() {
        fixture().givenNoPriorActivity().when(create(2, QUOTAS, TIE_BREAKS)).expectEvents(created())
                .expectResultMessagePayload(true);
    }

    @Test
    void theSameIdWithTheSameContentIsTheExistingContestAndOtherContentIsAConflict() {
        fixture().given(created()).when(create(2, QUOTAS, TIE_BREAKS)).expectNoEvents().expectResultMessagePayload(false);
        // the same quotas in another order are the same contest
        fixture().given(created()).when(create(2, List.of(QUOTAS.get(3), QUOTAS.get(0), QUOTAS.get(2), QUOTAS.get(1)),
                TIE_BREAKS)).expectNoEvents().expectResultMessagePayload(false);
        fixture().given(created()).when(create(3, QUOTAS, TIE_BREAKS))
                .expectException(DomainException.class).expectExceptionMessage("contest-id-taken: The contest id is already used by another contest");
    }

    @Test
    void aResidentialAreaOrganisesNoContest() {
        fixture().givenNoPriorActivity().when(new CreateContestCommand(ID, "26560-KP01", "Hội thi khu phố",
                        java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 12, 31), null, 2, QUOTAS,
                        TIE_BREAKS, DAY))
                .expectNoEvents().expectException(DomainException.class).expectExceptionMessage("invalid-organiser: "
                        + "The organiser must be the nation, a province, a (former) district or a commune");
    }

    @Test
    void aContestNeedsQuotasEachTierOnceAndAValidPeriod() {
        fixture().givenNoPriorActivity().when(create(2, List.of(), TIE_BREAKS)).expectException(DomainException.class)
                .expectNoEvents();
        fixture().givenNoPriorActivity().when(create(2, List.of(new TierQuota(PrizeTier.FIRST, 1),
                        new TierQuota(PrizeTier.FIRST, 2)), TIE_BREAKS)).expectException(DomainException.class);
        fixture().givenNoPriorActivity().when(create(0, QUOTAS, TIE_BREAKS)).expectException(DomainException.class);
        fixture().givenNoPriorActivity().when(new CreateContestCommand(ID, "99", "Hội thi", DAY, DAY, null, 1, QUOTAS,
                List.of(), DAY)).expectException(DomainException.class).expectExceptionMessage(
                "unknown-unit: The administrative unit 99 does not exist on " + DAY);
    }

    // ------------------------------------------------------------------ nominations

    @Test
    void aCommuneBelowTheOrganiserNominatesAndTheNameStaysInAnUnpublishedEvent() {
        fixture().given(created()).when(nominate("a", "26560"))
                .expectEvents(nominated("a", "26560").toArray()).expectResultMessagePayload(true);
        assertThat(DomainEvent.class.isAssignableFrom(ContestantIdentityRecordedEvent.class)).isFalse();
        assertThat(new ContestantIdentityRecordedEvent(ID, "a", "Nguyễn Văn A").toString()).doesNotContain("Nguyễn");
    }

    @Test
    void aSecondNominationOverTheAllowanceIsRefused() {
        fixture().given(created(1, QUOTAS, TIE_BREAKS), nominated("a", "26560").get(0), nominated("a", "26560").get(1))
                .when(nominate("b", "26560")).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("allowance-exceeded: The unit 26560 has already nominated its 1 contestant(s) "
                        + "allowed by the rules");
        // a withdrawn nomination frees the place
        fixture().given(created(1, QUOTAS, TIE_BREAKS), nominated("a", "26560").get(0), nominated("a", "26560").get(1),
                        new NominationWithdrawnEvent(ID, PROVINCE, "a", "26560", "26560", "Chuyển công tác", DAY))
                .when(nominate("b", "26560")).expectEvents(nominated("b", "26560").toArray());
    }

    @Test
    void theSameNominationAgainChangesNothingAndTheSameIdForSomeoneElseIsAConflict() {
        List<Object> given = new ArrayList<>(List.of(created()));
        given.addAll(nominated("a", "26560"));
        fixture().given(given).when(nominate("a", "26560")).expectNoEvents().expectResultMessagePayload(false);
        fixture().given(given).when(new NominateContestantCommand(ID, "a", "26560", "Trần Thị Bích", null, null, DAY))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("contestant-id-taken: The contestant id is already used by another nomination");
    }

    @Test
    void onlyCommunesBelowTheOrganiserNominate() {
        // Phường Ba Đình is in Hà Nội, not under Hồ Chí Minh City
        fixture().given(created()).when(nominate("x", "00004")).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("not-below-organiser: The nominating unit 00004 is not a commune under the organiser 79");
        // the province itself and a residential area are not communes below it
        fixture().given(created()).when(nominate("x", "79")).expectException(DomainException.class);
        fixture().given(created()).when(nominate("x", "26560-KP01")).expectException(DomainException.class);
    }

    @Test
    void nominationsCloseWhenTheFirstRoundOpens() {
        fixture().given(openRound()).when(nominate("d", "26536")).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("nominations-closed: The contest has started: nominations are closed");
    }

    // ------------------------------------------------------------------ rounds and judges

    @Test
    void roundsAndJudgesArePlannedIdempotently() {
        PlanRoundCommand plan = new PlanRoundCommand(ID, R1, "Thuyết trình", CRITERIA, null);
        fixture().given(created()).when(plan).expectEvents(planned()).expectResultMessagePayload(true);
        fixture().given(created(), planned()).when(plan).expectNoEvents().expectResultMessagePayload(false);
        fixture().given(created(), planned()).when(new PlanRoundCommand(ID, R1, "Thi viết", CRITERIA, null))
                .expectException(DomainException.class).expectExceptionMessage("round-id-taken: The round id is already used by another round");
        AppointJudgeCommand appoint = new AppointJudgeCommand(ID, JUDGE_PROVINCE, "79", List.of(), DAY);
        fixture().given(created(), planned()).when(appoint).expectEvents(judge(JUDGE_PROVINCE, "79"))
                .expectResultMessagePayload(true);
        fixture().given(created(), planned(), judge(JUDGE_PROVINCE, "79")).when(appoint).expectNoEvents()
                .expectResultMessagePayload(false);
        fixture().given(created(), planned(), judge(JUDGE_PROVINCE, "79"))
                .when(new AppointJudgeCommand(ID, JUDGE_PROVINCE, "26560", List.of(), DAY))
                .expectException(DomainException.class);
    }

    @Test
    void aCriterionNeedsAWeightAndAMaximum() {
        fixture().given(created()).when(new PlanRoundCommand(ID, R1, "Thuyết trình",
                        List.of(new Criterion(CONTENT, "Nội dung", 0, 10)), null))
                .expectException(DomainException.class).expectNoEvents();
        fixture().given(created()).when(new PlanRoundCommand(ID, R1, "Thuyết trình",
                        List.of(new Criterion(CONTENT, "Nội dung", 10, 10), new Criterion(CONTENT, "Lặp", 10, 10)), null))
                .expectException(DomainException.class);
    }

    @Test
    void theFirstRoundOpensOnlyWithJudgesAndATieBreakOrderNamingItsRoundsAndCriteria() {
        List<Object> given = new ArrayList<>(List.of(created()));
        given.addAll(nominated("a", "26560"));
        given.add(planned());
        fixture().given(given).when(new OpenRoundCommand(ID, R1, DAY)).expectException(DomainException.class)
                .expectExceptionMessage("no-judges: The round has no judges");
        given.add(judge(JUDGE_PROVINCE, "79"));
        fixture().given(given).when(new OpenRoundCommand(ID, R1, DAY))
                .expectEvents(new RoundOpenedEvent(ID, PROVINCE, R1, List.of("a"), DAY));
        List<Object> unknown = new ArrayList<>(given);
        unknown.set(0, created(2, QUOTAS, List.of(new TieBreak(TieBreakKind.CRITERION_MARK, R1, "khong-co"))));
        fixture().given(unknown).when(new OpenRoundCommand(ID, R1, DAY)).expectException(DomainException.class)
                .expectExceptionMessage("unknown-tie-break: The tie-break order names a round or criterion the contest "
                        + "does not have: " + R1 + "/khong-co");
    }

    // ------------------------------------------------------------------ scoring (sealed)

    @Test
    void aJudgeScoresAContestantOfAnotherUnitAndTheSheetIsNeverPublished() {
        fixture().given(openRound()).when(score(JUDGE_PROVINCE, "79", "a", "8", "7.5"))
                .expectEvents(sheet(JUDGE_PROVINCE, "a", "8", "7.5"));
        assertThat(DomainEvent.class.isAssignableFrom(ScoreSheetSubmittedEvent.class)).isFalse();
        assertThat(sheet(JUDGE_PROVINCE, "a", "8", "7.5").toString()).doesNotContain("7.5").contains("sealed");
    }

    @Test
    void aJudgeScoringAContestantOfTheirOwnCommuneIsRefused() {
        fixture().given(openRound()).when(score(JUDGE_BA_RIA, "26560", "a", "8", "7")).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("conflict-of-interest: The judge may not score this contestant: the judge "
                        + "belongs to the unit that nominated the contestant (26560)");
        // a judge appointed for the province but signed in with a scope in the contestant's commune is refused too
        fixture().given(openRound()).when(score(JUDGE_PROVINCE, "26560", "a", "8", "7")).expectNoEvents()
                .expectException(DomainException.class);
        // the same judge scores a contestant of another commune
        fixture().given(openRound()).when(score(JUDGE_BA_RIA, "26560", "b", "8", "7"))
                .expectEvents(sheet(JUDGE_BA_RIA, "b", "8", "7"));
    }

    @Test
    void inACommuneContestAJudgeOfTheCommuneScoresItsAreasButNotTheirOwnArea() {
        ContestCreatedEvent ward = new ContestCreatedEvent(ID, "26560", OrganiserLevel.COMMUNE, "Hội thi khu dân cư",
                DAY, DAY, null, 1, List.of(new TierQuota(PrizeTier.FIRST, 1)), List.of(), DAY);
        List<Object> given = new ArrayList<>(List.of(ward,
                new ContestantNominatedEvent(ID, "26560", "a", "26560-KP01", "26560", null, null, DAY),
                new ContestantIdentityRecordedEvent(ID, "a", "Lê Thị Hoa"),
                new ContestantNominatedEvent(ID, "26560", "b", "26560-KP02", "26560", null, null, DAY),
                new ContestantIdentityRecordedEvent(ID, "b", "Lê Văn Nam"),
                new RoundPlannedEvent(ID, "26560", R1, 1, "Tiểu phẩm", CRITERIA, Advancement.all()),
                new JudgeAppointedEvent(ID, "26560", "lanh-dao-ba-ria", "26560", List.of(), DAY),
                new JudgeAppointedEvent(ID, "26560", "ban-cong-tac-kp-phuoc-trung", "26560-KP01", List.of(), DAY),
                new RoundOpenedEvent(ID, "26560", R1, List.of("a", "b"), DAY)));
        fixture().given(given).when(new SubmitScoreSheetCommand(ID, R1, "a", "lanh-dao-ba-ria", "26560",
                List.of(new CriterionScore(CONTENT, java.math.BigDecimal.ONE), new CriterionScore(DELIVERY,
                        java.math.BigDecimal.ONE)), DAY)).expectSuccessfulHandlerExecution();
        fixture().given(given).when(new SubmitScoreSheetCommand(ID, R1, "a", "ban-cong-tac-kp-phuoc-trung",
                "26560-KP01", List.of(new CriterionScore(CONTENT, java.math.BigDecimal.ONE), new CriterionScore(DELIVERY,
                        java.math.BigDecimal.ONE)), DAY)).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("conflict-of-interest: The judge may not score this contestant: the judge "
                        + "belongs to the unit that nominated the contestant (26560-KP01)");
        fixture().given(given).when(new SubmitScoreSheetCommand(ID, R1, "b", "ban-cong-tac-kp-phuoc-trung",
                "26560-KP01", List.of(new CriterionScore(CONTENT, java.math.BigDecimal.ONE), new CriterionScore(DELIVERY,
                        java.math.BigDecimal.ONE)), DAY)).expectSuccessfulHandlerExecution();
        // in a province contest, a judge from an area of the nominating commune belongs to it
        assertThat(Contest.belongsTo("26560-KP02", "26560")).isTrue();
        assertThat(Contest.belongsTo("26560", "26560-KP02")).isFalse();
        assertThat(Contest.belongsTo("79", "26560")).isFalse();
    }

    @Test
    void aJudgeDeclaredRelatedToAContestantCannotScoreThem() {
        List<Object> given = openRound();
        given.add(new ConflictOfInterestDeclaredEvent(ID, PROVINCE, JUDGE_PROVINCE, "b", "Quan hệ gia đình", DAY));
        fixture().given(given).when(score(JUDGE_PROVINCE, "79", "b", "8", "7")).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("conflict-of-interest: The judge may not score this contestant: a relation "
                        + "with the contestant was declared (Quan hệ gia đình)");
        fixture().given(openRound()).when(new DeclareConflictOfInterestCommand(ID, JUDGE_PROVINCE, "b",
                "Quan hệ gia đình", DAY)).expectEvents(given.get(given.size() - 1));
        fixture().given(given).when(new DeclareConflictOfInterestCommand(ID, JUDGE_PROVINCE, "b", "Quan hệ gia đình",
                DAY)).expectNoEvents().expectSuccessfulHandlerExecution();
        // not while a closed round awaits its lock (its marks are those of the sheets it closed with)
        List<Object> closed = openRound();
        closed.add(sheet(JUDGE_PROVINCE, "a", "8", "7"));
        closed.add(sheet(JUDGE_PROVINCE, "b", "8", "7"));
        closed.add(sheet(JUDGE_PROVINCE, "c", "8", "7"));
        closed.add(new RoundClosedEvent(ID, PROVINCE, R1, 3, DAY));
        fixture().given(closed).when(new DeclareConflictOfInterestCommand(ID, JUDGE_PROVINCE, "b", "Quan hệ gia đình",
                DAY)).expectNoEvents().expectException(DomainException.class).expectExceptionMessage("round-closed: The "
                + "round Thuyết trình is closed and awaits its lock: declare a relation before closing");
    }

    @Test
    void aMarkAboveTheCriterionsMaximumIsRefused() {
        fixture().given(openRound()).when(score(JUDGE_PROVINCE, "79", "a", "10.5", "7")).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("points-above-maximum: Points 10.5 exceed the maximum 10 of the criterion Nội dung");
        fixture().given(openRound()).when(score(JUDGE_PROVINCE, "79", "a", "-1", "7")).expectNoEvents()
                .expectException(DomainException.class);
        fixture().given(openRound()).when(score(JUDGE_PROVINCE, "79", "a", "8.125", "7")).expectNoEvents()
                .expectException(DomainException.class);
        fixture().given(openRound()).when(new SubmitScoreSheetCommand(ID, R1, "a", JUDGE_PROVINCE, "79",
                        List.of(new CriterionScore(CONTENT, java.math.BigDecimal.ONE)), DAY)).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage(
                        "invalid-sheet: A sheet needs points on each criterion of the round, once each");
    }

    @Test
    void scoringAClosedRoundIsRefused() {
        List<Object> given = openRound();
        given.add(sheet(JUDGE_PROVINCE, "a", "8", "7"));
        given.add(sheet(JUDGE_PROVINCE, "b", "8", "7"));
        given.add(sheet(JUDGE_PROVINCE, "c", "8", "7"));
        given.add(new RoundClosedEvent(ID, PROVINCE, R1, 3, DAY));
        fixture().given(given).when(score(JUDGE_AUDITOR, "79", "a", "9", "9")).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("round-not-open: The round Thuyết trình is not open for scoring");
        // and a round not yet opened
        List<Object> planned = new ArrayList<>(openRound().subList(0, openRound().size() - 1));
        fixture().given(planned).when(score(JUDGE_AUDITOR, "79", "a", "9", "9")).expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void someoneWhoIsNotAJudgeOfTheRoundCannotScore() {
        fixture().given(openRound()).when(score("lanh-dao-hcm", "79", "a", "8", "7")).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("not-a-judge: You are not a judge of this round");
    }

    @Test
    void theSameSheetAgainChangesNothingAndAnotherSheetReplacesItWhileOpen() {
        List<Object> given = openRound();
        given.add(sheet(JUDGE_PROVINCE, "a", "8", "7"));
        fixture().given(given).when(score(JUDGE_PROVINCE, "79", "a", "8.00", "7")).expectNoEvents()
                .expectSuccessfulHandlerExecution();
        fixture().given(given).when(score(JUDGE_PROVINCE, "79", "a", "9", "7"))
                .expectEvents(sheet(JUDGE_PROVINCE, "a", "9", "7"));
    }

    @Test
    void aRoundClosesOnlyWhenEveryContestantHasASheetOfAnEligibleJudgeAndItsEventCarriesNoMark() {
        List<Object> given = openRound();
        given.add(sheet(JUDGE_PROVINCE, "a", "8", "7"));
        given.add(sheet(JUDGE_PROVINCE, "b", "8", "7"));
        fixture().given(given).when(new CloseRoundCommand(ID, R1, DAY)).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("unscored-contestants: 1 contestant(s) have no sheet from an eligible judge");
        given.add(sheet(JUDGE_PROVINCE, "c", "6", "6"));
        fixture().given(given).when(new CloseRoundCommand(ID, R1, DAY))
                .expectEvents(new RoundClosedEvent(ID, PROVINCE, R1, 3, DAY));
        assertThat(java.util.Arrays.stream(RoundClosedEvent.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(n -> n.contains("mark") || n.contains("result") || n.contains("rank"));
    }

    // ------------------------------------------------------------------ lock: marks over eligible judges

    @Test
    void lockingComputesTheWeightedMeanOverTheEligibleJudgesSoExclusionsDoNotPenalise() {
        List<Object> given = openRound();
        // a: from 26560, so can-bo-ba-ria is not eligible; two eligible judges, means 8.5 and 7.5 → 81
        given.add(sheet(JUDGE_PROVINCE, "a", "8", "7"));
        given.add(sheet(JUDGE_AUDITOR, "a", "9", "8"));
        // b: three eligible judges, but kiem-tra-hcm is later declared related: its 2/2 is left out → 80
        given.add(sheet(JUDGE_BA_RIA, "b", "8", "8"));
        given.add(sheet(JUDGE_PROVINCE, "b", "8", "8"));
        given.add(sheet(JUDGE_AUDITOR, "b", "2", "2"));
        given.add(new ConflictOfInterestDeclaredEvent(ID, PROVINCE, JUDGE_AUDITOR, "b", "Quan hệ gia đình", DAY));
        // c: one eligible sheet → 60
        given.add(sheet(JUDGE_PROVINCE, "c", "6", "6"));
        given.add(new RoundClosedEvent(ID, PROVINCE, R1, 6, DAY));
        fixture().given(given).when(new LockRoundCommand(ID, R1, DAY)).expectEvents(new RoundLockedEvent(ID, PROVINCE,
                R1, List.of(
                new ContestantResult("a", "26560", "81.0000", 1, 2, 2,
                        List.of(new CriterionMean(CONTENT, "8.5000"), new CriterionMean(DELIVERY, "7.5000")), true),
                new ContestantResult("b", "26506", "80.0000", 2, 2, 2,
                        List.of(new CriterionMean(CONTENT, "8.0000"), new CriterionMean(DELIVERY, "8.0000")), true),
                new ContestantResult("c", "26526", "60.0000", 3, 3, 1,
                        List.of(new CriterionMean(CONTENT, "6.0000"), new CriterionMean(DELIVERY, "6.0000")), true)),
                DAY));
    }

    @Test
    void aRoundIsLockedOnlyOnceClosed() {
        fixture().given(openRound()).when(new LockRoundCommand(ID, R1, DAY)).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("round-not-closed: The round Thuyết trình must be closed before it is locked");
    }

    // ------------------------------------------------------------------ prizes

    /** 19 contestants of 11 communes, all scored by two province judges, the round locked. */
    static Scenario nineteenScored() {
        List<Object> given = new ArrayList<>(List.of(created()));
        Scenario scenario = new Scenario(given);
        for (int i = 0; i < 19; i++) {
            scenario.run(nominate("t" + (i < 9 ? "0" : "") + (i + 1), COMMUNES.get(i % COMMUNES.size())));
        }
        scenario.run(new PlanRoundCommand(ID, R1, "Thuyết trình", CRITERIA, null));
        scenario.run(new AppointJudgeCommand(ID, JUDGE_PROVINCE, "79", List.of(), DAY));
        scenario.run(new AppointJudgeCommand(ID, JUDGE_AUDITOR, "79", List.of(), DAY));
        scenario.run(new OpenRoundCommand(ID, R1, DAY));
        for (int i = 0; i < 19; i++) {
            String id = "t" + (i < 9 ? "0" : "") + (i + 1);
            // distinct marks: t01 best, t19 last
            String content = new java.math.BigDecimal(10).subtract(new java.math.BigDecimal(i).movePointLeft(1)).toPlainString();
            scenario.run(score(JUDGE_PROVINCE, "79", id, content, "8"));
            scenario.run(score(JUDGE_AUDITOR, "79", id, content, "8"));
        }
        scenario.run(new CloseRoundCommand(ID, R1, DAY));
        scenario.run(new LockRoundCommand(ID, R1, DAY));
        return scenario;
    }

    @Test
    void nineteenContestantsWithQuotasOneTwoThreeThirteenGetExactlyThosePrizesAndATwentiethIsRefused() {
        Scenario scenario = nineteenScored();
        assertThat(scenario.of(ContestantNominatedEvent.class).stream().map(ContestantNominatedEvent::communeCode)
                .distinct()).hasSize(11);
        List<Object> awarded = scenario.run(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY));
        Map<PrizeTier, Integer> counts = new EnumMap<>(PrizeTier.class);
        awarded.forEach(e -> counts.merge(((PrizeAwardedEvent) e).tier(), 1, Integer::sum));
        assertThat(counts).containsExactly(Map.entry(PrizeTier.FIRST, 1), Map.entry(PrizeTier.SECOND, 2),
                Map.entry(PrizeTier.THIRD, 3), Map.entry(PrizeTier.CONSOLATION, 13));
        PrizeAwardedEvent first = (PrizeAwardedEvent) awarded.get(0);
        assertThat(first.contestantId()).isEqualTo("t01");
        assertThat(first.tier()).isEqualTo(PrizeTier.FIRST);
        assertThat(first.rank()).isEqualTo(1);
        // a twentieth prize: every quota is full
        fixture().given(scenario.events).when(new AwardPrizeCommand(ID, "t19", PrizeTier.THIRD, "26/QĐ-MTTQ",
                        "Giải đặc cách", DAY)).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("quota-exceeded: The third prize quota is full (3/3)");
        fixture().given(scenario.events).when(new AwardPrizeCommand(ID, "t19", PrizeTier.FIRST, "26/QĐ-MTTQ",
                "Giải đặc cách", DAY)).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("quota-exceeded: The first prize quota is full (1/1)");
        // and the ranking is awarded once
        fixture().given(scenario.events).when(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY)).expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void aPrizeBeyondItsTiersQuotaIsRefused() {
        Scenario scenario = nineteenScored();
        scenario.run(new AwardPrizeCommand(ID, "t05", PrizeTier.FIRST, "25/QĐ-MTTQ", "Quyết định của Ban giám khảo", DAY));
        // the same prize again is the existing one
        fixture().given(scenario.events).when(new AwardPrizeCommand(ID, "t05", PrizeTier.FIRST, "25/QĐ-MTTQ",
                "Quyết định của Ban giám khảo", DAY)).expectNoEvents().expectResultMessagePayload(false);
        fixture().given(scenario.events).when(new AwardPrizeCommand(ID, "t01", PrizeTier.FIRST, "25/QĐ-MTTQ",
                        "Quyết định của Ban giám khảo", DAY)).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("quota-exceeded: The first prize quota is full (1/1)");
        fixture().given(scenario.events).when(new AwardPrizeCommand(ID, "t01", PrizeTier.SECOND, "25/QĐ-MTTQ",
                        "Quyết định của Ban giám khảo", DAY))
                .expectEvents(new PrizeAwardedEvent(ID, PROVINCE, "t01", "26506", "26506", PrizeTier.SECOND, 1,
                        AwardBasis.DECISION, "25/QĐ-MTTQ", "Quyết định của Ban giám khảo", DAY));
    }

    /** Two contestants with the same mark; b has the higher mean on "content". */
    static Scenario tied(List<TieBreak> tieBreaks) {
        Scenario scenario = new Scenario(List.of(created(2, List.of(new TierQuota(PrizeTier.FIRST, 1),
                new TierQuota(PrizeTier.SECOND, 1)), tieBreaks)));
        scenario.run(nominate("a", "26506"));
        scenario.run(nominate("b", "26526"));
        scenario.run(new PlanRoundCommand(ID, R1, "Thuyết trình", CRITERIA, null));
        scenario.run(new AppointJudgeCommand(ID, JUDGE_PROVINCE, "79", List.of(), DAY));
        scenario.run(new OpenRoundCommand(ID, R1, DAY));
        // a: 60×8 + 40×9 = 840 → 84; b: 60×9 + 40×7.5 = 840 → 84
        scenario.run(score(JUDGE_PROVINCE, "79", "a", "8", "9"));
        scenario.run(score(JUDGE_PROVINCE, "79", "b", "9", "7.5"));
        scenario.run(new CloseRoundCommand(ID, R1, DAY));
        return scenario;
    }

    @Test
    void aTieIsResolvedByTheDeclaredOrder() {
        Scenario scenario = tied(TIE_BREAKS);
        RoundLockedEvent locked = (RoundLockedEvent) scenario.run(new LockRoundCommand(ID, R1, DAY)).get(0);
        assertThat(locked.results()).extracting(ContestantResult::contestantId, ContestantResult::mark, ContestantResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", "84.0000", 1),
                        org.assertj.core.groups.Tuple.tuple("a", "84.0000", 2));
        fixture().given(scenario.events).when(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY)).expectEvents(
                new PrizeAwardedEvent(ID, PROVINCE, "b", "26526", "26526", PrizeTier.FIRST, 1, AwardBasis.RANKING,
                        "25/QĐ-MTTQ", null, DAY),
                new PrizeAwardedEvent(ID, PROVINCE, "a", "26506", "26506", PrizeTier.SECOND, 2, AwardBasis.RANKING,
                        "25/QĐ-MTTQ", null, DAY));
    }

    @Test
    void aTieTheDeclaredOrderCannotResolveAcrossAQuotaIsLeftToTheOrganiser() {
        Scenario scenario = tied(List.of());
        RoundLockedEvent locked = (RoundLockedEvent) scenario.run(new LockRoundCommand(ID, R1, DAY)).get(0);
        assertThat(locked.results()).extracting(ContestantResult::rank).containsExactly(1, 1);
        fixture().given(scenario.events).when(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY)).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage(
                        "unresolved-tie: Contestants a, b are tied at rank 1 even after the declared tie-break order, "
                                + "but only 1 first prize(s) remain: the organiser decides prize by prize");
        // the organiser decides prize by prize
        scenario.run(new AwardPrizeCommand(ID, "a", PrizeTier.FIRST, "26/QĐ-MTTQ", "Bốc thăm trước hội đồng", DAY));
        scenario.run(new AwardPrizeCommand(ID, "b", PrizeTier.SECOND, "26/QĐ-MTTQ", "Bốc thăm trước hội đồng", DAY));
        assertThat(scenario.of(PrizeAwardedEvent.class)).extracting(PrizeAwardedEvent::rank).containsExactly(1, 1);
    }

    @Test
    void theBestGoOnToTheNextRoundAndTheFinalRankingPutsFinalistsFirst() {
        String written = "thi-viet";
        Scenario scenario = new Scenario(List.of(created(2, List.of(new TierQuota(PrizeTier.FIRST, 1),
                new TierQuota(PrizeTier.SECOND, 1), new TierQuota(PrizeTier.CONSOLATION, 2)),
                List.of(new TieBreak(TieBreakKind.ROUND_MARK, written, null)))));
        for (String[] n : new String[][] {{"a", "26506"}, {"b", "26526"}, {"c", "26536"}, {"d", "26542"}}) {
            scenario.run(nominate(n[0], n[1]));
        }
        scenario.run(new PlanRoundCommand(ID, written, "Thi viết", List.of(new Criterion("bai-viet", "Bài viết", 1, 100)),
                new Advancement(AdvancementKind.TOP, 2)));
        scenario.run(new PlanRoundCommand(ID, R1, "Thuyết trình", CRITERIA, null));
        scenario.run(new AppointJudgeCommand(ID, JUDGE_PROVINCE, "79", List.of(), DAY));
        scenario.run(new OpenRoundCommand(ID, written, DAY));
        // a round opens only after the previous one is locked
        fixture().given(scenario.events).when(new OpenRoundCommand(ID, R1, DAY)).expectNoEvents()
                .expectException(DomainException.class);
        int[] points = {70, 90, 80, 60};
        String[] ids = {"a", "b", "c", "d"};
        for (int i = 0; i < 4; i++) {
            scenario.run(new SubmitScoreSheetCommand(ID, written, ids[i], JUDGE_PROVINCE, "79",
                    List.of(new CriterionScore("bai-viet", java.math.BigDecimal.valueOf(points[i]))), DAY));
        }
        scenario.run(new CloseRoundCommand(ID, written, DAY));
        RoundLockedEvent first = (RoundLockedEvent) scenario.run(new LockRoundCommand(ID, written, DAY)).get(0);
        assertThat(first.results()).extracting(ContestantResult::contestantId, ContestantResult::advanced).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b", true), org.assertj.core.groups.Tuple.tuple("c", true),
                org.assertj.core.groups.Tuple.tuple("a", false), org.assertj.core.groups.Tuple.tuple("d", false));
        RoundOpenedEvent opened = (RoundOpenedEvent) scenario.run(new OpenRoundCommand(ID, R1, DAY)).get(0);
        assertThat(opened.contestantIds()).containsExactly("b", "c");
        // the eliminated are not in the final round
        fixture().given(scenario.events).when(score(JUDGE_PROVINCE, "79", "a", "9", "9")).expectNoEvents()
                .expectException(DomainException.class);
        // the final: c beats b; then the written test orders a before d for the consolation prizes
        scenario.run(score(JUDGE_PROVINCE, "79", "b", "7", "7"));
        scenario.run(score(JUDGE_PROVINCE, "79", "c", "9", "9"));
        scenario.run(new CloseRoundCommand(ID, R1, DAY));
        scenario.run(new LockRoundCommand(ID, R1, DAY));
        List<Object> awarded = scenario.run(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY));
        assertThat(awarded).extracting(e -> ((PrizeAwardedEvent) e).contestantId() + ":" + ((PrizeAwardedEvent) e).tier())
                .containsExactly("c:FIRST", "b:SECOND", "a:CONSOLATION", "d:CONSOLATION");
    }

    @Test
    void aContestantWithdrawnDuringARoundIsNeitherRankedNorAwarded() {
        List<Object> given = openRound();
        given.add(sheet(JUDGE_PROVINCE, "a", "8", "7"));
        given.add(sheet(JUDGE_PROVINCE, "c", "6", "6"));
        given.add(new NominationWithdrawnEvent(ID, PROVINCE, "b", "26506", "26506", "Ốm", DAY));
        fixture().given(given).when(new CloseRoundCommand(ID, R1, DAY))
                .expectEvents(new RoundClosedEvent(ID, PROVINCE, R1, 2, DAY));
        given.add(new RoundClosedEvent(ID, PROVINCE, R1, 2, DAY));
        Scenario scenario = new Scenario(given);
        RoundLockedEvent locked = (RoundLockedEvent) scenario.run(new LockRoundCommand(ID, R1, DAY)).get(0);
        assertThat(locked.results()).extracting(ContestantResult::contestantId).containsExactly("a", "c");
    }

    // ------------------------------------------------------------------ results: lock, publish, correct

    @Test
    void resultsAreLockedThenPublishedAndCorrectedOnlyByARecordedDecisionWithinTheQuotas() {
        Scenario scenario = nineteenScored();
        fixture().given(scenario.events).when(new PublishContestResultsCommand(ID, DAY)).expectNoEvents()
                .expectException(DomainException.class);
        fixture().given(scenario.events).when(new LockContestResultsCommand(ID, DAY)).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage("no-prizes: No prize has been awarded");
        scenario.run(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY));
        assertThat(scenario.run(new LockContestResultsCommand(ID, DAY))).containsExactly(new ContestResultsLockedEvent(
                ID, PROVINCE, List.of(new TierCount(PrizeTier.FIRST, 1), new TierCount(PrizeTier.SECOND, 2),
                new TierCount(PrizeTier.THIRD, 3), new TierCount(PrizeTier.CONSOLATION, 13)), DAY));
        // locked: no prize by decision any more, only corrections
        fixture().given(scenario.events).when(new AwardPrizeCommand(ID, "t19", PrizeTier.FIRST, "27/QĐ-MTTQ",
                "x", DAY)).expectException(DomainException.class).expectExceptionMessage("results-locked: The contest's "
                + "results are locked: a prize changes only by a correction");
        scenario.run(new PublishContestResultsCommand(ID, DAY));
        fixture().given(scenario.events).when(new PublishContestResultsCommand(ID, DAY)).expectException(
                DomainException.class).expectExceptionMessage("already-published: The results are already published");
        // a correction beyond the quota is refused; swapping tiers takes two decisions: down first, then up
        CorrectContestResultCommand up = new CorrectContestResultCommand(ID, "dc-1", "t02", PrizeTier.FIRST,
                "Sai sót cộng điểm", "30/QĐ-MTTQ", DAY);
        fixture().given(scenario.events).when(up).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("quota-exceeded: The first prize quota is full (1/1)");
        CorrectContestResultCommand down = new CorrectContestResultCommand(ID, "dc-0", "t01", null,
                "Vi phạm thể lệ", "30/QĐ-MTTQ", DAY);
        assertThat(scenario.run(down)).containsExactly(new ContestResultCorrectedEvent(ID, PROVINCE, "dc-0", "t01",
                "26506", "26506", PrizeTier.FIRST, null, "Vi phạm thể lệ", "30/QĐ-MTTQ", DAY));
        assertThat(scenario.run(up)).hasSize(1);
        // the same correction again is the same decision; the same id for another is a conflict
        fixture().given(scenario.events).when(up).expectNoEvents().expectResultMessagePayload(false);
        fixture().given(scenario.events).when(new CorrectContestResultCommand(ID, "dc-1", "t03", PrizeTier.FIRST,
                "Sai sót", "31/QĐ-MTTQ", DAY)).expectException(DomainException.class);
        fixture().given(scenario.events).when(new CorrectContestResultCommand(ID, "dc-2", "t02", PrizeTier.FIRST,
                "Không đổi", "31/QĐ-MTTQ", DAY)).expectException(DomainException.class)
                .expectExceptionMessage("no-change: The correction does not change the contestant's prize");
    }

    @Test
    void aCorrectionBeforeTheResultsAreLockedIsRefused() {
        Scenario scenario = nineteenScored();
        scenario.run(new AwardPrizesCommand(ID, "25/QĐ-MTTQ", DAY));
        fixture().given(scenario.events).when(new CorrectContestResultCommand(ID, "dc-1", "t02", PrizeTier.FIRST,
                "x", "30/QĐ-MTTQ", DAY)).expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void noPublishedEventCarriesAJudgesSheetAndOnlyTheLockCarriesMarks() {
        for (Class<? extends DomainEvent> type : CompetitionEvents.ALL) {
            List<String> components = java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
            assertThat(components).as(type.getSimpleName()).doesNotContain("scores", "points", "sheet", "judges");
            if (type != RoundLockedEvent.class && type != MovementProgressReportedEvent.class) {
                assertThat(components).as(type.getSimpleName()).doesNotContain("results", "mark", "marks");
            }
        }
        assertThat(java.util.Arrays.stream(ContestantResult.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("judge", "sheets_by_judge", "scores");
    }
}
