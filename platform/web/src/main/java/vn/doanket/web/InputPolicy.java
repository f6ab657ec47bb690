package vn.doanket.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The platform's one input policy, applied to every request of every service by {@link StrictJsonModule} (JSON
 * bodies) and {@link InputPolicyFilter} (path and query): no NUL or other control character, no lone surrogate,
 * bounded lengths, plausible dates. Refusals name the field, never the value.
 */
public final class InputPolicy {

    /** Most characters in one string of a JSON body. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Most items in one array (or entries in one map) of a JSON body. */
    public static final int MAX_ITEMS = 1_000;
    /** Most bytes of a JSON body (larger: 413). */
    public static final long MAX_JSON_BODY_BYTES = 1L << 20;
    /** Most characters in one query parameter (name or value) or path segment. */
    public static final int MAX_PARAMETER_LENGTH = 1_000;
    /** Deepest nesting of a JSON body. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Earliest date accepted anywhere (the Front's records start in the 20th century). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** Latest date accepted anywhere. */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    /** Fields whose names end like this are identifiers, codes, names or numbers: no control character at all. */
    private static final Pattern STRICT_FIELD = Pattern.compile(
            "(?i).*(id|ids|code|codes|name|names|phone|number|email|username|key|type|kind|unit|status)");

    /** Why a text is refused. */
    public enum Refusal {
        /** NUL, C0/C1 control characters, DEL (tab, line feed and carriage return allowed in free text). */
        CONTROL_CHARACTER("control-character"),
        /** A UTF-16 surrogate without its pair. */
        LONE_SURROGATE("lone-surrogate"),
        /** Over the length limit. */
        TOO_LONG("too-long");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        /** The kebab-case code of a problem entry. */
        public String code() {
            return code;
        }
    }

    private InputPolicy() {
    }

    /**
     * Whether a field holds free text (where tab, line feed and carriage return are allowed) rather than an
     * identifier, code, name or number.
     */
    public static boolean isFreeText(String fieldName) {
        return fieldName == null || !STRICT_FIELD.matcher(fieldName).matches();
    }

    /**
     * Checks one text.
     *
     * @param text the text
     * @param freeText whether tab, line feed and carriage return are allowed
     * @param maxLength the most characters allowed
     * @return why it is refused, or null when it is acceptable
     */
    public static Refusal check(CharSequence text, boolean freeText, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return Refusal.TOO_LONG;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!freeText || (c != '\t' && c != '\n' && c != '\r')) {
                    return Refusal.CONTROL_CHARACTER;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return Refusal.CONTROL_CHARACTER;
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return Refusal.CONTROL_CHARACTER;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Refusal.LONE_SURROGATE;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Refusal.LONE_SURROGATE;
            }
        }
        return null;
    }

    /** Whether a date is within {@link #MIN_DATE}…{@link #MAX_DATE}. */
    public static boolean plausible(LocalDate date) {
        return date == null || (!date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE));
    }

    /** A field name safe to repeat in a response (else "?"): the client's own name, not arbitrary input. */
    static String safeName(String name) {
        return name != null && name.length() <= 200 && name.matches("[A-Za-z0-9_.\\[\\]-]+") ? name : "?";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
