package vn.doanket.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A titled table: bilingual title, columns with bilingual headers, rows of cell values
 * ({@code String}, {@code Number}, {@code Boolean}, {@code LocalDate}, {@code Instant},
 * {@code OffsetDateTime}, {@code LocalDateTime}, or null for an empty cell).
 *
 * @param titleVi title in Vietnamese
 * @param titleEn title in English
 * @param columns columns
 * @param rows rows, each as many cells as there are columns
 */
public record ReportTable(String titleVi, String titleEn, List<ReportColumn> columns, List<List<Object>> rows) {

    public ReportTable {
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
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

    /** Builds a table row by row. */
    public static Builder builder(String titleVi, String titleEn) {
        return new Builder(titleVi, titleEn);
    }

    /** A table builder. */
    public static final class Builder {
        private final String titleVi;
        private final String titleEn;
        private final List<ReportColumn> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String titleVi, String titleEn) {
            this.titleVi = titleVi;
            this.titleEn = titleEn;
        }

        /** @return this, with a column added */
        public Builder column(ReportColumn column) {
            columns.add(column);
            return this;
        }

        /** @return this, with a row added */
        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** @return this, with a row added */
        public Builder row(List<?> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /** @return the table */
        public ReportTable build() {
            return new ReportTable(titleVi, titleEn, columns, rows);
        }
    }
}
