package vn.doanket.reports;

import java.util.List;
import java.util.Objects;

/**
 * A document of one or more tables: a bilingual title, lines under the title (unit, period,
 * time of export…) and the tables in order. A spreadsheet gets one sheet per table; a printable
 * document gets the tables one after another.
 *
 * @param titleVi title in Vietnamese
 * @param titleEn title in English
 * @param lines lines under the title
 * @param tables tables
 */
public record ReportDocument(String titleVi, String titleEn, List<String> lines, List<ReportTable> tables) {

    public ReportDocument {
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }

    /**
     * @param table one table
     * @return a document of that table alone, titled like it
     */
    public static ReportDocument of(ReportTable table) {
        return new ReportDocument(table.titleVi(), table.titleEn(), List.of(), List.of(table));
    }

    /**
     * @param language which language
     * @return the title in that language
     */
    public String title(HeaderLanguage language) {
        return switch (language) {
            case VI -> titleVi;
            case EN -> titleEn;
            case BILINGUAL -> titleVi + " (" + titleEn + ")";
        };
    }
}
