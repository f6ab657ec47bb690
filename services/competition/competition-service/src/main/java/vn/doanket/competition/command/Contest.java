package vn.doanket.competition.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.competition.api.*;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.doanket.competition.command.CompetitionRules.optionalText;
import static vn.doanket.competition.command.CompetitionRules.requireId;
import static vn.doanket.competition.command.CompetitionRules.requireText;

/**
 * A judged contest (hội thi): nominations by the units below the organiser within their allowance, rounds with
 * weighted criteria, judges appointed for the contest (their rights come from this appointment) who cannot score a
 * contestant of their own unit or one they are related to, sealed sheets, rounds closed then locked (only then are
 * marks and ranks visible), prizes by rank within the quotas set at the start with the declared tie-break order,
 * results locked then published, and corrections as recorded decisions.
 *
 * <p>Every decision is taken here, on the aggregate's state; the event-sourcing handlers only apply what the events
 * say (ADR 0008). Creating commands carry client-supplied ids: the same id with the same content is answered with
 * the existing result (no event), the same id with other content is a 409.
 */
@Aggregate
public class Contest {

    static final int MAX_CONTESTANTS = 300;
    static final int MAX_ROUNDS = 10;
    static final int MAX_CRITERIA = 20;
    static final int MAX_JUDGES = 50;
    static final int MAX_TIE_BREAKS = 5;
    static final int MAX_CORRECTIONS = 5;
    static final int MAX_ALLOWANCE = 50;
    static final int MAX_QUOTA = 1000;
    static final int MAX_TITLE = 300;
    static final int MAX_RULES = 10_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_REF = 100;
    static final int MAX_NAME = 200;
    static final BigDecimal POINT_STEP = new BigDecimal("0.01");

    enum RoundStatus { PLANNED, OPEN, CLOSED, LOCKED }

    /** A contestant as the aggregate knows them. */
    static final class Nominee {
        final String contestantId;
        final String nominatingUnit;
        final String commune;
        final String personId;
        final String committeeId;
        String fullName;
        boolean active = true;

        Nominee(ContestantNominatedEvent e) {
            this.contestantId = e.contestantId();
            this.nominatingUnit = e.nominatingUnit();
            this.commune = e.communeCode();
            this.personId = e.personId();
            this.committeeId = e.committeeId();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Nominee n && contestantId.equals(n.contestantId) && nominatingUnit.equals(n.nominatingUnit)
                    && Objects.equals(commune, n.commune) && Objects.equals(personId, n.personId)
                    && Objects.equals(committeeId, n.committeeId) && Objects.equals(fullName, n.fullName)
                    && active == n.active;
        }

        @Override
        public int hashCode() {
            return contestantId.hashCode();
        }
    }

    /** A round and, while it runs, its sealed sheets. */
    static final class Round {
        final String roundId;
        final int sequence;
        final String name;
        final LinkedHashMap<String, Criterion> criteria = new LinkedHashMap<>();
        final Advancement advancement;
        RoundStatus status = RoundStatus.PLANNED;
        final List<String> participants = new ArrayList<>();
        /** judge → contestant → criterion → points. */
        final Map<String, Map<String, Map<String, BigDecimal>>> sheets = new HashMap<>();
        /** contestant → locked result (mark and means as published). */
        final Map<String, Scoring.Mark> results = new LinkedHashMap<>();
        final Set<String> advanced = new HashSet<>();

        Round(RoundPlannedEvent e) {
            this.roundId = e.roundId();
            this.sequence = e.sequence();
            this.name = e.name();
            e.criteria().forEach(c -> criteria.put(c.criterionId(), c));
            this.advancement = e.advancement();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Round r && roundId.equals(r.roundId) && sequence == r.sequence && name.equals(r.name)
                    && criteria.equals(r.criteria) && advancement.equals(r.advancement) && status == r.status
                    && participants.equals(r.participants) && sheets.equals(r.sheets) && results.equals(r.results)
                    && advanced.equals(r.advanced);
        }

        @Override
        public int hashCode() {
            return roundId.hashCode();
        }
    }

    /** An appointed judge. */
    static final class Judge {
        final String username;
        final String unit;
        final Set<String> roundIds;
        final Map<String, String> conflicts = new HashMap<>();

        Judge(JudgeAppointedEvent e) {
            this.username = e.judge();
            this.unit = e.judgeUnit();
            this.roundIds = new LinkedHashSet<>(e.roundIds());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Judge j && username.equals(j.username) && unit.equals(j.unit) && roundIds.equals(j.roundIds)
                    && conflicts.equals(j.conflicts);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }

        boolean judges(String roundId) {
            return roundIds.isEmpty() || roundIds.contains(roundId);
        }
    }

    @AggregateIdentifier
    private String contestId;
    private ContestCreatedEvent definition;
    private String organiser;
    private final Map<PrizeTier, Integer> quotas = new EnumMap<>(PrizeTier.class);
    private final Map<String, Nominee> contestants = new LinkedHashMap<>();
    private final Map<String, Round> rounds = new LinkedHashMap<>();
    private final Map<String, Judge> judges = new LinkedHashMap<>();
    private boolean started;
    private final Map<String, PrizeTier> prizes = new LinkedHashMap<>();
    private boolean resultsLocked;
    private boolean published;
    private final Map<String, ContestResultCorrectedEvent> corrections = new HashMap<>();
    private final Map<String, Integer> correctionsOf = new HashMap<>();

    protected Contest() {
        // for Axon
    }

    // ================================================================== creation

