package vn.doanket.reports;

import java.util.Locale;

/** The export formats, with their media types and file extensions. */
public enum ReportFormat {
    /** CSV, UTF-8 with a byte-order mark (Excel opens it with the right characters). */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** Excel workbook. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Printable PDF with an embedded Unicode font. */
    PDF("application/pdf", "pdf"),
    /** Word document. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the media type for a {@code Content-Type} header */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file extension without dot */
    public String extension() {
        return extension;
    }

    /**
     * @param value {@code csv}, {@code xlsx}, {@code pdf}, {@code docx} (any case)
     * @return the format
     * @throws IllegalArgumentException for anything else
     */
    public static ReportFormat parse(String value) {
        if (value != null) {
            for (ReportFormat f : values()) {
                if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown report format " + value);
    }
}
