package vn.doanket.competition.command;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import vn.doanket.competition.api.*;
import vn.doanket.territory.Territory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Shared facts of the contest tests: the territory on a fixed day, a province contest and its rounds. */
final class ContestFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final String ID = "hoi-thi-truong-ban-2026";
    static final String PROVINCE = "79";
    /** Eleven communes of Hồ Chí Minh City (the former Bà Rịa–Vũng Tàu part). */
    static final List<String> COMMUNES = List.of("26506", "26526", "26536", "26542", "26545", "26560", "26566", "26572",
            "26575", "26584", "26590");
    static final String R1 = "thuyet-trinh";
    static final String CONTENT = "noi-dung";
    static final String DELIVERY = "trinh-bay";
    static final List<Criterion> CRITERIA = List.of(new Criterion(CONTENT, "Nội dung", 60, 10),
            new Criterion(DELIVERY, "Trình bày", 40, 10));
    static final List<TierQuota> QUOTAS = List.of(new TierQuota(PrizeTier.FIRST, 1), new TierQuota(PrizeTier.SECOND, 2),
            new TierQuota(PrizeTier.THIRD, 3), new TierQuota(PrizeTier.CONSOLATION, 13));
    /** Equal marks: the higher mean on "content" first. */
    static final List<TieBreak> TIE_BREAKS = List.of(new TieBreak(TieBreakKind.CRITERION_MARK, R1, CONTENT));

    static final Territory TERRITORY = Territory.loadOfficial(
            Clock.fixed(DAY.atTime(9, 0).atZone(Territory.ZONE).toInstant(), Territory.ZONE));
    static final CompetitionRules RULES = new CompetitionRules(TERRITORY);

    private ContestFixtures() {
    }

    static FixtureConfiguration<Contest> fixture() {
        FixtureConfiguration<Contest> fixture = new AggregateTestFixture<>(Contest.class);
        fixture.registerInjectableResource(RULES);
        return fixture;
    }

    static CreateContestCommand create(int allowance, List<TierQuota> quotas, List<TieBreak> tieBreaks) {
        return new CreateContestCommand(ID, PROVINCE, "Hội thi Trưởng ban Công tác Mặt trận giỏi năm 2026",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), "Mỗi xã, phường đề cử tối đa 2 thí sinh",
                allowance, quotas, tieBreaks, DAY);
    }

    static ContestCreatedEvent created(int allowance, List<TierQuota> quotas, List<TieBreak> tieBreaks) {
        return new ContestCreatedEvent(ID, PROVINCE, OrganiserLevel.PROVINCE,
                "Hội thi Trưởng ban Công tác Mặt trận giỏi năm 2026", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 31), "Mỗi xã, phường đề cử tối đa 2 thí sinh", allowance, quotas, tieBreaks, DAY);
    }

    static ContestCreatedEvent created() {
        return created(2, QUOTAS, TIE_BREAKS);
    }

    static NominateContestantCommand nominate(String contestantId, String commune) {
        return new NominateContestantCommand(ID, contestantId, commune, "Nguyễn Văn " + contestantId.toUpperCase(),
                null, null, DAY);
    }

    static List<Object> nominated(String contestantId, String commune) {
        return List.of(new ContestantNominatedEvent(ID, PROVINCE, contestantId, commune, commune, null, null, DAY),
                new ContestantIdentityRecordedEvent(ID, contestantId, "Nguyễn Văn " + contestantId.toUpperCase()));
    }

    static RoundPlannedEvent planned() {
        return new RoundPlannedEvent(ID, PROVINCE, R1, 1, "Thuyết trình", CRITERIA, Advancement.all());
    }

    static JudgeAppointedEvent judge(String username, String unit) {
        return new JudgeAppointedEvent(ID, PROVINCE, username, unit, List.of(), DAY);
    }

    static ScoreSheetSubmittedEvent sheet(String judge, String contestantId, String content, String delivery) {
        return new ScoreSheetSubmittedEvent(ID, R1, contestantId, judge,
                List.of(new CriterionScore(CONTENT, new BigDecimal(content).setScale(2)),
                        new CriterionScore(DELIVERY, new BigDecimal(delivery).setScale(2))), DAY);
    }

    static SubmitScoreSheetCommand score(String judge, String judgeScope, String contestantId, String content,
                                         String delivery) {
        return new SubmitScoreSheetCommand(ID, R1, contestantId, judge, judgeScope,
                List.of(new CriterionScore(CONTENT, new BigDecimal(content)),
                        new CriterionScore(DELIVERY, new BigDecimal(delivery))), DAY);
    }

    /**
     * Runs commands one after another on fresh fixtures, each given everything before it, and keeps the events:
     * the way to reach a late state of the contest through its own command handlers.
     */
    static final class Scenario {
        final List<Object> events = new ArrayList<>();

        Scenario(List<Object> given) {
            events.addAll(given);
        }

        /** Sends a command that must succeed; returns the events it applied. */
        List<Object> run(Object command) {
            FixtureConfiguration<Contest> fixture = fixture();
            fixture.given(events).when(command).expectSuccessfulHandlerExecution();
            List<Object> all = fixture.getEventStore().readEvents(ID).asStream().map(EventMessage::getPayload)
                    .collect(Collectors.toList());
            List<Object> applied = List.copyOf(all.subList(events.size(), all.size()));
            events.addAll(applied);
            return applied;
        }

        @SuppressWarnings("unchecked")
        <T> List<T> of(Class<T> type) {
            return (List<T>) events.stream().filter(type::isInstance).toList();
        }
    }
}
