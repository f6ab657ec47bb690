package vn.doanket.web;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.doanket.events.error.LocalizedText;

/**
 * What a problem response says, before it is rendered as {@code application/problem+json}:
 * the HTTP status, a stable kebab-case machine {@code code} (which also forms the problem
 * type {@code https://doanket.vn/problems/<code>}), a short title and a detail, each in
 * Vietnamese and English.
 *
 * <p>Texts must never contain submitted values (they may be personal data), class names,
 * stack traces or SQL.
 *
 * @param status HTTP status, 400–599
 * @param code stable machine code, kebab-case ({@code [a-z0-9]+(-[a-z0-9]+)*})
 * @param title short summary of the kind of problem
 * @param detail explanation of this occurrence
 */
public record ProblemSpec(int status, String code, LocalizedText title, LocalizedText detail) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks the arguments. */
    public ProblemSpec {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400-599: " + status);
        }
        Objects.requireNonNull(code, "code");
        if (!KEBAB.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be kebab-case: " + code);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Shorthand for a spec whose texts are given as plain strings.
     *
     * @param status HTTP status, 400–599
     * @param code kebab-case machine code
     * @param titleVi title in Vietnamese
     * @param titleEn title in English
     * @param detailVi detail in Vietnamese
     * @param detailEn detail in English
     * @return the spec
     */
    public static ProblemSpec of(int status, String code, String titleVi, String titleEn,
                                 String detailVi, String detailEn) {
        return new ProblemSpec(status, code, LocalizedText.of(titleVi, titleEn), LocalizedText.of(detailVi, detailEn));
    }

    /**
     * Whether a string is a valid problem code.
     *
     * @param code candidate
     * @return true when it is non-null kebab-case
     */
    public static boolean isValidCode(String code) {
        return code != null && KEBAB.matcher(code).matches();
    }
}