    /**
     * Creates the contest, or confirms it (no event) when it exists with the same content.
     *
     * @return whether it was created now
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(CreateContestCommand command, CompetitionRules rules) {
        requireId(command.contestId(), "invalid-contest-id", "Mã hội thi", "The contest id");
        LocalDate createdOn = rules.requirePastOrToday(command.createdOn(), "Ngày ghi nhận", "The day of recording");
        String unit = rules.requireUnit(command.organiserUnit(), createdOn);
        OrganiserLevel level = CompetitionRules.requireOrganiserLevel(unit, "Đơn vị tổ chức");
        String title = requireText(command.title(), MAX_TITLE, "invalid-title", "Tên hội thi", "The title");
        String rulesText = optionalText(command.rules(), MAX_RULES, "invalid-rules", "Thể lệ", "The rules");
        if (command.startsOn() == null || command.endsOn() == null || command.endsOn().isBefore(command.startsOn())) {
            throw DomainException.invalid("invalid-period", "Thời gian hội thi không hợp lệ (ngày kết thúc trước ngày bắt đầu)",
                    "Invalid contest period (ends before it starts)");
        }
        if (command.nominationAllowance() < 1 || command.nominationAllowance() > MAX_ALLOWANCE) {
            throw DomainException.invalid("invalid-allowance", "Số thí sinh mỗi đơn vị được đề cử phải từ 1 đến " + MAX_ALLOWANCE,
                    "Each unit's nomination allowance must be 1 to " + MAX_ALLOWANCE);
        }
        List<TierQuota> quotaList = requireQuotas(command.quotas());
        List<TieBreak> tieBreaks = requireTieBreaks(command.tieBreaks());
        ContestCreatedEvent event = new ContestCreatedEvent(command.contestId(), unit, level, title, command.startsOn(),
                command.endsOn(), rulesText, command.nominationAllowance(), quotaList, tieBreaks, createdOn);
        if (contestId != null) {
            if (sameDefinition(definition, event)) {
                return false;
            }
            throw DomainException.conflict("contest-id-taken",
                    "Mã hội thi đã được dùng cho một hội thi khác",
                    "The contest id is already used by another contest");
        }
        apply(event);
        return true;
    }

    private static boolean sameDefinition(ContestCreatedEvent a, ContestCreatedEvent b) {
        return a.unitCode().equals(b.unitCode()) && a.title().equals(b.title()) && a.startsOn().equals(b.startsOn())
                && a.endsOn().equals(b.endsOn()) && Objects.equals(a.rules(), b.rules())
                && a.nominationAllowance() == b.nominationAllowance() && a.quotas().equals(b.quotas())
                && a.tieBreaks().equals(b.tieBreaks());
    }

    private static List<TierQuota> requireQuotas(List<TierQuota> quotas) {
        if (quotas == null || quotas.isEmpty()) {
            throw DomainException.invalid("invalid-quotas", "Cần ít nhất một hạng giải với số lượng giải",
                    "At least one prize tier with its quota is required");
        }
        Map<PrizeTier, Integer> byTier = new EnumMap<>(PrizeTier.class);
        for (TierQuota quota : quotas) {
            if (quota == null || quota.tier() == null || quota.quota() < 0 || quota.quota() > MAX_QUOTA
                    || byTier.put(quota.tier(), quota.quota()) != null) {
                throw DomainException.invalid("invalid-quotas",
                        "Cơ cấu giải không hợp lệ (mỗi hạng giải một lần, số giải từ 0 đến " + MAX_QUOTA + ")",
                        "Invalid prize quotas (each tier once, 0 to " + MAX_QUOTA + " prizes)");
            }
        }
        // recorded in tier order, so the same quotas in another order are the same contest
        return byTier.entrySet().stream().map(e -> new TierQuota(e.getKey(), e.getValue())).toList();
    }

    private static List<TieBreak> requireTieBreaks(List<TieBreak> tieBreaks) {
        List<TieBreak> list = tieBreaks == null ? List.of() : List.copyOf(tieBreaks);
        if (list.size() > MAX_TIE_BREAKS) {
            throw DomainException.invalid("invalid-tie-breaks", "Tối đa " + MAX_TIE_BREAKS + " bước phân định bằng điểm",
                    "At most " + MAX_TIE_BREAKS + " tie-break steps");
        }
        for (TieBreak tieBreak : list) {
            boolean ok = tieBreak.kind() != null && tieBreak.roundId() != null
                    && CompetitionRules.ID_FORM_PATTERN.matcher(tieBreak.roundId()).matches()
                    && (tieBreak.kind() == TieBreakKind.ROUND_MARK ? tieBreak.criterionId() == null
                    : tieBreak.criterionId() != null && CompetitionRules.ID_FORM_PATTERN.matcher(tieBreak.criterionId()).matches());
            if (!ok) {
                throw DomainException.invalid("invalid-tie-breaks",
                        "Bước phân định không hợp lệ (điểm vòng thi: mã vòng; điểm tiêu chí: mã vòng và mã tiêu chí)",
                        "Invalid tie-break step (round mark: a round id; criterion mark: a round id and a criterion id)");
            }
        }
        return list;
    }

    // ================================================================== nominations

    /**
     * Nominates a contestant, or confirms the same nomination (no event).
     *
     * @return whether it was recorded now
     */
    @CommandHandler
    public boolean handle(NominateContestantCommand command, CompetitionRules rules) {
        requireId(command.contestantId(), "invalid-contestant-id", "Mã thí sinh", "The contestant id");
        String name = CompetitionRules.requireName(command.fullName(), "Họ tên thí sinh", "The contestant's name");
        String personId = CompetitionRules.optionalPerson(command.personId());
        String committeeId = CompetitionRules.optionalCommittee(command.committeeId());
        Nominee existing = contestants.get(command.contestantId());
        if (existing != null) {
            if (existing.nominatingUnit.equals(command.nominatingUnit()) && existing.fullName.equals(name)
                    && Objects.equals(existing.personId, personId) && Objects.equals(existing.committeeId, committeeId)) {
                return false;
            }
            throw DomainException.conflict("contestant-id-taken",
                    "Mã thí sinh đã được dùng cho một đề cử khác",
                    "The contestant id is already used by another nomination");
        }
        LocalDate on = rules.requirePastOrToday(command.nominatedOn(), "Ngày đề cử", "The day of nomination");
        if (started) {
            throw DomainException.conflict("nominations-closed", "Hội thi đã bắt đầu: không nhận thêm đề cử",
                    "The contest has started: nominations are closed");
        }
        String unit = rules.requireUnit(command.nominatingUnit(), on);
        boolean communeBelow = UnitCode.isCommune(unit) && !UnitCode.isCommune(organiser);
        boolean areaOfCommune = UnitCode.isArea(unit) && UnitCode.isCommune(organiser);
        if (!(communeBelow || areaOfCommune) || !rules.isBelow(unit, organiser, on)) {
            throw DomainException.rule("not-below-organiser",
                    "Đơn vị đề cử " + unit + " không phải là " + (UnitCode.isCommune(organiser) ? "khu dân cư" : "xã, phường")
                            + " thuộc đơn vị tổ chức " + organiser,
                    "The nominating unit " + unit + " is not a " + (UnitCode.isCommune(organiser) ? "residential area"
                            : "commune") + " under the organiser " + organiser);
        }
        long ofUnit = contestants.values().stream().filter(n -> n.active && n.nominatingUnit.equals(unit)).count();
        if (ofUnit >= definition.nominationAllowance()) {
            throw DomainException.rule("allowance-exceeded",
                    "Đơn vị " + unit + " đã đề cử đủ " + definition.nominationAllowance() + " thí sinh theo thể lệ",
                    "The unit " + unit + " has already nominated its " + definition.nominationAllowance()
                            + " contestant(s) allowed by the rules");
        }
        if (personId != null && contestants.values().stream().anyMatch(n -> n.active && personId.equals(n.personId))) {
            throw DomainException.conflict("already-nominated", "Người này đã được đề cử vào hội thi",
                    "This person is already nominated in the contest");
        }
        if (contestants.size() >= MAX_CONTESTANTS) {
            throw DomainException.rule("too-many-contestants", "Hội thi có tối đa " + MAX_CONTESTANTS + " thí sinh",
                    "A contest has at most " + MAX_CONTESTANTS + " contestants");
        }
        apply(new ContestantNominatedEvent(contestId, organiser, command.contestantId(), unit, UnitCode.communeOf(unit),
                personId, committeeId, on));
        apply(new ContestantIdentityRecordedEvent(contestId, command.contestantId(), name));
        return true;
    }

