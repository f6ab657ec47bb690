package vn.doanket.territory;

import java.time.LocalDate;

/**
 * A lineage edge between two unit versions: where (part of) the territory of {@code from} went when
 * {@code from} ceased to be in force.
 *
 * @param from          the earlier unit version
 * @param to            the later unit version
 * @param kind          merge, split, abolition or rename
 * @param partial       {@code true} if only part of {@code from} went into {@code to} (the data does not say
 *                      which part)
 * @param effectiveDate the day the change took effect
 * @param legalBasis    the legal act, e.g. {@code 1685/NQ-UBTVQH15}, or {@code null} if unknown
 * @param confidence    quality flag of the source row ({@code high}, {@code manual:high}, {@code manual:low},
 *                      {@code corrected}), or {@code null} when not applicable
 */
public record LineageEdge(
        AdministrativeUnit from,
        AdministrativeUnit to,
        LineageKind kind,
        boolean partial,
        LocalDate effectiveDate,
        String legalBasis,
        String confidence) {
}
