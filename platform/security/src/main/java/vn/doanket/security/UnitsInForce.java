package vn.doanket.security;

import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The units a command may name on a day, shared by the contexts' rules classes: a unit of the territory in force
 * on that day, or a residential area under a commune in force on it. A unit a reorganisation has closed by then is
 * refused 422 {@code unit-closed} naming the units it became (today's names); a day before the unit existed 422
 * {@code date-before-unit}; anything else with the context's {@code unknown-unit} problem. Also the past-or-today
 * day rule (422 {@code date-in-future}).
 *
 * <p>The contexts differ in a few points, which are options (immutable; each {@code with…} returns a copy):
 * whether the code's form is checked first ({@link #checkingForm}), how (or whether) a day before the unit is
 * refused ({@link BeforeUnit}), which residential areas count under their commune ({@link AreasUnderCommune}), and
 * the {@code unknown-unit} problem itself.
 */
public final class UnitsInForce {

    /** How a day before the unit's first version is answered. */
    public enum BeforeUnit {
        /** 422 {@code date-before-unit}, naming the unit (its Vietnamese and English names). */
        REFUSED_NAMING_UNIT,
        /** 422 {@code date-before-unit}, with the code only. */
        REFUSED,
        /** Not told apart: such a unit is unknown on that day. */
        UNKNOWN
    }

    /** Which residential areas not in force on the day are accepted because their commune is. */
    public enum AreasUnderCommune {
        /** Any area (also one published but not in force that day, neither closed nor not yet begun). */
        ANY,
        /** Only an area the territory does not know yet (membership has not published it). */
        UNPUBLISHED
    }

    private final Territory territory;
    private final boolean checkingForm;
    private final BeforeUnit beforeUnit;
    private final AreasUnderCommune areas;
    private final BiFunction<String, LocalDate, DomainException> unknownUnit;

    private UnitsInForce(Territory territory, boolean checkingForm, BeforeUnit beforeUnit, AreasUnderCommune areas,
                         BiFunction<String, LocalDate, DomainException> unknownUnit) {
        this.territory = Objects.requireNonNull(territory, "territory");
        this.checkingForm = checkingForm;
        this.beforeUnit = Objects.requireNonNull(beforeUnit, "beforeUnit");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.unknownUnit = Objects.requireNonNull(unknownUnit, "unknownUnit");
    }

    /**
     * Units of {@code territory}: form checked, a day before the unit refused with its code, unpublished areas
     * accepted under their commune, and a plain 422 {@code unknown-unit} otherwise.
     */
    public static UnitsInForce of(Territory territory) {
        return new UnitsInForce(territory, true, BeforeUnit.REFUSED, AreasUnderCommune.UNPUBLISHED,
                (code, on) -> DomainException.rule("unknown-unit", "Đơn vị hành chính không tồn tại vào ngày này",
                        "The administrative unit does not exist on that day"));
    }

    /** Whether a code not of the form {@link UnitCode#FORM} is unknown at once, without asking the territory. */
    public UnitsInForce checkingForm(boolean checkingForm) {
        return new UnitsInForce(territory, checkingForm, beforeUnit, areas, unknownUnit);
    }

    /** How a day before the unit's first version is answered. */
    public UnitsInForce beforeUnit(BeforeUnit beforeUnit) {
        return new UnitsInForce(territory, checkingForm, beforeUnit, areas, unknownUnit);
    }

    /** Which residential areas count under a commune in force. */
    public UnitsInForce areasUnderCommune(AreasUnderCommune areas) {
        return new UnitsInForce(territory, checkingForm, beforeUnit, areas, unknownUnit);
    }

    /** The problem for a unit that does not exist on the day, from the code (possibly null or malformed) and day. */
    public UnitsInForce unknownUnit(BiFunction<String, LocalDate, DomainException> unknownUnit) {
        return new UnitsInForce(territory, checkingForm, beforeUnit, areas, unknownUnit);
    }

    /**
     * Requires a unit that exists on {@code on}: a unit of the territory, or a residential area of one of its
     * communes. A unit or area that a reorganisation has closed by then is refused with the units it became.
     *
     * @return {@code unitCode}
     * @throws DomainException 422 {@code unit-closed}, {@code date-before-unit} or the unknown-unit problem
     */
    public String requireUnit(String unitCode, LocalDate on) {
        if (unitCode != null && (!checkingForm || UnitCode.isValid(unitCode))) {
            if (territory.unit(unitCode, on).isPresent()) {
                return unitCode;
            }
            List<AdministrativeUnit> versions = territory.versions(unitCode);
            AdministrativeUnit last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            if (last != null && last.validTo() != null && !on.isBefore(last.validTo())) {
                LocalDate lastInForce = last.validFrom() != null && last.validTo().minusDays(1).isBefore(last.validFrom())
                        ? last.validFrom() : last.validTo().minusDays(1);
                String successors = String.join(", ", territory.currentSuccessors(unitCode, lastInForce).stream()
                        .map(code -> code + " (" + territory.nameOf(code, territory.today()) + ")").toList());
                throw DomainException.rule("unit-closed",
                        "Đơn vị " + unitCode + " đã thôi hiệu lực do sáp nhập hoặc chia tách; nay là: " + successors,
                        "The unit " + unitCode + " was closed by a merger or split; it is now: " + successors);
            }
            AdministrativeUnit first = versions.isEmpty() ? null : versions.get(0);
            if (beforeUnit != BeforeUnit.UNKNOWN
                    && first != null && first.validFrom() != null && on.isBefore(first.validFrom())) {
                String namedVi = beforeUnit == BeforeUnit.REFUSED_NAMING_UNIT ? " (" + first.name() + ")" : "";
                String namedEn = beforeUnit == BeforeUnit.REFUSED_NAMING_UNIT ? " (" + first.nameEn() + ")" : "";
                throw DomainException.rule("date-before-unit",
                        "Đơn vị " + unitCode + namedVi + " chỉ có hiệu lực từ ngày " + first.validFrom()
                                + ", sau ngày " + on,
                        "The unit " + unitCode + namedEn + " is in force only from " + first.validFrom()
                                + ", after " + on);
            }
            if (UnitCode.isArea(unitCode) && (areas == AreasUnderCommune.ANY || versions.isEmpty())
                    && territory.unit(UnitCode.communeOf(unitCode), on).filter(u -> u.level() == Level.COMMUNE)
                    .isPresent()) {
                return unitCode;
            }
        }
        throw unknownUnit.apply(unitCode, on);
    }

    /**
     * Refuses a day after {@code today}: a fact cannot be recorded before it happens (422 {@code date-in-future}).
     *
     * @param whatVi what the day is, in Vietnamese, e.g. "Ngày tiếp nhận"
     * @param whatEn the same in English, e.g. "The day of receipt"
     * @return {@code day}
     */
    public static LocalDate requireNotFuture(LocalDate day, LocalDate today, String whatVi, String whatEn) {
        if (day.isAfter(today)) {
            throw DomainException.rule("date-in-future",
                    whatVi + " (" + day + ") không được sau ngày hôm nay (" + today + ")",
                    whatEn + " (" + day + ") cannot be after today (" + today + ")");
        }
        return day;
    }
}
