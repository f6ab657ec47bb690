package vn.doanket.identity.account;

import java.util.regex.Pattern;

/** The form of a {@code scope_unit} claim. */
public final class ScopeUnits {

    /**
     * {@code VN}, a 2-digit province, a 5-digit commune, or a residential area
     * {@code <5-digit commune>-<suffix>}.
     */
    public static final Pattern PATTERN = Pattern.compile("VN|\\d{2}|\\d{5}|\\d{5}-[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*");

    private ScopeUnits() {
    }

    /**
     * Whether {@code code} is a well-formed scope unit code.
     *
     * @param code candidate, may be null
     * @return true when well-formed
     */
    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
