package vn.doanket.competition.query;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.competition.api.*;
import vn.doanket.competition.command.CertificateIds;
import vn.doanket.competition.query.CompetitionViews.*;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.territory.Territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the query tables. Bounded reads only: lists page ({@code size} ≤ 200) and the lists of one contest are
 * bounded by its limits (300 contestants, 10 rounds, 50 judges). Names sort in Vietnamese order.
 */
@Component
public class CompetitionQueries {

    /** Vietnamese collation for people's names (as membership sorts them). */
    static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    static {
        VIETNAMESE.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    }

    private final JdbcTemplate jdbc;
    private final Territory territory;

    public CompetitionQueries(JdbcTemplate jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return EnvelopeCodec.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private String nameOf(String unitCode) {
        try {
            String name = territory.nameOf(unitCode, territory.today());
            return name == null ? unitCode : name;
        } catch (RuntimeException unknown) {
            return unitCode;
        }
    }

    /** The chain of a unit on today's map (itself first, then up to the nation). */
    private List<String> chainOf(String unitCode) {
        String path = UnitPaths.of(territory, unitCode, territory.today());
        List<String> chain = new ArrayList<>(List.of(path.substring(1, path.length() - 1).split("/")));
        java.util.Collections.reverse(chain);
        return chain;
    }

    static Label status(String code) {
        ContestStatus status = ContestStatus.valueOf(code);
        return new Label(code, status.labelVi(), status.labelEn());
    }

    static Label tier(String code) {
        if (code == null) {
            return null;
        }
        PrizeTier tier = PrizeTier.valueOf(code);
        return new Label(code, tier.labelVi(), tier.labelEn());
    }

    // ================================================================== contests

    /** The organiser of a contest, if it is in the query tables. */
    public Optional<String> organiserOf(String contestId) {
        return jdbc.queryForList("select organiser_unit from contest where contest_id = ?", String.class, contestId)
                .stream().findFirst();
    }

    /**
     * Contests that concern a unit: organised by it or by a unit below it, and those organised by a unit above it
     * (which it may take part in); newest first.
     */
    public Page<ContestSummary> contests(String unitCode, int page, int size) {
        String where = " from contest c where c.organiser_path like ? or c.organiser_unit = any (?)";
        Object[] args = {UnitPaths.below(unitCode), chainOf(unitCode).toArray(String[]::new)};
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, args);
        List<ContestSummary> items = jdbc.query("select c.*, (select count(*) from contestant n where n.contest_id = c.contest_id "
                        + "and n.withdrawn_on is null) as active, (select count(distinct n.commune_code) from contestant n "
                        + "where n.contest_id = c.contest_id and n.withdrawn_on is null) as communes" + where
                        + " order by c.starts_on desc, c.contest_id limit ? offset ?",
                (rs, i) -> new ContestSummary(rs.getString("contest_id"), rs.getString("organiser_unit"),
                        nameOf(rs.getString("organiser_unit")), rs.getString("level"), rs.getString("title"),
                        date(rs, "starts_on"), date(rs, "ends_on"), status(rs.getString("status")), rs.getInt("active"),
                        rs.getInt("communes"), date(rs, "published_on")),
                args[0], args[1], size, (long) page * size);
        return new Page<>(page, size, total, items);
    }

