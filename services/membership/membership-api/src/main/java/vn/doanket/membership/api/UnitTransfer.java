package vn.doanket.membership.api;

/**
 * Territory of a predecessor going to a successor.
 *
 * @param fromCode the predecessor
 * @param toCode   the successor
 * @param partial  only part of the predecessor goes there (a split)
 */
public record UnitTransfer(String fromCode, String toCode, boolean partial) {
}
