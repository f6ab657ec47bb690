package vn.doanket.competition.api;

/** Why a contestant holds a prize. Labels in Vietnamese and English. */
public enum AwardBasis {
    RANKING("Theo thứ hạng", "By ranking"),
    DECISION("Theo quyết định của ban tổ chức", "By the organiser's decision");

    private final String labelVi;
    private final String labelEn;

    AwardBasis(String labelVi, String labelEn) {
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