    /** One contest, with its rounds and judges; no mark. */
    public Optional<ContestView> contest(String contestId) {
        List<RoundView> rounds = jdbc.query("select * from contest_round where contest_id = ? order by sequence",
                (rs, i) -> new RoundView(rs.getString("round_id"), rs.getInt("sequence"), rs.getString("name"),
                        read(rs.getString("criteria"), new TypeReference<List<Criterion>>() { }),
                        read(rs.getString("advancement"), new TypeReference<Advancement>() { }), rs.getString("status"),
                        date(rs, "opened_on"), date(rs, "closed_on"), date(rs, "locked_on"),
                        (Integer) rs.getObject("sheets")), contestId);
        List<JudgeView> judges = jdbc.query("select * from contest_judge where contest_id = ? order by judge",
                (rs, i) -> new JudgeView(rs.getString("judge"), rs.getString("judge_unit"),
                        read(rs.getString("round_ids"), new TypeReference<List<String>>() { }), rs.getInt("conflicts"),
                        date(rs, "appointed_on")), contestId);
        return jdbc.query("select c.*, (select count(*) from contestant n where n.contest_id = c.contest_id "
                        + "and n.withdrawn_on is null) as active, (select count(*) from contestant n where n.contest_id = "
                        + "c.contest_id and n.withdrawn_on is not null) as withdrawn, (select count(distinct n.commune_code) "
                        + "from contestant n where n.contest_id = c.contest_id and n.withdrawn_on is null) as communes "
                        + "from contest c where c.contest_id = ?",
                (rs, i) -> new ContestView(rs.getString("contest_id"), rs.getString("organiser_unit"),
                        nameOf(rs.getString("organiser_unit")), rs.getString("level"), rs.getString("title"),
                        date(rs, "starts_on"), date(rs, "ends_on"), rs.getString("rules"), rs.getInt("nomination_allowance"),
                        read(rs.getString("quotas"), new TypeReference<List<TierQuota>>() { }).stream()
                                .map(q -> new Quota(tier(q.tier().name()), q.quota())).toList(),
                        read(rs.getString("tie_breaks"), new TypeReference<List<TieBreak>>() { }),
                        status(rs.getString("status")), date(rs, "created_on"), date(rs, "results_locked_on"),
                        date(rs, "published_on"), rs.getInt("active"), rs.getInt("communes"), rs.getInt("withdrawn"),
                        rounds, judges), contestId).stream().findFirst();
    }

    /** Whether a contest's results are published. */
    public boolean published(String contestId) {
        return !jdbc.queryForList("select 1 from contest where contest_id = ? and published_on is not null", Integer.class,
                contestId).isEmpty();
    }

    /**
     * A contest's contestants in Vietnamese name order (bounded: at most 300 per contest).
     *
     * @param withPrizes whether the prizes may be shown
     */
    public Page<ContestantView> contestants(String contestId, boolean withPrizes, int page, int size) {
        List<ContestantView> all = new ArrayList<>(jdbc.query("select * from contestant where contest_id = ?",
                (rs, i) -> new ContestantView(rs.getString("contestant_id"), rs.getString("full_name"),
                        rs.getString("nominating_unit"), nameOf(rs.getString("nominating_unit")),
                        rs.getString("commune_code"), rs.getString("person_id"), rs.getString("committee_id"),
                        date(rs, "nominated_on"), date(rs, "withdrawn_on"), rs.getString("withdrawal_reason"),
                        withPrizes ? tier(rs.getString("prize_tier")) : null,
                        withPrizes ? (Integer) rs.getObject("prize_rank") : null), contestId));
        all.sort(Comparator.comparing((ContestantView c) -> c.fullName() == null ? "" : c.fullName(), VIETNAMESE)
                .thenComparing(ContestantView::contestantId));
        return slice(all, page, size);
    }

