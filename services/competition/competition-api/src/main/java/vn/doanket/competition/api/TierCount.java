package vn.doanket.competition.api;

/**
 * How many prizes of a tier a contest holds.
 *
 * @param tier  the tier
 * @param count the number of prizes
 */
public record TierCount(PrizeTier tier, int count) {
}
