package vn.doanket.competition.api;

/** Who goes on from a round to the next. Labels in Vietnamese and English. */
public enum AdvancementKind {
    ALL("Tất cả thí sinh vào vòng sau", "Everyone goes on"),
    TOP("Các thí sinh xếp hạng cao nhất", "The best-ranked contestants"),
    MIN_MARK("Thí sinh đạt điểm tối thiểu", "Contestants reaching a minimum mark");

    private final String labelVi;
    private final String labelEn;

    AdvancementKind(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