    @CommandHandler
    public void handle(WithdrawNominationCommand command, CompetitionRules rules) {
        Nominee nominee = requireContestant(command.contestantId());
        String reason = requireText(command.reason(), MAX_REASON, "invalid-reason", "Lý do", "The reason");
        LocalDate on = rules.requirePastOrToday(command.withdrawnOn(), "Ngày rút đề cử", "The day of withdrawal");
        if (!nominee.active) {
            throw DomainException.conflict("already-withdrawn", "Đề cử này đã được rút", "This nomination is already withdrawn");
        }
        if (!prizes.isEmpty() || resultsLocked) {
            throw DomainException.conflict("prizes-awarded", "Đã trao giải: không rút đề cử được nữa",
                    "Prizes have been awarded: nominations can no longer be withdrawn");
        }
        apply(new NominationWithdrawnEvent(contestId, organiser, nominee.contestantId, nominee.nominatingUnit,
                nominee.commune, reason, on));
    }

    // ================================================================== rounds and judges

    /**
     * Plans a round, or confirms the same plan (no event).
     *
     * @return whether it was planned now
     */
    @CommandHandler
    public boolean handle(PlanRoundCommand command) {
        requireId(command.roundId(), "invalid-round-id", "Mã vòng thi", "The round id");
        String name = requireText(command.name(), MAX_TITLE, "invalid-round-name", "Tên vòng thi", "The round's name");
        List<Criterion> criteria = requireCriteria(command.criteria());
        Advancement advancement = requireAdvancement(command.advancement());
        Round existing = rounds.get(command.roundId());
        if (existing != null) {
            if (existing.name.equals(name) && List.copyOf(existing.criteria.values()).equals(criteria)
                    && existing.advancement.equals(advancement)) {
                return false;
            }
            throw DomainException.conflict("round-id-taken", "Mã vòng thi đã được dùng cho một vòng khác",
                    "The round id is already used by another round");
        }
        if (started) {
            throw DomainException.conflict("contest-started", "Hội thi đã bắt đầu: không thêm vòng thi được nữa",
                    "The contest has started: no more rounds can be planned");
        }
        if (rounds.size() >= MAX_ROUNDS) {
            throw DomainException.rule("too-many-rounds", "Hội thi có tối đa " + MAX_ROUNDS + " vòng",
                    "A contest has at most " + MAX_ROUNDS + " rounds");
        }
        apply(new RoundPlannedEvent(contestId, organiser, command.roundId(), rounds.size() + 1, name, criteria, advancement));
        return true;
    }

