package vn.doanket.competition.command;

import vn.doanket.competition.api.Criterion;
import vn.doanket.competition.api.PrizeTier;
import vn.doanket.competition.api.TieBreak;
import vn.doanket.competition.api.TierQuota;
import vn.doanket.events.error.DomainException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The arithmetic of a contest, as pure functions: a contestant's mark in a round, ranks with the declared tie-break
 * order, and prizes by rank within the quotas. No floating point anywhere: points are decimals with at most two
 * places, means and marks are computed with 34 significant digits and published with four decimal places; ranks
 * and tie-breaks compare the published values (two marks that read the same are the same).
 */
public final class Scoring {

    /** Decimal places of published marks and means. */
    public static final int SCALE = 4;
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * A contestant's mark in a round from the sheets of the judges eligible for them: the mean points per criterion
     * over those judges, then the criteria's weighted mean of (mean / maximum) × 100. Judges who were not eligible
     * are simply not in {@code sheets}, so an exclusion never lowers anyone's mark.
     *
     * @param criteria the round's criteria, in order
     * @param sheets   each eligible judge's points per criterion id (every criterion present)
     * @return the mark and the means, rounded to {@link #SCALE} places; null when there is no sheet
     */
    public static Mark mark(Collection<Criterion> criteria, Collection<Map<String, BigDecimal>> sheets) {
        if (sheets.isEmpty()) {
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        BigDecimal n = BigDecimal.valueOf(sheets.size());
        for (Criterion criterion : criteria) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, BigDecimal> sheet : sheets) {
                sum = sum.add(Objects.requireNonNull(sheet.get(criterion.criterionId()), "incomplete sheet"));
            }
            BigDecimal mean = sum.divide(n, MC);
            means.put(criterion.criterionId(), mean.setScale(SCALE, RoundingMode.HALF_UP));
            weighted = weighted.add(mean.multiply(BigDecimal.valueOf(criterion.weight()), MC).multiply(HUNDRED, MC)
                    .divide(BigDecimal.valueOf(criterion.maxPoints()), MC), MC);
            weights += criterion.weight();
        }
        BigDecimal mark = weighted.divide(BigDecimal.valueOf(weights), MC).setScale(SCALE, RoundingMode.HALF_UP);
        return new Mark(mark, means);
    }

    /** A mark out of 100 and the mean points per criterion, each with {@link #SCALE} decimal places. */
    public record Mark(BigDecimal mark, Map<String, BigDecimal> means) {
    }

    /**
     * The values a contestant is compared on, most significant first (higher is better; null is lowest).
     *
     * @param contestantId the contestant
     * @param keys         e.g. the mark, then each tie-break's value
     */
    public record Standing(String contestantId, List<BigDecimal> keys) {
    }

    /** A contestant's place: rank 1 is best; contestants the keys cannot tell apart share a rank. */
    public record Ranked(String contestantId, int rank) {
    }

    /**
     * Ranks standings by their keys (descending, null lowest), then — only to list tied contestants in a stable
     * order — by id. Standard competition ranking: 1, 2, 2, 4.
     */
    public static List<Ranked> rank(List<Standing> standings) {
        Comparator<Standing> byKeys = Scoring::compareKeys;
        List<Standing> sorted = new ArrayList<>(standings);
        sorted.sort(byKeys.thenComparing(Standing::contestantId));
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            int rank = i > 0 && compareKeys(sorted.get(i - 1), sorted.get(i)) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(sorted.get(i).contestantId(), rank));
        }
        return ranked;
    }

    private static int compareKeys(Standing a, Standing b) {
        int size = Math.max(a.keys().size(), b.keys().size());
        for (int i = 0; i < size; i++) {
            BigDecimal x = i < a.keys().size() ? a.keys().get(i) : null;
            BigDecimal y = i < b.keys().size() ? b.keys().get(i) : null;
            int c;
            if (x == null || y == null) {
                c = x == null ? (y == null ? 0 : 1) : -1;
            } else {
                c = y.compareTo(x);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The tie-break values of a contestant, in the declared order.
     *
     * @param tieBreaks the declared order
     * @param results   the locked results of the contest: round id → contestant id → (mark, means)
     */
    public static List<BigDecimal> tieBreakKeys(List<TieBreak> tieBreaks, Map<String, Map<String, Mark>> results,
                                                String contestantId) {
        List<BigDecimal> keys = new ArrayList<>(tieBreaks.size());
        for (TieBreak tieBreak : tieBreaks) {
            Mark mark = results.getOrDefault(tieBreak.roundId(), Map.of()).get(contestantId);
            keys.add(mark == null ? null : switch (tieBreak.kind()) {
                case ROUND_MARK -> mark.mark();
                case CRITERION_MARK -> mark.means().get(tieBreak.criterionId());
            });
        }
        return keys;
    }

    /** One prize allocated by rank. */
    public record Allocation(String contestantId, PrizeTier tier, int rank) {
    }

    /**
     * Allocates prizes by rank: tiers in order ({@link PrizeTier#FIRST} first), each filled up to its quota by
     * whole groups of equal rank. A group that does not fit in what remains of the current tier is a tie the
     * declared order could not resolve: refused with the contestants concerned, for the organiser to decide.
     *
     * @param ranked contestants best first
     * @param quotas the contest's quotas
     * @param names  how to name a contestant in the message (e.g. their id)
     */
    public static List<Allocation> allocate(List<Ranked> ranked, List<TierQuota> quotas,
                                            Function<String, String> names) {
        Map<PrizeTier, Integer> remaining = new EnumMap<>(PrizeTier.class);
        quotas.forEach(q -> remaining.put(q.tier(), q.quota()));
        List<Allocation> allocations = new ArrayList<>();
        int i = 0;
        for (PrizeTier tier : PrizeTier.values()) {
            int left = remaining.getOrDefault(tier, 0);
            while (left > 0 && i < ranked.size()) {
                int rank = ranked.get(i).rank();
                int end = i;
                while (end < ranked.size() && ranked.get(end).rank() == rank) {
                    end++;
                }
                int group = end - i;
                if (group > left) {
                    List<String> tied = ranked.subList(i, end).stream().map(r -> names.apply(r.contestantId())).toList();
                    throw DomainException.rule("unresolved-tie",
                            "Các thí sinh " + String.join(", ", tied) + " bằng điểm ở hạng " + rank
                                    + " kể cả theo thứ tự phân định đã công bố, nhưng " + tier.labelVi() + " chỉ còn "
                                    + left + " giải: ban tổ chức quyết định từng giải",
                            "Contestants " + String.join(", ", tied) + " are tied at rank " + rank
                                    + " even after the declared tie-break order, but only " + left + " "
                                    + tier.labelEn().toLowerCase(java.util.Locale.ROOT)
                                    + "(s) remain: the organiser decides prize by prize");
                }
                for (int j = i; j < end; j++) {
                    allocations.add(new Allocation(ranked.get(j).contestantId(), tier, rank));
                }
                left -= group;
                i = end;
            }
        }
        return allocations;
    }
}
