package vn.doanket.competition.api;

/** A rule that orders contestants with equal marks, applied in the contest's declared order. Labels in Vietnamese and English. */
public enum TieBreakKind {
    ROUND_MARK("Điểm cao hơn ở một vòng thi", "Higher mark in a round"),
    CRITERION_MARK("Điểm cao hơn ở một tiêu chí", "Higher mark on a criterion");

    private final String labelVi;
    private final String labelEn;

    TieBreakKind(String labelVi, String labelEn) {
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