    private static List<Criterion> requireCriteria(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw DomainException.invalid("invalid-criteria", "Mỗi vòng thi có từ 1 đến " + MAX_CRITERIA + " tiêu chí",
                    "A round has 1 to " + MAX_CRITERIA + " criteria");
        }
        Set<String> ids = new HashSet<>();
        List<Criterion> list = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c == null || c.criterionId() == null || !CompetitionRules.ID_FORM_PATTERN.matcher(c.criterionId()).matches()
                    || !ids.add(c.criterionId()) || c.weight() < 1 || c.weight() > 100 || c.maxPoints() < 1
                    || c.maxPoints() > 1000 || c.name() == null || c.name().isBlank() || c.name().strip().length() > MAX_TITLE) {
                throw DomainException.invalid("invalid-criteria",
                        "Tiêu chí không hợp lệ (mã riêng, tên, trọng số 1–100, điểm tối đa 1–1000)",
                        "Invalid criterion (a unique id, a name, weight 1–100, maximum points 1–1000)");
            }
            list.add(new Criterion(c.criterionId(), c.name().strip(), c.weight(), c.maxPoints()));
        }
        return list;
    }

    private static Advancement requireAdvancement(Advancement advancement) {
        Advancement a = advancement == null ? Advancement.all() : advancement;
        boolean ok = a.kind() != null && switch (a.kind()) {
            case ALL -> a.value() == 0;
            case TOP -> a.value() >= 1 && a.value() <= MAX_CONTESTANTS;
            case MIN_MARK -> a.value() >= 0 && a.value() <= 100;
        };
        if (!ok) {
            throw DomainException.invalid("invalid-advancement",
                    "Điều kiện vào vòng sau không hợp lệ (ALL: 0; TOP: 1–300 thí sinh; MIN_MARK: điểm 0–100)",
                    "Invalid advancement rule (ALL: 0; TOP: 1–300 contestants; MIN_MARK: a mark 0–100)");
        }
        return a;
    }

    /**
     * Appoints a judge, or confirms the same appointment (no event).
     *
     * @return whether the judge was appointed now
     */
    @CommandHandler
    public boolean handle(AppointJudgeCommand command, CompetitionRules rules) {
        String username = CompetitionRules.requireUsername(command.judge());
        List<String> roundIds = command.roundIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.roundIds()));
        Judge existing = judges.get(username);
        if (existing != null) {
            if (existing.unit.equals(command.judgeUnit()) && List.copyOf(existing.roundIds).equals(roundIds)) {
                return false;
            }
            throw DomainException.conflict("judge-already-appointed",
                    "Giám khảo này đã được phân công với nội dung khác",
                    "The judge is already appointed with other terms");
        }
        LocalDate on = rules.requirePastOrToday(command.appointedOn(), "Ngày phân công", "The day of appointment");
        String unit = rules.requireUnit(command.judgeUnit(), on);
        for (String roundId : roundIds) {
            Round round = requireRound(roundId);
            if (round.status == RoundStatus.LOCKED) {
                throw DomainException.conflict("round-locked", "Vòng thi " + round.name + " đã khóa điểm",
                        "The round " + round.name + " is locked");
            }
        }
        if (resultsLocked) {
            throw DomainException.conflict("results-locked", "Kết quả hội thi đã khóa", "The contest's results are locked");
        }
        if (judges.size() >= MAX_JUDGES) {
            throw DomainException.rule("too-many-judges", "Hội thi có tối đa " + MAX_JUDGES + " giám khảo",
                    "A contest has at most " + MAX_JUDGES + " judges");
        }
        apply(new JudgeAppointedEvent(contestId, organiser, username, unit, roundIds, on));
        return true;
    }

    /** Declares a judge related to a contestant; declaring the same pair again changes nothing. */
    @CommandHandler
    public void handle(DeclareConflictOfInterestCommand command, CompetitionRules rules) {
        Judge judge = requireJudge(command.judge());
        Nominee nominee = requireContestant(command.contestantId());
        String reason = requireText(command.reason(), MAX_REASON, "invalid-reason", "Mối quan hệ", "The relation");
        LocalDate on = rules.requirePastOrToday(command.declaredOn(), "Ngày khai báo", "The day of declaration");
        if (judge.conflicts.containsKey(nominee.contestantId)) {
            return;
        }
        if (resultsLocked) {
            throw DomainException.conflict("results-locked", "Kết quả hội thi đã khóa", "The contest's results are locked");
        }
        // a closed round is about to be locked with the sheets it has: a relation must be declared before closing
        Round closed = rounds.values().stream().filter(r -> r.status == RoundStatus.CLOSED).findFirst().orElse(null);
        if (closed != null) {
            throw DomainException.conflict("round-closed",
                    "Vòng thi " + closed.name + " đã đóng và chờ khóa điểm: khai báo quan hệ trước khi đóng vòng thi",
                    "The round " + closed.name + " is closed and awaits its lock: declare a relation before closing");
        }
        apply(new ConflictOfInterestDeclaredEvent(contestId, organiser, judge.username, nominee.contestantId, reason, on));
    }

    @CommandHandler
    public void handle(OpenRoundCommand command, CompetitionRules rules) {
        Round round = requireRound(command.roundId());
        LocalDate on = rules.requirePastOrToday(command.openedOn(), "Ngày mở vòng thi", "The day of opening");
        if (round.status != RoundStatus.PLANNED) {
            throw DomainException.conflict("round-not-planned", "Vòng thi " + round.name + " đã được mở",
                    "The round " + round.name + " has already been opened");
        }
        Round previous = rounds.values().stream().filter(r -> r.sequence == round.sequence - 1).findFirst().orElse(null);
        if (previous != null && previous.status != RoundStatus.LOCKED) {
            throw DomainException.conflict("previous-round-not-locked",
                    "Vòng trước (" + previous.name + ") chưa khóa điểm", "The previous round (" + previous.name + ") is not locked");
        }
        if (previous == null) {
            requireTieBreakReferences();
        }
        List<String> participants = contestants.values().stream()
                .filter(n -> n.active && (previous == null || previous.advanced.contains(n.contestantId)))
                .map(n -> n.contestantId).toList();
        if (participants.isEmpty()) {
            throw DomainException.rule("no-contestants", "Vòng thi không có thí sinh", "The round has no contestants");
        }
        if (judges.values().stream().noneMatch(j -> j.judges(round.roundId))) {
            throw DomainException.rule("no-judges", "Vòng thi chưa có giám khảo", "The round has no judges");
        }
        apply(new RoundOpenedEvent(contestId, organiser, round.roundId, participants, on));
    }

    private void requireTieBreakReferences() {
        for (TieBreak tieBreak : definition.tieBreaks()) {
            Round round = rounds.get(tieBreak.roundId());
            if (round == null || tieBreak.kind() == TieBreakKind.CRITERION_MARK
                    && !round.criteria.containsKey(tieBreak.criterionId())) {
                throw DomainException.rule("unknown-tie-break",
                        "Thứ tự phân định nhắc đến vòng thi hoặc tiêu chí không có trong hội thi: " + tieBreak.roundId()
                                + (tieBreak.criterionId() == null ? "" : "/" + tieBreak.criterionId()),
                        "The tie-break order names a round or criterion the contest does not have: " + tieBreak.roundId()
                                + (tieBreak.criterionId() == null ? "" : "/" + tieBreak.criterionId()));
            }
        }
    }

    // ================================================================== scoring (sealed)

    @CommandHandler
    public void handle(SubmitScoreSheetCommand command, CompetitionRules rules) {
        Round round = requireRound(command.roundId());
        Judge judge = judges.get(command.judge());
        if (judge == null || !judge.judges(round.roundId)) {
            throw DomainException.rule("not-a-judge", "Bạn không phải giám khảo của vòng thi này",
                    "You are not a judge of this round");
        }
        if (round.status != RoundStatus.OPEN) {
            throw DomainException.conflict("round-not-open", "Vòng thi " + round.name + " không mở để chấm điểm",
                    "The round " + round.name + " is not open for scoring");
        }
        Nominee nominee = contestants.get(command.contestantId());
        if (nominee == null || !nominee.active || !round.participants.contains(nominee.contestantId)) {
            throw DomainException.notFound("contestant-not-in-round", "Không có thí sinh này trong vòng thi",
                    "No such contestant in this round");
        }
        String conflict = conflictOf(judge, nominee, command.judgeScopeUnit());
        if (conflict != null) {
            throw DomainException.rule("conflict-of-interest",
                    "Giám khảo không được chấm thí sinh này: " + conflict.split("\\|")[0],
                    "The judge may not score this contestant: " + conflict.split("\\|")[1]);
        }
        Map<String, BigDecimal> sheet = requireSheet(round, command.scores());
        LocalDate on = rules.requirePastOrToday(command.submittedOn(), "Ngày chấm", "The day of scoring");
        Map<String, BigDecimal> previous = round.sheets.getOrDefault(judge.username, Map.of()).get(nominee.contestantId);
        if (previous != null && sameSheet(previous, sheet)) {
            return;
        }
        apply(new ScoreSheetSubmittedEvent(contestId, round.roundId, nominee.contestantId, judge.username,
                sheet.entrySet().stream().map(e -> new CriterionScore(e.getKey(), e.getValue())).toList(), on));
    }

    /**
     * Why {@code judge} may not score {@code nominee} ("vi|en"), or null when they may: the judge (by the unit of their
     * appointment, or the scope of the token they score with) belongs to the nominating unit — is that unit, or a
     * residential area of the nominating commune — or a relation with the contestant was declared.
     */
    private static String conflictOf(Judge judge, Nominee nominee, String callerScope) {
        if (belongsTo(judge.unit, nominee.nominatingUnit) || belongsTo(callerScope, nominee.nominatingUnit)) {
            return "giám khảo thuộc đơn vị đã đề cử thí sinh (" + nominee.nominatingUnit + ")"
                    + "|the judge belongs to the unit that nominated the contestant (" + nominee.nominatingUnit + ")";
        }
        String declared = judge.conflicts.get(nominee.contestantId);
        if (declared != null) {
            return "đã khai báo có quan hệ với thí sinh (" + declared + ")"
                    + "|a relation with the contestant was declared (" + declared + ")";
        }
        return null;
    }

    /** Whether {@code unit} is {@code nominating}, or a residential area of the nominating commune. */
    static boolean belongsTo(String unit, String nominating) {
        return unit != null && (unit.equals(nominating)
                || UnitCode.isCommune(nominating) && nominating.equals(UnitCode.communeOf(unit)));
    }

    private static boolean eligible(Judge judge, Nominee nominee, Round round) {
        return judge.judges(round.roundId) && conflictOf(judge, nominee, null) == null;
    }

    private static Map<String, BigDecimal> requireSheet(Round round, List<CriterionScore> scores) {
        Map<String, BigDecimal> sheet = new LinkedHashMap<>();
        if (scores != null) {
            for (CriterionScore score : scores) {
                if (score == null || score.criterionId() == null || !round.criteria.containsKey(score.criterionId())
                        || sheet.containsKey(score.criterionId())) {
                    throw DomainException.invalid("invalid-sheet",
                            "Phiếu chấm phải có điểm của mỗi tiêu chí của vòng thi, mỗi tiêu chí một lần",
                            "A sheet needs points on each criterion of the round, once each");
                }
                BigDecimal points = score.points();
                if (points == null || points.signum() < 0 || points.stripTrailingZeros().scale() > 2) {
                    throw DomainException.invalid("invalid-points",
                            "Điểm phải là số không âm, tối đa hai chữ số thập phân",
                            "Points must be non-negative with at most two decimals");
                }
                Criterion criterion = round.criteria.get(score.criterionId());
                if (points.compareTo(BigDecimal.valueOf(criterion.maxPoints())) > 0) {
                    throw DomainException.rule("points-above-maximum",
                            "Điểm " + points.toPlainString() + " vượt quá điểm tối đa " + criterion.maxPoints()
                                    + " của tiêu chí " + criterion.name(),
                            "Points " + points.toPlainString() + " exceed the maximum " + criterion.maxPoints()
                                    + " of the criterion " + criterion.name());
                }
                sheet.put(score.criterionId(), points.setScale(2));
            }
        }
        if (sheet.size() != round.criteria.size()) {
            throw DomainException.invalid("invalid-sheet",
                    "Phiếu chấm phải có điểm của mỗi tiêu chí của vòng thi, mỗi tiêu chí một lần",
                    "A sheet needs points on each criterion of the round, once each");
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        round.criteria.keySet().forEach(id -> ordered.put(id, sheet.get(id)));
        return ordered;
    }

    private static boolean sameSheet(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> a.get(k).compareTo(b.get(k)) == 0);
    }

    @CommandHandler
    public void handle(CloseRoundCommand command, CompetitionRules rules) {
        Round round = requireRound(command.roundId());
        LocalDate on = rules.requirePastOrToday(command.closedOn(), "Ngày đóng vòng thi", "The day of closing");
        if (round.status != RoundStatus.OPEN) {
            throw DomainException.conflict("round-not-open", "Vòng thi " + round.name + " không đang mở",
                    "The round " + round.name + " is not open");
        }
        long unscored = activeParticipants(round).stream().filter(n -> eligibleSheets(round, n).isEmpty()).count();
        if (unscored > 0) {
            throw DomainException.rule("unscored-contestants",
                    unscored + " thí sinh chưa có phiếu chấm của giám khảo đủ điều kiện",
                    unscored + " contestant(s) have no sheet from an eligible judge");
        }
        int sheets = round.sheets.values().stream().mapToInt(Map::size).sum();
        apply(new RoundClosedEvent(contestId, organiser, round.roundId, sheets, on));
    }

    @CommandHandler
    public void handle(LockRoundCommand command, CompetitionRules rules) {
        Round round = requireRound(command.roundId());
        LocalDate on = rules.requirePastOrToday(command.lockedOn(), "Ngày khóa điểm", "The day of locking");
        if (round.status != RoundStatus.CLOSED) {
            throw DomainException.conflict("round-not-closed", "Vòng thi " + round.name + " phải được đóng trước khi khóa điểm",
                    "The round " + round.name + " must be closed before it is locked");
        }
        List<Nominee> participants = activeParticipants(round);
        Map<String, Scoring.Mark> marks = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (Nominee nominee : participants) {
            List<Map<String, BigDecimal>> sheets = eligibleSheets(round, nominee);
            marks.put(nominee.contestantId, Scoring.mark(round.criteria.values(), sheets));
            int eligibleJudges = (int) judges.values().stream().filter(j -> eligible(j, nominee, round)).count();
            counts.put(nominee.contestantId, new int[] {eligibleJudges, sheets.size()});
        }
        // the round's own marks count as locked for the tie-breaks that name this round
        Map<String, Map<String, Scoring.Mark>> results = lockedResults();
        results.put(round.roundId, marks);
        List<Scoring.Standing> standings = new ArrayList<>();
        for (Nominee nominee : participants) {
            List<BigDecimal> keys = new ArrayList<>();
            keys.add(marks.get(nominee.contestantId).mark());
            keys.addAll(Scoring.tieBreakKeys(definition.tieBreaks(), results, nominee.contestantId));
            standings.add(new Scoring.Standing(nominee.contestantId, keys));
        }
        List<ContestantResult> published = new ArrayList<>();
        for (Scoring.Ranked ranked : Scoring.rank(standings)) {
            Scoring.Mark mark = marks.get(ranked.contestantId());
            boolean advanced = switch (round.advancement.kind()) {
                case ALL -> true;
                case TOP -> ranked.rank() <= round.advancement.value();
                case MIN_MARK -> mark.mark().compareTo(BigDecimal.valueOf(round.advancement.value())) >= 0;
            };
            int[] count = counts.get(ranked.contestantId());
            published.add(new ContestantResult(ranked.contestantId(), contestants.get(ranked.contestantId()).nominatingUnit,
                    mark.mark().toPlainString(), ranked.rank(), count[0], count[1],
                    mark.means().entrySet().stream().map(e -> new CriterionMean(e.getKey(), e.getValue().toPlainString()))
                            .toList(), advanced));
        }
        apply(new RoundLockedEvent(contestId, organiser, round.roundId, published, on));
    }

    private List<Nominee> activeParticipants(Round round) {
        return round.participants.stream().map(contestants::get).filter(n -> n != null && n.active).toList();
    }

    private List<Map<String, BigDecimal>> eligibleSheets(Round round, Nominee nominee) {
        List<Map<String, BigDecimal>> sheets = new ArrayList<>();
        for (Judge judge : judges.values()) {
            Map<String, BigDecimal> sheet = round.sheets.getOrDefault(judge.username, Map.of()).get(nominee.contestantId);
            if (sheet != null && eligible(judge, nominee, round)) {
                sheets.add(sheet);
            }
        }
        return sheets;
    }

    private Map<String, Map<String, Scoring.Mark>> lockedResults() {
        Map<String, Map<String, Scoring.Mark>> results = new HashMap<>();
        rounds.values().stream().filter(r -> r.status == RoundStatus.LOCKED).forEach(r -> results.put(r.roundId, r.results));
        return results;
    }

    // ================================================================== prizes and results

    @CommandHandler
    public void handle(AwardPrizesCommand command, CompetitionRules rules) {
        String decision = requireText(command.decisionRef(), MAX_REF, "invalid-decision", "Số quyết định", "The decision");
        LocalDate on = rules.requirePastOrToday(command.awardedOn(), "Ngày trao giải", "The day of award");
        requireAllRoundsLocked();
        if (resultsLocked) {
            throw DomainException.conflict("results-locked", "Kết quả hội thi đã khóa", "The contest's results are locked");
        }
        if (!prizes.isEmpty()) {
            throw DomainException.conflict("already-awarded", "Hội thi đã được trao giải", "The contest's prizes are already awarded");
        }
        List<Scoring.Ranked> ranking = finalRanking();
        List<Scoring.Allocation> allocations = Scoring.allocate(ranking, definition.quotas(), id -> id);
        for (Scoring.Allocation allocation : allocations) {
            Nominee nominee = contestants.get(allocation.contestantId());
            apply(new PrizeAwardedEvent(contestId, organiser, nominee.contestantId, nominee.nominatingUnit, nominee.commune,
                    allocation.tier(), allocation.rank(), AwardBasis.RANKING, decision, null, on));
        }
    }

    /**
     * Awards one prize by decision, or confirms it (no event) when the contestant already holds that tier.
     *
     * @return whether it was awarded now
     */
    @CommandHandler
    public boolean handle(AwardPrizeCommand command, CompetitionRules rules) {
        Nominee nominee = requireContestant(command.contestantId());
        if (command.tier() == null) {
            throw DomainException.invalid("missing-tier", "Thiếu hạng giải", "The prize tier is missing");
        }
        String decision = requireText(command.decisionRef(), MAX_REF, "invalid-decision", "Số quyết định", "The decision");
        String reason = requireText(command.reason(), MAX_REASON, "invalid-reason", "Lý do", "The reason");
        LocalDate on = rules.requirePastOrToday(command.awardedOn(), "Ngày trao giải", "The day of award");
        requireAllRoundsLocked();
        if (prizes.get(nominee.contestantId) == command.tier()) {
            return false;
        }
        if (resultsLocked) {
            throw DomainException.conflict("results-locked",
                    "Kết quả hội thi đã khóa: giải chỉ thay đổi bằng quyết định điều chỉnh",
                    "The contest's results are locked: a prize changes only by a correction");
        }
        requireQuota(command.tier(), null);
        if (!nominee.active) {
            throw DomainException.conflict("already-withdrawn", "Đề cử này đã được rút", "This nomination is withdrawn");
        }
        if (prizes.containsKey(nominee.contestantId)) {
            throw DomainException.conflict("already-awarded", "Thí sinh đã được trao giải", "The contestant already holds a prize");
        }
        int rank = finalRanking().stream().filter(r -> r.contestantId().equals(nominee.contestantId))
                .mapToInt(Scoring.Ranked::rank).findFirst().orElse(0);
        apply(new PrizeAwardedEvent(contestId, organiser, nominee.contestantId, nominee.nominatingUnit, nominee.commune,
                command.tier(), rank, AwardBasis.DECISION, decision, reason, on));
        return true;
    }

    /** Refuses a prize of {@code tier} beyond its quota ({@code replacing}: the tier the contestant gives up). */
    private void requireQuota(PrizeTier tier, PrizeTier replacing) {
        int quota = quotas.getOrDefault(tier, 0);
        long held = prizes.values().stream().filter(t -> t == tier).count() - (replacing == tier ? 1 : 0);
        if (held >= quota) {
            throw DomainException.rule("quota-exceeded",
                    tier.labelVi() + " đã đủ " + held + "/" + quota + " giải theo cơ cấu giải đã công bố",
                    "The " + tier.labelEn().toLowerCase(java.util.Locale.ROOT) + " quota is full (" + held + "/" + quota + ")");
        }
    }

    private void requireAllRoundsLocked() {
        if (rounds.isEmpty() || rounds.values().stream().anyMatch(r -> r.status != RoundStatus.LOCKED)) {
            throw DomainException.conflict("rounds-not-locked", "Chưa khóa điểm tất cả các vòng thi",
                    "Not every round is locked");
        }
    }

    /**
     * The final ranking of the active contestants: those who reached a later round first, then by the mark of the
     * last round they reached, then by the declared tie-break order.
     */
    private List<Scoring.Ranked> finalRanking() {
        Map<String, Map<String, Scoring.Mark>> results = lockedResults();
        List<Scoring.Standing> standings = new ArrayList<>();
        for (Nominee nominee : contestants.values()) {
            if (!nominee.active) {
                continue;
            }
            Round reached = rounds.values().stream().filter(r -> r.results.containsKey(nominee.contestantId))
                    .reduce((a, b) -> b.sequence > a.sequence ? b : a).orElse(null);
            if (reached == null) {
                continue;
            }
            List<BigDecimal> keys = new ArrayList<>();
            keys.add(BigDecimal.valueOf(reached.sequence));
            keys.add(reached.results.get(nominee.contestantId).mark());
            keys.addAll(Scoring.tieBreakKeys(definition.tieBreaks(), results, nominee.contestantId));
            standings.add(new Scoring.Standing(nominee.contestantId, keys));
        }
        return Scoring.rank(standings);
    }

    @CommandHandler
    public void handle(LockContestResultsCommand command, CompetitionRules rules) {
        LocalDate on = rules.requirePastOrToday(command.lockedOn(), "Ngày khóa kết quả", "The day of locking");
        requireAllRoundsLocked();
        if (resultsLocked) {
            throw DomainException.conflict("results-locked", "Kết quả hội thi đã khóa", "The contest's results are already locked");
        }
        if (prizes.isEmpty()) {
            throw DomainException.conflict("no-prizes", "Chưa trao giải nào", "No prize has been awarded");
        }
        apply(new ContestResultsLockedEvent(contestId, organiser, tierCounts(), on));
    }

    private List<TierCount> tierCounts() {
        Map<PrizeTier, Integer> counts = new EnumMap<>(PrizeTier.class);
        quotas.keySet().forEach(t -> counts.put(t, 0));
        prizes.values().forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new TierCount(e.getKey(), e.getValue())).toList();
    }

    @CommandHandler
    public void handle(PublishContestResultsCommand command, CompetitionRules rules) {
        LocalDate on = rules.requirePastOrToday(command.publishedOn(), "Ngày công bố", "The day of publication");
        if (!resultsLocked) {
            throw DomainException.conflict("results-not-locked", "Kết quả phải được khóa trước khi công bố",
                    "The results must be locked before they are published");
        }
        if (published) {
            throw DomainException.conflict("already-published", "Kết quả đã được công bố", "The results are already published");
        }
        apply(new ContestResultsPublishedEvent(contestId, organiser, on));
    }

    /**
     * Corrects a prize by a recorded decision, or confirms the same correction (no event).
     *
     * @return whether it was recorded now
     */
    @CommandHandler
    public boolean handle(CorrectContestResultCommand command, CompetitionRules rules) {
        requireId(command.correctionId(), "invalid-correction-id", "Mã điều chỉnh", "The correction id");
        Nominee nominee = requireContestant(command.contestantId());
        String reason = requireText(command.reason(), MAX_REASON, "invalid-reason", "Lý do", "The reason");
        String decision = requireText(command.decisionRef(), MAX_REF, "invalid-decision", "Số quyết định", "The decision");
        ContestResultCorrectedEvent existing = corrections.get(command.correctionId());
        if (existing != null) {
            if (existing.contestantId().equals(nominee.contestantId) && existing.newTier() == command.newTier()
                    && existing.reason().equals(reason) && existing.decisionRef().equals(decision)) {
                return false;
            }
            throw DomainException.conflict("correction-id-taken", "Mã điều chỉnh đã được dùng cho một điều chỉnh khác",
                    "The correction id is already used by another correction");
        }
        LocalDate on = rules.requirePastOrToday(command.correctedOn(), "Ngày điều chỉnh", "The day of correction");
        if (!resultsLocked) {
            throw DomainException.conflict("results-not-locked",
                    "Kết quả chưa khóa: trao hoặc thay đổi giải trực tiếp, không cần điều chỉnh",
                    "The results are not locked: award prizes directly, no correction is needed");
        }
        PrizeTier current = prizes.get(nominee.contestantId);
        if (current == command.newTier()) {
            throw DomainException.rule("no-change", "Điều chỉnh không thay đổi giải của thí sinh",
                    "The correction does not change the contestant's prize");
        }
        if (command.newTier() != null) {
            if (!nominee.active) {
                throw DomainException.conflict("already-withdrawn", "Đề cử này đã được rút", "This nomination is withdrawn");
            }
            requireQuota(command.newTier(), current);
        }
        if (correctionsOf.getOrDefault(nominee.contestantId, 0) >= MAX_CORRECTIONS) {
            throw DomainException.rule("too-many-corrections",
                    "Giải của thí sinh đã được điều chỉnh " + MAX_CORRECTIONS + " lần; không điều chỉnh thêm được",
                    "The contestant's prize has been corrected " + MAX_CORRECTIONS + " times; no more corrections");
        }
        apply(new ContestResultCorrectedEvent(contestId, organiser, command.correctionId(), nominee.contestantId,
                nominee.nominatingUnit, nominee.commune, current, command.newTier(), reason, decision, on));
        return true;
    }

    // ================================================================== lookups

    private Nominee requireContestant(String contestantId) {
        Nominee nominee = contestantId == null ? null : contestants.get(contestantId);
        if (nominee == null) {
            throw DomainException.notFound("contestant-not-found", "Không có thí sinh này trong hội thi",
                    "No such contestant in the contest");
        }
        return nominee;
    }

    private Round requireRound(String roundId) {
        Round round = roundId == null ? null : rounds.get(roundId);
        if (round == null) {
            throw DomainException.notFound("round-not-found", "Không có vòng thi này trong hội thi",
                    "No such round in the contest");
        }
        return round;
    }

    private Judge requireJudge(String username) {
        Judge judge = username == null ? null : judges.get(username);
        if (judge == null) {
            throw DomainException.notFound("judge-not-found", "Không có giám khảo này trong hội thi",
                    "No such judge in the contest");
        }
        return judge;
    }

    // ================================================================== event sourcing: apply only

    @EventSourcingHandler
    void on(ContestCreatedEvent e) {
        contestId = e.contestId();
        definition = e;
        organiser = e.unitCode();
        e.quotas().forEach(q -> quotas.put(q.tier(), q.quota()));
    }

    @EventSourcingHandler
    void on(ContestantNominatedEvent e) {
        contestants.put(e.contestantId(), new Nominee(e));
    }

    @EventSourcingHandler
    void on(ContestantIdentityRecordedEvent e) {
        contestants.get(e.contestantId()).fullName = e.fullName();
    }

    @EventSourcingHandler
    void on(NominationWithdrawnEvent e) {
        contestants.get(e.contestantId()).active = false;
    }

    @EventSourcingHandler
    void on(RoundPlannedEvent e) {
        rounds.put(e.roundId(), new Round(e));
    }

    @EventSourcingHandler
    void on(JudgeAppointedEvent e) {
        judges.put(e.judge(), new Judge(e));
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDeclaredEvent e) {
        judges.get(e.judge()).conflicts.put(e.contestantId(), e.reason());
    }

    @EventSourcingHandler
    void on(RoundOpenedEvent e) {
        started = true;
        Round round = rounds.get(e.roundId());
        round.status = RoundStatus.OPEN;
        round.participants.addAll(e.contestantIds());
    }

    @EventSourcingHandler
    void on(ScoreSheetSubmittedEvent e) {
        Map<String, BigDecimal> sheet = new LinkedHashMap<>();
        e.scores().forEach(s -> sheet.put(s.criterionId(), s.points()));
        rounds.get(e.roundId()).sheets.computeIfAbsent(e.judge(), j -> new HashMap<>()).put(e.contestantId(), sheet);
    }

    @EventSourcingHandler
    void on(RoundClosedEvent e) {
        rounds.get(e.roundId()).status = RoundStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(RoundLockedEvent e) {
        Round round = rounds.get(e.roundId());
        round.status = RoundStatus.LOCKED;
        for (ContestantResult result : e.results()) {
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            result.criterionMeans().forEach(m -> means.put(m.criterionId(), new BigDecimal(m.mean())));
            round.results.put(result.contestantId(), new Scoring.Mark(new BigDecimal(result.mark()), means));
            if (result.advanced()) {
                round.advanced.add(result.contestantId());
            }
        }
        round.sheets.clear(); // locked: the marks are the record now
    }

    @EventSourcingHandler
    void on(PrizeAwardedEvent e) {
        prizes.put(e.contestantId(), e.tier());
    }

    @EventSourcingHandler
    void on(ContestResultsLockedEvent e) {
        resultsLocked = true;
    }

    @EventSourcingHandler
    void on(ContestResultsPublishedEvent e) {
        published = true;
    }

    @EventSourcingHandler
    void on(ContestResultCorrectedEvent e) {
        corrections.put(e.correctionId(), e);
        correctionsOf.merge(e.contestantId(), 1, Integer::sum);
        if (e.newTier() == null) {
            prizes.remove(e.contestantId());
        } else {
            prizes.put(e.contestantId(), e.newTier());
        }
    }
}
