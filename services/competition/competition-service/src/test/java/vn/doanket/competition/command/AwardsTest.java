package vn.doanket.competition.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import vn.doanket.competition.api.*;
import vn.doanket.events.DomainEvent;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.competition.command.ContestFixtures.DAY;
import static vn.doanket.competition.command.ContestFixtures.RULES;

/**
 * Given-when-then for gifts (whole đồng, reversal, correction), commendations (numbered decisions, recipients below
 * the issuer, revocation) and emulation movements (launch, registration of units below the organiser, reports
 * against the criteria within the period, evaluations).
 */
class AwardsTest {

    static final LocalDate TET = LocalDate.of(2026, 2, 10);

    static <T> FixtureConfiguration<T> fixture(Class<T> type) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(RULES);
        return fixture;
    }

    // ------------------------------------------------------------------ gifts

    static RecordGiftCommand gift(String id, String unit, long amount, String replaces) {
        return new RecordGiftCommand(id, unit, GiftOccasion.TET, GiftRecipientKind.PRESTIGIOUS_PERSON, "Hoàng Văn Páo",
                "p-hoang-van-pao", amount, null, FundingSource.FOR_THE_POOR_FUND, "12/QĐ-MTTQ", TET, replaces);
    }

    static GiftRecordedEvent recorded(String id, String unit, long amount, String replaces) {
        return new GiftRecordedEvent(id, unit, GiftOccasion.TET, GiftRecipientKind.PRESTIGIOUS_PERSON, "p-hoang-van-pao",
                amount, null, FundingSource.FOR_THE_POOR_FUND, "12/QĐ-MTTQ", TET, replaces);
    }

    @Test
    void aGiftIsRecordedInWholeDongWithTheNameInAnUnpublishedEventFirst() {
        fixture(Gift.class).givenNoPriorActivity().when(gift("q-1", "26560-KP01", 450_000L, null))
                .expectEvents(new RecipientIdentityRecordedEvent("q-1", "Hoàng Văn Páo"),
                        recorded("q-1", "26560-KP01", 450_000L, null))
                .expectResultMessagePayload(true);
        assertThat(DomainEvent.class.isAssignableFrom(RecipientIdentityRecordedEvent.class)).isFalse();
        assertThat(new RecipientIdentityRecordedEvent("q-1", "Hoàng Văn Páo").toString()).doesNotContain("Páo");
    }

    @Test
    void theSameGiftAgainIsTheExistingEntryAndOtherContentIsAConflict() {
        FixtureConfiguration<Gift> fixture = fixture(Gift.class);
        fixture.given(new RecipientIdentityRecordedEvent("q-1", "Hoàng Văn Páo"), recorded("q-1", "26560-KP01", 450_000L, null))
                .when(gift("q-1", "26560-KP01", 450_000L, null)).expectNoEvents().expectResultMessagePayload(false);
        fixture(Gift.class).given(new RecipientIdentityRecordedEvent("q-1", "Hoàng Văn Páo"),
                        recorded("q-1", "26560-KP01", 450_000L, null))
                .when(gift("q-1", "26560-KP01", 500_000L, null)).expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("gift-id-taken: The gift id is already used by another entry");
    }

    @Test
    void anAmountOutsideOneDongToOneBillionOrAGiftOutsideACommuneIsRefused() {
        fixture(Gift.class).givenNoPriorActivity().when(gift("q-1", "26560", 0, null)).expectNoEvents()
                .expectException(DomainException.class);
        fixture(Gift.class).givenNoPriorActivity().when(gift("q-1", "26560", 1_000_000_001L, null)).expectNoEvents()
                .expectException(DomainException.class);
        fixture(Gift.class).givenNoPriorActivity().when(gift("q-1", "79", 450_000L, null)).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage(
                        "invalid-recipient-unit: The recipient must belong to a commune or a residential area");
        fixture(Gift.class).givenNoPriorActivity().when(new RecordGiftCommand("q-1", "26560", GiftOccasion.TET,
                        GiftRecipientKind.HOUSEHOLD, "Hộ ông Lý Văn Sáng", null, 0, "1 bao gạo 25 kg",
                        FundingSource.RELIEF_FUND, "5/DS", TET, null)).expectSuccessfulHandlerExecution();
        fixture(Gift.class).givenNoPriorActivity().when(new RecordGiftCommand("q-1", "26560", GiftOccasion.TET,
                        GiftRecipientKind.HOUSEHOLD, "Hộ ông Lý", null, 300_000, null, FundingSource.RELIEF_FUND, "5/DS",
                        DAY.plusDays(1), null)).expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void aGiftIsReversedOnceAndACorrectionNamesBothEntries() {
        List<Object> given = List.of(new RecipientIdentityRecordedEvent("q-1", "Hoàng Văn Páo"),
                recorded("q-1", "26560-KP01", 540_000L, null));
        GiftReversedEvent reversed = new GiftReversedEvent("q-1", "26560-KP01", GiftOccasion.TET, 540_000L,
                "Nhập sai số tiền", DAY, "q-2");
        fixture(Gift.class).given(given).when(new ReverseGiftCommand("q-1", "Nhập sai số tiền", DAY, "q-2"))
                .expectEvents(reversed);
        fixture(Gift.class).given(given.get(0), given.get(1), reversed)
                .when(new ReverseGiftCommand("q-1", "Nhập sai số tiền", DAY, "q-2")).expectNoEvents()
                .expectSuccessfulHandlerExecution();
        fixture(Gift.class).given(given.get(0), given.get(1), reversed)
                .when(new ReverseGiftCommand("q-1", "Lần khác", DAY, null)).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("already-reversed: The gift entry is already reversed");
        fixture(Gift.class).given(given).when(new ReverseGiftCommand("q-1", "Sớm", TET.minusDays(1), null))
                .expectNoEvents().expectException(DomainException.class);
        fixture(Gift.class).givenNoPriorActivity().when(gift("q-2", "26560-KP01", 450_000L, "q-1"))
                .expectEvents(new RecipientIdentityRecordedEvent("q-2", "Hoàng Văn Páo"),
                        recorded("q-2", "26560-KP01", 450_000L, "q-1"));
    }

    // ------------------------------------------------------------------ commendations

    static GrantCommendationCommand grant(String recipientUnit) {
        return new GrantCommendationCommand("kt-1", "26560", CommendationKind.GIAY_KHEN, "45/QĐ-MTTQ",
                LocalDate.of(2026, 11, 18), RecipientKind.COLLECTIVE, "Ban Công tác Mặt trận khu phố Phước Trung", null,
                recipientUnit, CommendationBasis.MOVEMENT, "pt-2026", "Hoàn thành xuất sắc phong trào năm 2026");
    }

    static CommendationGrantedEvent granted() {
        return new CommendationGrantedEvent("kt-1", "26560-KP01", "26560", CommendationKind.GIAY_KHEN, "45/QĐ-MTTQ",
                LocalDate.of(2026, 11, 18), RecipientKind.COLLECTIVE, null, CommendationBasis.MOVEMENT, "pt-2026",
                "Hoàn thành xuất sắc phong trào năm 2026");
    }

    @Test
    void aCommendationByNumberedDecisionGoesToARecipientAtOrBelowTheIssuer() {
        fixture(Commendation.class).givenNoPriorActivity().when(grant("26560-KP01"))
                .expectEvents(new RecipientIdentityRecordedEvent("kt-1", "Ban Công tác Mặt trận khu phố Phước Trung"),
                        granted()).expectResultMessagePayload(true);
        fixture(Commendation.class).givenNoPriorActivity().when(grant("26506")).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage(
                        "not-below-issuer: The recipient (26506) is not under the issuing unit 26560");
        fixture(Commendation.class).given(new RecipientIdentityRecordedEvent("kt-1",
                        "Ban Công tác Mặt trận khu phố Phước Trung"), granted())
                .when(grant("26560-KP01")).expectNoEvents().expectResultMessagePayload(false);
        fixture(Commendation.class).given(new RecipientIdentityRecordedEvent("kt-1",
                        "Ban Công tác Mặt trận khu phố Phước Trung"), granted())
                .when(grant("26560")).expectNoEvents().expectException(DomainException.class);
        fixture(Commendation.class).givenNoPriorActivity().when(new GrantCommendationCommand("kt-1", "26560",
                        CommendationKind.BANG_KHEN, "45/QĐ", DAY, RecipientKind.COLLECTIVE, "Khu phố 1", "p-x", "26560",
                        CommendationBasis.OTHER, null, "Thành tích")).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("person-of-collective: Only a commendation to a person names a person id");
    }

    @Test
    void aCommendationIsRevokedOnceNotBeforeItsDecision() {
        Object[] given = {new RecipientIdentityRecordedEvent("kt-1", "Ban Công tác Mặt trận khu phố Phước Trung"), granted()};
        CommendationRevokedEvent revoked = new CommendationRevokedEvent("kt-1", "26560-KP01", "26560", "Sai đối tượng", DAY);
        fixture(Commendation.class).given(given).when(new RevokeCommendationCommand("kt-1", "Sai đối tượng", DAY))
                .expectEvents(revoked);
        fixture(Commendation.class).given(given[0], given[1], revoked)
                .when(new RevokeCommendationCommand("kt-1", "Sai đối tượng", DAY)).expectNoEvents()
                .expectException(DomainException.class);
        fixture(Commendation.class).given(given).when(new RevokeCommendationCommand("kt-1", "Sớm",
                LocalDate.of(2026, 11, 1))).expectNoEvents().expectException(DomainException.class);
        fixture(Commendation.class).given(given).when(new RevokeCommendationCommand("kt-1", " ", DAY)).expectNoEvents()
                .expectException(DomainException.class);
    }

    // ------------------------------------------------------------------ movements

    static final List<MovementCriterion> CRITERIA = List.of(new MovementCriterion("ho-thoat-ngheo", "Số hộ thoát nghèo"),
            new MovementCriterion("nha-dai-doan-ket", "Nhà Đại đoàn kết"));
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void aMovementIsLaunchedIdempotentlyAndDescribesItsTerms() {
        LaunchMovementCommand launch = new LaunchMovementCommand("pt-1", "79", MovementKind.MOVEMENT,
                "Toàn dân đoàn kết xây dựng nông thôn mới", START, END, null, CRITERIA, DAY);
        MovementLaunchedEvent launched = new MovementLaunchedEvent("pt-1", "79", OrganiserLevel.PROVINCE,
                MovementKind.MOVEMENT, "Toàn dân đoàn kết xây dựng nông thôn mới", START, END, null, CRITERIA, DAY);
        fixture(Movement.class).givenNoPriorActivity().when(launch).expectEvents(launched).expectResultMessagePayload(true);
        fixture(Movement.class).given(launched).when(launch).expectNoEvents().expectResultMessagePayload(false);
        fixture(Movement.class).given(launched).when(new DescribeMovementCommand("pt-1")).expectNoEvents()
                .expectResultMessagePayload(new MovementTerms("pt-1", "79", START, END,
                        List.of("ho-thoat-ngheo", "nha-dai-doan-ket")));
        fixture(Movement.class).givenNoPriorActivity().when(new LaunchMovementCommand("pt-1", "79",
                MovementKind.CAMPAIGN, "Cuộc vận động", START, END, null, List.of(), DAY)).expectNoEvents()
                .expectException(DomainException.class);
        // a residential area launches no movement
        fixture(Movement.class).givenNoPriorActivity().when(new LaunchMovementCommand("pt-2", "26560-KP01",
                MovementKind.MOVEMENT, "Phong trào khu phố", START, END, null, CRITERIA, DAY)).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage("invalid-organiser: "
                        + "The organiser must be the nation, a province, a (former) district or a commune");
    }

    static RegisterForMovementCommand register(String unit, String pledge) {
        return new RegisterForMovementCommand("pt-1/" + unit, "pt-1", unit, pledge, "79", START, END,
                List.of("ho-thoat-ngheo", "nha-dai-doan-ket"), DAY);
    }

    static UnitRegisteredForMovementEvent registered() {
        return new UnitRegisteredForMovementEvent("pt-1/26560", "26560", "pt-1", "79", START, END,
                List.of("ho-thoat-ngheo", "nha-dai-doan-ket"), "Không còn hộ nghèo", DAY);
    }

    @Test
    void unitsBelowTheOrganiserRegisterOnce() {
        fixture(MovementParticipation.class).givenNoPriorActivity().when(register("26560", "Không còn hộ nghèo"))
                .expectEvents(registered()).expectResultMessagePayload(true);
        fixture(MovementParticipation.class).given(registered()).when(register("26560", "Không còn hộ nghèo"))
                .expectNoEvents().expectResultMessagePayload(false);
        fixture(MovementParticipation.class).given(registered()).when(register("26560", "Khác")).expectNoEvents()
                .expectException(DomainException.class);
        fixture(MovementParticipation.class).givenNoPriorActivity().when(register("00004", null)).expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("not-below-organiser: The unit 00004 is not under the movement's organiser 79");
    }

    @Test
    void reportsFollowTheCriteriaWithinThePeriodAndEvaluationsRateIt() {
        ReportMovementProgressCommand report = new ReportMovementProgressCommand("pt-1/26560", "q3",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                List.of(new CriterionReport("ho-thoat-ngheo", "12 hộ")), "Vượt chỉ tiêu", DAY);
        MovementProgressReportedEvent reported = new MovementProgressReportedEvent("pt-1/26560", "26560", "pt-1", "q3",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), List.of(new CriterionReport("ho-thoat-ngheo", "12 hộ")),
                "Vượt chỉ tiêu", DAY);
        fixture(MovementParticipation.class).given(registered()).when(report).expectEvents(reported)
                .expectResultMessagePayload(true);
        fixture(MovementParticipation.class).given(registered(), reported).when(report).expectNoEvents()
                .expectResultMessagePayload(false);
        fixture(MovementParticipation.class).given(registered()).when(new ReportMovementProgressCommand("pt-1/26560",
                        "q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                        List.of(new CriterionReport("khong-co", "1")), null, DAY)).expectNoEvents()
                .expectException(DomainException.class);
        fixture(MovementParticipation.class).given(registered()).when(new ReportMovementProgressCommand("pt-1/26560",
                        "q4", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 31),
                        List.of(new CriterionReport("ho-thoat-ngheo", "1")), null, DAY)).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage("period-outside-movement: The period "
                        + "2026-10-01 – 2027-01-31 is outside the movement (2026-01-01 – 2026-12-31)");
        fixture(MovementParticipation.class).given(registered()).when(new EvaluateMovementUnitCommand("pt-1/26560",
                        "2026", START, END, EvaluationRating.EXCELLENT, null, DAY))
                .expectEvents(new MovementUnitEvaluatedEvent("pt-1/26560", "26560", "pt-1", "2026", START, END,
                        EvaluationRating.EXCELLENT, null, DAY));
    }
}
