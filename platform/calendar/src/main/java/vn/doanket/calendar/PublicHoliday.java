package vn.doanket.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off for a public holiday, as returned by {@link WorkingCalendar#holidays(int)}.
 *
 * @param date        the day
 * @param kind        the holiday it belongs to
 * @param observance  why the day is off: the statutory day itself, a substitute day, or a day fixed by a
 *                    government decision from the {@link HolidayDecisions} table
 * @param legalBasis  the legal text behind the day (article of the Labour Code, or the decision)
 */
public record PublicHoliday(LocalDate date, HolidayKind kind, Observance observance, String legalBasis) {

    /** Why a holiday date is a day off. */
    public enum Observance {
        /** The statutory holiday day computed from the Labour Code rule. */
        STATUTORY,
        /**
         * A substitute day (ngày nghỉ bù): the statutory day fell on a weekly rest day (Saturday/Sunday) or on
         * another holiday, so the next working day is off — Art. 111(3) of the Labour Code 2019
         * (Art. 115(3) of the Labour Code 2012 for 2019–2020).
         */
        SUBSTITUTE,
        /** A day fixed by a government decision for that year (configured in {@link HolidayDecisions}). */
        DECIDED
    }

    /**
     * Validates that no component is null.
     */
    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(observance, "observance");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** @return the Vietnamese name, prefixed with "Nghỉ bù" for a substitute day */
    public String vietnameseName() {
        return observance == Observance.SUBSTITUTE ? "Nghỉ bù " + kind.vietnameseName() : kind.vietnameseName();
    }

    /** @return the English name, suffixed with "(substitute day)" for a substitute day */
    public String englishName() {
        return observance == Observance.SUBSTITUTE ? kind.englishName() + " (substitute day)" : kind.englishName();
    }

    /** @return e.g. {@code 2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương / Hùng Kings' Commemoration (substitute day)} */
    @Override
    public String toString() {
        return date + " " + vietnameseName() + " / " + englishName();
    }
}
