package vn.doanket.territory;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The units a fact counts under at one level of one map.
 *
 * <p>{@link #units()} lists the primary unit first (see {@link Territory#rollUpChain}), then the others by code.
 * A fact recorded under a commune that was later split (or viewed on an earlier map than its merged unit)
 * may fall under several units; the data does not say which one, so the answer is then not {@linkplain #exact()
 * exact}.
 *
 * @param level   the requested level
 * @param mapDate the day whose map was used
 * @param units   the units at {@code level} valid on {@code mapDate}; empty if the level does not exist on that
 *                map (e.g. {@link Level#DISTRICT} after 30 June 2025), if the level lies below the unit the fact
 *                was recorded under, or if the unit has no lineage to that map
 */
public record RollUp(Level level, LocalDate mapDate, List<AdministrativeUnit> units) {

    /**
     * Creates the record, validating (and, for lists, copying) its components.
     *
     * @param level the {@code level} component
     * @param mapDate the {@code mapDate} component
     * @param units the {@code units} component
     */
    public RollUp {
        units = List.copyOf(units);
    }

    /**
     * Whether the fact counts under exactly one unit.
     *
     * @return {@code true} if there is exactly one unit
     */
    public boolean exact() {
        return units.size() == 1;
    }

    /**
     * Whether the fact may belong to any of several units (a partial split or a merged predecessor set).
     *
     * @return {@code true} if there is more than one unit
     */
    public boolean isSplit() {
        return units.size() > 1;
    }

    /**
     * Whether no unit at the requested level matches.
     *
     * @return {@code true} if {@link #units()} is empty
     */
    public boolean isEmpty() {
        return units.isEmpty();
    }

    /**
     * The deterministic primary unit, the one to use when a single answer is needed.
     *
     * @return the first unit, if any
     */
    public Optional<AdministrativeUnit> primary() {
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
    }

    /**
     * The unit codes, primary first.
     *
     * @return an ordered, unmodifiable set of codes
     */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (AdministrativeUnit unit : units) {
            codes.add(unit.code());
        }
        return Collections.unmodifiableSet(codes);
    }
}
