package vn.doanket.reports;

import java.util.Locale;

/** Which language headers and titles are written in. */
public enum HeaderLanguage {
    /** Vietnamese only. */
    VI,
    /** English only. */
    EN,
    /** "Vietnamese (English)". */
    BILINGUAL;

    /**
     * @param value {@code vi}, {@code en}, {@code both}/{@code bilingual} (any case), or null
     * @return the language; {@link #VI} for null or blank
     * @throws IllegalArgumentException for anything else
     */
    public static HeaderLanguage parse(String value) {
        if (value == null || value.isBlank()) {
            return VI;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            case "both", "bilingual", "vi-en" -> BILINGUAL;
            default -> throw new IllegalArgumentException("unknown language " + value);
        };
    }
}
