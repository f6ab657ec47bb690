package vn.doanket.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The code of an administrative unit as text: {@code VN}, a 2-digit province, a 3-digit
 * (historical) district, a 5-digit commune, or a system-assigned residential-area code
 * ({@code <commune code>-<suffix>}). Validates form only; whether the unit exists on a date
 * is the territory registry's question.
 */
public record UnitCode(String value) {

    private static final Pattern FORM = Pattern.compile("VN|\\d{2}|\\d{3}|\\d{5}|\\d{5}-[A-Za-z0-9]{1,36}");

    public UnitCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid unit code form");
        }
    }

    @JsonCreator
    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** Whether a string has the form of a unit code. */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
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
