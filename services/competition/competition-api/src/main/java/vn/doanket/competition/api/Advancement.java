package vn.doanket.competition.api;

/**
 * Who goes on from a round to the next (the last round's rule is not used).
 *
 * @param kind  everyone, the best-ranked {@code value} contestants (contestants tied with the last of them go on
 *              too), or those whose mark is at least {@code value} (out of 100)
 * @param value the number of contestants ({@code TOP}), the minimum mark ({@code MIN_MARK}); 0 for {@code ALL}
 */
public record Advancement(AdvancementKind kind, int value) {

    /** Everyone goes on. */
    public static Advancement all() {
        return new Advancement(AdvancementKind.ALL, 0);
    }
}
