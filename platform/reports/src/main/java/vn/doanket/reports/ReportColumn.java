package vn.doanket.reports;

import java.util.Objects;

/**
 * A column of a {@link ReportTable}: a stable key, a header in Vietnamese and English, and how its
 * cells are written.
 *
 * @param key stable key (JSON field name)
 * @param headerVi header in Vietnamese
 * @param headerEn header in English
 * @param type cell type
 */
public record ReportColumn(String key, String headerVi, String headerEn, Type type) {

    /** How cells of a column are written. */
    public enum Type {
        /** Text, left-aligned. */
        TEXT,
        /** A number, right-aligned; a numeric cell in spreadsheets. */
        NUMBER,
        /** A {@code LocalDate} (dd/MM/yyyy in documents, a date cell in spreadsheets). */
        DATE,
        /** An {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime} (Vietnam time). */
        DATE_TIME
    }

    public ReportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(headerVi, "headerVi");
        Objects.requireNonNull(headerEn, "headerEn");
        Objects.requireNonNull(type, "type");
    }

    /** @return a text column */
    public static ReportColumn text(String key, String headerVi, String headerEn) {
        return new ReportColumn(key, headerVi, headerEn, Type.TEXT);
    }

    /** @return a number column */
    public static ReportColumn number(String key, String headerVi, String headerEn) {
        return new ReportColumn(key, headerVi, headerEn, Type.NUMBER);
    }

    /** @return a date column */
    public static ReportColumn date(String key, String headerVi, String headerEn) {
        return new ReportColumn(key, headerVi, headerEn, Type.DATE);
    }

    /** @return a date-time column */
    public static ReportColumn dateTime(String key, String headerVi, String headerEn) {
        return new ReportColumn(key, headerVi, headerEn, Type.DATE_TIME);
    }

    /**
     * @param language which header
     * @return the header in that language ({@code "vi (en)"} for bilingual)
     */
    public String header(HeaderLanguage language) {
        return switch (language) {
            case VI -> headerVi;
            case EN -> headerEn;
            case BILINGUAL -> headerVi.equals(headerEn) ? headerVi : headerVi + " (" + headerEn + ")";
        };
    }
}