    private static <T> Page<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(page, size, all.size(), List.copyOf(all.subList(from, to)));
    }

    /** A round's status, if the round is in the query tables. */
    public Optional<String> roundStatus(String contestId, String roundId) {
        return jdbc.queryForList("select status from contest_round where contest_id = ? and round_id = ?", String.class,
                contestId, roundId).stream().findFirst();
    }

    /** The sheets a judge gave in a round: their own, and nobody else's. */
    public SheetsView sheetsOf(String contestId, String roundId, String judge) {
        List<SheetView> sheets = jdbc.query("select s.*, n.full_name, n.nominating_unit from judge_sheet s join contestant n "
                        + "on n.contest_id = s.contest_id and n.contestant_id = s.contestant_id "
                        + "where s.contest_id = ? and s.round_id = ? and s.judge = ? order by s.contestant_id",
                (rs, i) -> new SheetView(rs.getString("contestant_id"), rs.getString("full_name"),
                        rs.getString("nominating_unit"),
                        read(rs.getString("scores"), new TypeReference<List<CriterionScore>>() { }),
                        date(rs, "submitted_on")), contestId, roundId, judge);
        return new SheetsView(contestId, roundId, judge, roundStatus(contestId, roundId).orElse(null), sheets);
    }

    /** A locked round's results, best first; empty while the round is not locked (nothing to read before). */
    public Optional<RoundResultsView> results(String contestId, String roundId) {
        List<String[]> round = jdbc.query("select name, locked_on from contest_round where contest_id = ? and round_id = ? "
                        + "and status = 'LOCKED'", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, contestId, roundId);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        List<ResultView> results = jdbc.query("select r.*, n.full_name, n.nominating_unit from round_result r join contestant n "
                        + "on n.contest_id = r.contest_id and n.contestant_id = r.contestant_id "
                        + "where r.contest_id = ? and r.round_id = ? order by r.rank, r.contestant_id",
                (rs, i) -> new ResultView(rs.getString("contestant_id"), rs.getString("full_name"),
                        rs.getString("nominating_unit"), rs.getBigDecimal("mark").setScale(4),
                        rs.getInt("rank"), rs.getInt("eligible_judges"), rs.getInt("sheets"),
                        read(rs.getString("criterion_means"), new TypeReference<List<CriterionMean>>() { }),
                        rs.getBoolean("advanced")), contestId, roundId);
        return Optional.of(new RoundResultsView(contestId, roundId, round.get(0)[0], LocalDate.parse(round.get(0)[1]),
                results));
    }

    /** The contest's prizes and corrections. */
    public Optional<PrizesView> prizes(String contestId) {
        return contest(contestId).map(contest -> {
            List<PrizeView> prizes = jdbc.query("select n.*, p.certificate_id from contestant n left join prize_certificate p "
                            + "on p.contest_id = n.contest_id and p.contestant_id = n.contestant_id "
                            + "where n.contest_id = ? and n.prize_tier is not null",
                    (rs, i) -> new PrizeView(rs.getString("contestant_id"), rs.getString("full_name"),
                            rs.getString("nominating_unit"), rs.getString("commune_code"), tier(rs.getString("prize_tier")),
                            (Integer) rs.getObject("prize_rank"), rs.getString("prize_basis"),
                            rs.getString("certificate_id")), contestId);
            List<PrizeView> sorted = new ArrayList<>(prizes);
            sorted.sort(Comparator.comparing((PrizeView p) -> PrizeTier.valueOf(p.tier().code()))
                    .thenComparing(p -> p.rank() == null || p.rank() == 0 ? Integer.MAX_VALUE : p.rank())
                    .thenComparing(p -> p.fullName() == null ? "" : p.fullName(), VIETNAMESE));
            List<CorrectionView> corrections = jdbc.query("select * from contest_correction where contest_id = ? "
                            + "order by corrected_on, correction_id",
                    (rs, i) -> new CorrectionView(rs.getString("correction_id"), rs.getString("contestant_id"),
                            rs.getString("previous_tier"), rs.getString("new_tier"), rs.getString("reason"),
                            rs.getString("decision_ref"), date(rs, "corrected_on")), contestId);
            return new PrizesView(contestId, contest.status(), contest.publishedOn(), contest.quotas(), sorted, corrections);
        });
    }

    // ================================================================== movements

    public Optional<String> movementOrganiserOf(String movementId) {
        return jdbc.queryForList("select organiser_unit from movement where movement_id = ?", String.class, movementId)
                .stream().findFirst();
    }

    private MovementView movement(ResultSet rs) throws SQLException {
        MovementKind kind = MovementKind.valueOf(rs.getString("kind"));
        return new MovementView(rs.getString("movement_id"), rs.getString("organiser_unit"),
                nameOf(rs.getString("organiser_unit")), rs.getString("level"),
                new Label(kind.name(), kind.labelVi(), kind.labelEn()), rs.getString("title"), date(rs, "starts_on"),
                date(rs, "ends_on"), rs.getString("description"),
                read(rs.getString("criteria"), new TypeReference<List<MovementCriterion>>() { }), date(rs, "launched_on"),
                rs.getLong("registered"));
    }

    private static final String MOVEMENT_COLUMNS = "select m.*, (select count(*) from movement_unit u "
            + "where u.movement_id = m.movement_id) as registered";

    /** Movements that concern a unit: launched by it, below it or above it; newest first. */
    public Page<MovementView> movements(String unitCode, int page, int size) {
        String where = " from movement m where m.organiser_path like ? or m.organiser_unit = any (?)";
        Object[] args = {UnitPaths.below(unitCode), chainOf(unitCode).toArray(String[]::new)};
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, args);
        List<MovementView> items = jdbc.query(MOVEMENT_COLUMNS + where + " order by m.starts_on desc, m.movement_id "
                + "limit ? offset ?", (rs, i) -> movement(rs), args[0], args[1], size, (long) page * size);
        return new Page<>(page, size, total, items);
    }

    public Optional<MovementView> movement(String movementId) {
        return jdbc.query(MOVEMENT_COLUMNS + " from movement m where m.movement_id = ?", (rs, i) -> movement(rs), movementId)
                .stream().findFirst();
    }

    private MovementUnitView movementUnit(ResultSet rs) throws SQLException {
        String rating = rs.getString("last_rating");
        Label label = rating == null ? null : new Label(rating, EvaluationRating.valueOf(rating).labelVi(),
                EvaluationRating.valueOf(rating).labelEn());
        return new MovementUnitView(rs.getString("unit_code"), nameOf(rs.getString("unit_code")), rs.getString("pledge"),
                date(rs, "registered_on"), rs.getInt("reports"), date(rs, "last_reported_on"), label,
                date(rs, "last_evaluated_on"));
    }

    /** The units registered for a movement, at or below {@code within}, by code. */
    public Page<MovementUnitView> movementUnits(String movementId, String within, int page, int size) {
        String where = " from movement_unit where movement_id = ? and unit_path like ?";
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, movementId, UnitPaths.below(within));
        List<MovementUnitView> items = jdbc.query("select *" + where + " order by unit_code limit ? offset ?",
                (rs, i) -> movementUnit(rs), movementId, UnitPaths.below(within), size, (long) page * size);
        return new Page<>(page, size, total, items);
    }

    /** One unit's part in a movement: registration, reports and evaluations (bounded: 500 each). */
    public Optional<ParticipationView> participation(String movementId, String unitCode) {
        return jdbc.query("select * from movement_unit where movement_id = ? and unit_code = ?", (rs, i) -> movementUnit(rs),
                movementId, unitCode).stream().findFirst().map(unit -> new ParticipationView(movementId, unit,
                jdbc.query("select * from movement_report where movement_id = ? and unit_code = ? order by period_from, report_id",
                        (rs, i) -> new ReportView(rs.getString("report_id"), date(rs, "period_from"), date(rs, "period_to"),
                                read(rs.getString("results"), new TypeReference<List<CriterionReport>>() { }),
                                rs.getString("summary"), date(rs, "reported_on")), movementId, unitCode),
                jdbc.query("select * from movement_evaluation where movement_id = ? and unit_code = ? "
                                + "order by period_from, evaluation_id",
                        (rs, i) -> {
                            EvaluationRating rating = EvaluationRating.valueOf(rs.getString("rating"));
                            return new EvaluationView(rs.getString("evaluation_id"), date(rs, "period_from"),
                                    date(rs, "period_to"), new Label(rating.name(), rating.labelVi(), rating.labelEn()),
                                    rs.getString("note"), date(rs, "evaluated_on"));
                        }, movementId, unitCode)));
    }

    // ================================================================== commendations

    private static <E extends Enum<E>> Label label(Class<E> type, String code, Function<E, String> vi,
                                                   Function<E, String> en) {
        if (code == null) {
            return null;
        }
        E value = Enum.valueOf(type, code);
        return new Label(code, vi.apply(value), en.apply(value));
    }

    private static CommendationView commendation(ResultSet rs) throws SQLException {
        return new CommendationView(rs.getString("commendation_id"), rs.getString("issuing_unit"), rs.getString("unit_code"),
                label(CommendationKind.class, rs.getString("kind"), CommendationKind::labelVi, CommendationKind::labelEn),
                rs.getString("decision_number"), date(rs, "decided_on"),
                label(RecipientKind.class, rs.getString("recipient_kind"), RecipientKind::labelVi, RecipientKind::labelEn),
                rs.getString("recipient_name"), rs.getString("person_id"),
                label(CommendationBasis.class, rs.getString("basis"), CommendationBasis::labelVi, CommendationBasis::labelEn),
                rs.getString("basis_id"), rs.getString("reason"), date(rs, "revoked_on"), rs.getString("revocation_reason"),
                rs.getString("certificate_id"));
    }

    public Optional<CommendationView> commendation(String commendationId) {
        return jdbc.query("select c.*, r.name as recipient_name, i.certificate_id from commendation c "
                        + "left join recipient r on r.aggregate_id = c.commendation_id "
                        + "left join issued_certificate i on i.certificate_id = ? where c.commendation_id = ?",
                (rs, i) -> commendation(rs), CertificateIds.commendation(commendationId), commendationId)
                .stream().findFirst();
    }

    /** Commendations to recipients at or below a unit, or issued by it; newest decisions first. */
    public Page<CommendationView> commendations(String unitCode, int page, int size) {
        String where = " from commendation c left join recipient r on r.aggregate_id = c.commendation_id "
                + "where c.unit_path like ? or c.issuing_unit = ?";
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, UnitPaths.below(unitCode), unitCode);
        List<CommendationView> items = jdbc.query("select c.*, r.name as recipient_name, null as certificate_id" + where
                        + " order by c.decided_on desc, c.commendation_id "
                        + "limit ? offset ?", (rs, i) -> commendation(rs), UnitPaths.below(unitCode), unitCode, size,
                (long) page * size);
        return new Page<>(page, size, total, items);
    }

    // ================================================================== gifts

    private static GiftView gift(ResultSet rs) throws SQLException {
        return new GiftView(rs.getString("gift_id"), rs.getString("unit_code"),
                label(GiftOccasion.class, rs.getString("occasion"), GiftOccasion::labelVi, GiftOccasion::labelEn),
                label(GiftRecipientKind.class, rs.getString("recipient_kind"), GiftRecipientKind::labelVi,
                        GiftRecipientKind::labelEn), rs.getString("recipient_name"), rs.getString("person_id"),
                rs.getLong("amount_vnd"), rs.getString("in_kind"),
                label(FundingSource.class, rs.getString("funding_source"), FundingSource::labelVi, FundingSource::labelEn),
                rs.getString("decision_ref"), date(rs, "given_on"), rs.getString("replaces_gift_id"),
                date(rs, "reversed_on"), rs.getString("reversal_reason"), rs.getString("replaced_by"));
    }

    public Optional<GiftView> gift(String giftId) {
        return jdbc.query("select g.*, r.name as recipient_name from gift g left join recipient r "
                + "on r.aggregate_id = g.gift_id where g.gift_id = ?", (rs, i) -> gift(rs), giftId).stream().findFirst();
    }

    /** Gift entries at or below a unit in a year (and of an occasion), reversed ones included; newest first. */
    public Page<GiftView> gifts(String unitCode, int year, GiftOccasion occasion, int page, int size) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        String where = " from gift g left join recipient r on r.aggregate_id = g.gift_id where g.unit_path like ? "
                + "and g.given_on >= ? and g.given_on < ? and (?::text is null or g.occasion = ?)";
        String code = occasion == null ? null : occasion.name();
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, UnitPaths.below(unitCode), from, to, code, code);
        List<GiftView> items = jdbc.query("select g.*, r.name as recipient_name" + where
                        + " order by g.given_on desc, g.gift_id limit ? offset ?",
                (rs, i) -> gift(rs), UnitPaths.below(unitCode), from, to, code, code, size, (long) page * size);
        return new Page<>(page, size, total, items);
    }

    /**
     * The totals of a unit and everything below it in a year, per occasion, exact to the đồng (PostgreSQL sums
     * {@code bigint} exactly; the result is read back as a {@code long}).
     */
    public GiftTotals giftTotals(String unitCode, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        List<OccasionTotal> byOccasion = jdbc.query("select occasion, count(*) as gifts, coalesce(sum(amount_vnd), 0) as amount "
                        + "from gift where unit_path like ? and given_on >= ? and given_on < ? and reversed_on is null "
                        + "group by occasion order by occasion",
                (rs, i) -> new OccasionTotal(label(GiftOccasion.class, rs.getString("occasion"), GiftOccasion::labelVi,
                        GiftOccasion::labelEn), rs.getLong("gifts"), rs.getBigDecimal("amount").longValueExact()),
                UnitPaths.below(unitCode), from, to);
        List<OccasionTotal> sorted = new ArrayList<>(byOccasion);
        sorted.sort(Comparator.comparing(t -> GiftOccasion.valueOf(t.occasion().code())));
        long gifts = 0;
        long amount = 0;
        for (OccasionTotal total : sorted) {
            gifts += total.gifts();
            amount = Math.addExact(amount, total.amountVnd());
        }
        Long reversed = jdbc.queryForObject("select count(*) from gift where unit_path like ? and given_on >= ? "
                + "and given_on < ? and reversed_on is not null", Long.class, UnitPaths.below(unitCode), from, to);
        return new GiftTotals(unitCode, year, gifts, amount, reversed == null ? 0 : reversed, sorted);
    }
}
