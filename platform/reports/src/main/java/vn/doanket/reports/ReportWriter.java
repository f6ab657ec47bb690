package vn.doanket.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one way to export tables: a {@link ReportDocument} (or one {@link ReportTable}) to CSV,
 * XLSX, PDF or DOCX.
 *
 * <pre>{@code
 * ReportTable table = ReportTable.builder("Kiến nghị theo chủ đề", "Petitions by topic")
 *         .column(ReportColumn.text("topic", "Chủ đề", "Topic"))
 *         .column(ReportColumn.number("count", "Số lượng", "Count"))
 *         .row("Đất đai", 12)
 *         .build();
 * byte[] xlsx = ReportWriter.write(ReportDocument.of(table), ReportFormat.XLSX, HeaderLanguage.VI);
 * }</pre>
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * @param document what to write
     * @param format the format
     * @param language header and title language
     * @param out where to (not closed)
     * @throws IOException when writing fails
     */
    public static void write(ReportDocument document, ReportFormat format, HeaderLanguage language, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV -> CsvWriter.write(document, language, out);
            case XLSX -> XlsxWriter.write(document, language, out);
            case PDF -> PdfWriter.write(document, language, out);
            case DOCX -> DocxWriter.write(document, language, out);
        }
    }

    /**
     * @param document what to write
     * @param format the format
     * @param language header and title language
     * @return the bytes
     */
    public static byte[] write(ReportDocument document, ReportFormat format, HeaderLanguage language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(document, format, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param table one table
     * @param format the format
     * @param language header and title language
     * @return the bytes
     */
    public static byte[] write(ReportTable table, ReportFormat format, HeaderLanguage language) {
        return write(ReportDocument.of(table), format, language);
    }

    /**
     * @param title file name stem (any text; reduced to ASCII letters, digits and dashes)
     * @param format the format
     * @return a safe file name for {@code Content-Disposition}
     */
    public static String fileName(String title, ReportFormat format) {
        String ascii = java.text.Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String stem = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(java.util.Locale.ROOT);
        return (stem.isEmpty() ? "report" : stem) + "." + format.extension();
    }
}
