package vn.doanket.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The code of an administrative unit as text: {@code VN}, a 2-digit province, a 3-digit (historical) district, a
 * 5-digit commune, or a system-assigned residential-area code ({@code <commune code>-<suffix>}, upper-case letters
 * and digits, e.g. {@code 26560-KP01}). The one definition of the form for all main code: validates form only;
 * whether the unit exists on a date is the territory registry's question. The {@code *_FORM} constants are regular
 * expressions for bean-validation annotations ({@code @Pattern(regexp = UnitCode.COMMUNE_FORM)}).
 */
public record UnitCode(String value) {

    /** The nation's code. */
    public static final String NATION = "VN";
    /** A commune's code: five digits. */
    public static final String COMMUNE_FORM = "\\d{5}";
    /** A residential area's code: its commune's code, a hyphen, 1–36 upper-case letters or digits. */
    public static final String AREA_FORM = "\\d{5}-[A-Z0-9]{1,36}";
    /** An official unit's code: a province (2 digits), a historical district (3) or a commune (5). */
    public static final String OFFICIAL_FORM = "\\d{2}|\\d{3}|\\d{5}";
    /** Any unit's code. */
    public static final String FORM = NATION + "|" + OFFICIAL_FORM + "|" + AREA_FORM;

    private static final Pattern ANY = Pattern.compile(FORM);
    private static final Pattern AREA = Pattern.compile(AREA_FORM);
    private static final Pattern COMMUNE = Pattern.compile(COMMUNE_FORM);
    private static final Pattern OFFICIAL = Pattern.compile(OFFICIAL_FORM);

    /** The level a code's form denotes. */
    public enum Kind { NATION, PROVINCE, DISTRICT, COMMUNE, RESIDENTIAL_AREA }

    public UnitCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid unit code form");
        }
    }

    @JsonCreator
    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** Whether a string has the form of a unit code. */
    public static boolean isValid(String value) {
        return value != null && ANY.matcher(value).matches();
    }

    /** Whether a string has the form of a residential area's code. */
    public static boolean isArea(String value) {
        return value != null && AREA.matcher(value).matches();
    }

    /** Whether a string has the form of a commune's code. */
    public static boolean isCommune(String value) {
        return value != null && COMMUNE.matcher(value).matches();
    }

    /** Whether a string has the form of an official unit's code (province, district or commune). */
    public static boolean isOfficial(String value) {
        return value != null && OFFICIAL.matcher(value).matches();
    }

    /** The commune of a residential area's code, or the code itself for a commune; null for any other code. */
    public static String communeOf(String value) {
        if (isArea(value)) {
            return value.substring(0, 5);
        }
        return isCommune(value) ? value : null;
    }

    /** The level this code's form denotes. */
    public Kind kind() {
        if (value.equals(NATION)) {
            return Kind.NATION;
        }
        return switch (value.length()) {
            case 2 -> Kind.PROVINCE;
            case 3 -> Kind.DISTRICT;
            case 5 -> Kind.COMMUNE;
            default -> Kind.RESIDENTIAL_AREA;
        };
    }

    /** Whether this is a residential area's code. */
    public boolean isArea() {
        return kind() == Kind.RESIDENTIAL_AREA;
    }

    /** The commune this code is or belongs to, or null above the commune level. */
    public String commune() {
        return communeOf(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
