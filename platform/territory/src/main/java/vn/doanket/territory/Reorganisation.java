package vn.doanket.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reorganisation decision (merge, split, rename, type change) of official units, added at runtime by an
 * administrator through {@link Territory#addReorganisation(Reorganisation)}.
 *
 * <p>Semantics, all on {@link #effectiveDate()}:
 * <ul>
 *   <li>every unit named as a {@link Transfer#fromCode() source} is closed (its version in force the day
 *       before gets {@code validTo = effectiveDate});</li>
 *   <li>every unit in {@link #newUnits()} gets a new version starting that day; it may reuse a source's code
 *       (a rename keeps the code; a merge may keep one of the merged codes);</li>
 *   <li>every transfer becomes a lineage edge; a target is either a new unit or an existing unit that continues
 *       and absorbs territory.</li>
 * </ul>
 * Example, a rename: {@code new Reorganisation(d, "12/NQ-X", List.of(new UnitSpec("25270", COMMUNE,
 * "Phường Lộc Ninh", ...)), List.of(new Transfer("25270", "25270", false)))}.
 *
 * @param effectiveDate the day the decision takes effect
 * @param legalBasis    the decision number, e.g. {@code 237/NQ-UBTVQH16}
 * @param newUnits      the unit versions that start on {@code effectiveDate}
 * @param transfers     where the territory of each closed unit goes
 */
public record Reorganisation(
        LocalDate effectiveDate, String legalBasis, List<UnitSpec> newUnits, List<Transfer> transfers) {
    /**
     * Creates the record, validating (and, for lists, copying) its components.
     *
     * @param effectiveDate the {@code effectiveDate} component
     * @param legalBasis the {@code legalBasis} component
     * @param newUnits the {@code newUnits} component
     * @param transfers the {@code transfers} component
     * @throws NullPointerException     if the date or a list is missing
     * @throws IllegalArgumentException if there are no transfers
     */
    public Reorganisation {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        newUnits = List.copyOf(newUnits);
        transfers = List.copyOf(transfers);
        if (transfers.isEmpty()) {
            throw new IllegalArgumentException("a reorganisation needs at least one transfer");
        }
    }

    /**
     * A unit version created by the decision.
     *
     * @param code       the code (may reuse a source's code)
     * @param level      the level ({@link Level#PROVINCE}, {@link Level#DISTRICT} or {@link Level#COMMUNE})
     * @param name       full Vietnamese name
     * @param shortName  name without type prefix
     * @param nameEn     name without diacritics
     * @param type       Vietnamese type
     * @param typeEn     English type key
     * @param parentCode the parent's code, valid on the effective date
     */
    public record UnitSpec(
            String code, Level level, String name, String shortName, String nameEn,
            String type, String typeEn, String parentCode) {
        /**
         * Creates the record, validating (and, for lists, copying) its components.
         *
         * @param code the {@code code} component
         * @param level the {@code level} component
         * @param name the {@code name} component
         * @param shortName the {@code shortName} component
         * @param nameEn the {@code nameEn} component
         * @param type the {@code type} component
         * @param typeEn the {@code typeEn} component
         * @param parentCode the {@code parentCode} component
         * @throws NullPointerException     if code, level, name or parentCode is missing
         * @throws IllegalArgumentException if the level is the nation or a residential area
         */
        public UnitSpec {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(parentCode, "parentCode");
            if (level == Level.NATION || level == Level.RESIDENTIAL_AREA) {
                throw new IllegalArgumentException("reorganisations cover provinces, districts and communes only");
            }
        }
    }

    /**
     * Territory of {@code fromCode} (the version in force the day before the effective date) going to
     * {@code toCode} (the version in force on the effective date).
     *
     * @param fromCode the source unit, closed by the decision
     * @param toCode   the target unit, new or continuing
     * @param partial  {@code true} if only part of the source goes to this target
     */
    public record Transfer(String fromCode, String toCode, boolean partial) {

        /**
         * Creates the record, validating (and, for lists, copying) its components.
         *
         * @param fromCode the {@code fromCode} component
         * @param toCode the {@code toCode} component
         * @param partial the {@code partial} component
         * @throws NullPointerException if a code is missing
         */
        public Transfer {
            Objects.requireNonNull(fromCode, "fromCode");
            Objects.requireNonNull(toCode, "toCode");
        }
    }

    /**
     * A unit missing from the official data that a decision closes (e.g. a ward of 2019 merged before the
     * snapshot was taken). See {@link Territory#addReorganisation(Reorganisation, List)}.
     *
     * @param unit      the unit (its parent must be in force the day before the decision)
     * @param validFrom its first day, or {@code null} for the open past
     */
    public record HistoricalUnit(UnitSpec unit, LocalDate validFrom) {

        /**
         * Creates the record.
         *
         * @param unit      the {@code unit} component
         * @param validFrom the {@code validFrom} component
         * @throws NullPointerException if the unit is missing
         */
        public HistoricalUnit {
            Objects.requireNonNull(unit, "unit");
        }
    }
}
