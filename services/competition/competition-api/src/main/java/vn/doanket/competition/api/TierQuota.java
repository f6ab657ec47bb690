package vn.doanket.competition.api;

/**
 * How many prizes of a tier a contest may award, set when the contest is created.
 *
 * @param tier  the tier
 * @param quota the number of prizes (0–1000)
 */
public record TierQuota(PrizeTier tier, int quota) {
}
