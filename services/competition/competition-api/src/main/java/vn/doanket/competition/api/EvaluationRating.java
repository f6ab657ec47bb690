package vn.doanket.competition.api;

/** How a unit did in an emulation movement over a period. Labels in Vietnamese and English. */
public enum EvaluationRating {
    EXCELLENT("Hoàn thành xuất sắc", "Excellent"),
    GOOD("Hoàn thành tốt", "Good"),
    COMPLETED("Hoàn thành", "Completed"),
    NOT_COMPLETED("Không hoàn thành", "Not completed");

    private final String labelVi;
    private final String labelEn;

    EvaluationRating(String labelVi, String labelEn) {
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
