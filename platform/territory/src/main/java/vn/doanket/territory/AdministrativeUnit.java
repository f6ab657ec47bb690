package vn.doanket.territory;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One version of an administrative unit: a code, its names and type, and its parent, valid on a date range.
 *
 * <p>The identity of a unit is the pair (code, {@link #validFrom()}): the same code may denote different
 * territories before and after a reorganisation (most new communes of 1 July 2025 reuse an old commune code;
 * province {@code 79} after the reform is Hồ Chí Minh City plus Bình Dương plus Bà Rịa–Vũng Tàu).
 *
 * @param code       the unit code, as text with leading zeros ({@code VN}, 2, 3 or 5 digits, or a runtime code
 *                   for residential areas)
 * @param level      the administrative level
 * @param name       official full name in Vietnamese, with diacritics, e.g. {@code Thành phố Hồ Chí Minh}
 * @param shortName  the name without its type prefix, e.g. {@code Hồ Chí Minh}
 * @param nameEn     the name with diacritics removed (not an official English name), e.g. {@code Ho Chi Minh}
 * @param type       the Vietnamese type, e.g. {@code Phường}
 * @param typeEn     the English type key, e.g. {@code ward}, {@code municipality}
 * @param parentCode the code of the parent on the dates of this version, {@code null} only for the nation
 * @param validFrom  first day of validity (inclusive), {@code null} for an open past
 * @param validTo    first day no longer valid (exclusive), {@code null} while still in force
 */
public record AdministrativeUnit(
        String code,
        Level level,
        String name,
        String shortName,
        String nameEn,
        String type,
        String typeEn,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {

    /**
     * Orders units by their Vietnamese names using a {@code vi-VN} {@link Collator}, syllable by syllable
     * (so {@code Đ} sorts after {@code D}, {@code Ă}/{@code Â} after {@code A}, and {@code Hà Nội} before
     * {@code Hải}); compares short names first, then full names, then codes and validity start.
     */
    public static final Comparator<AdministrativeUnit> VIETNAMESE_ORDER = Comparator
            .comparing(AdministrativeUnit::shortName, VietnameseNames.ORDER)
            .thenComparing(AdministrativeUnit::name, VietnameseNames.ORDER)
            .thenComparing(AdministrativeUnit::code)
            .thenComparing(AdministrativeUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));
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
     * @param validFrom the {@code validFrom} component
     * @param validTo the {@code validTo} component
     * @throws NullPointerException     if code, level or name is missing
     * @throws IllegalArgumentException if the validity range is empty or a non-national unit has no parent
     */
    public AdministrativeUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        if (level != Level.NATION && parentCode == null) {
            throw new IllegalArgumentException("unit " + code + " has no parent");
        }
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException(
                    "unit " + code + ": validFrom " + validFrom + " must be before validTo " + validTo);
        }
    }

    /**
     * Whether this version is in force on the given day.
     *
     * @param date the day
     * @return {@code true} if {@code validFrom <= date < validTo} (open ends always match)
     */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
    }

    /**
     * Whether this version has no end date yet.
     *
     * @return {@code true} if {@link #validTo()} is {@code null}
     */
    public boolean isOpen() {
        return validTo == null;
    }

    /** Same version, closed on {@code end}. */
    AdministrativeUnit closedOn(LocalDate end) {
        return new AdministrativeUnit(code, level, name, shortName, nameEn, type, typeEn, parentCode, validFrom, end);
    }

    /** Collation of Vietnamese names; the JDK's {@code vi} rules compared syllable by syllable. */
    static final class VietnameseNames {
        static final Comparator<String> ORDER = VietnameseNames::compare;

        // RuleBasedCollator.compare is synchronized, so one shared instance is thread-safe.
        private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

        static {
            COLLATOR.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        }

        private VietnameseNames() {
        }

        static int compare(String a, String b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            int i = 0;
            int j = 0;
            while (true) {
                i = skipSpaces(a, i);
                j = skipSpaces(b, j);
                if (i >= a.length() || j >= b.length()) {
                    return Boolean.compare(i < a.length(), j < b.length());
                }
                int ei = wordEnd(a, i);
                int ej = wordEnd(b, j);
                int c = COLLATOR.compare(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            }
        }

        private static int skipSpaces(String s, int i) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private static int wordEnd(String s, int i) {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
