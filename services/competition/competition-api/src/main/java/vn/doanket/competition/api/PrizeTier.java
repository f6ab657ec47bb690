package vn.doanket.competition.api;

/** A prize tier of a contest, in award order (first prize first). Labels in Vietnamese and English. */
public enum PrizeTier {
    FIRST("Giải Nhất", "First prize"),
    SECOND("Giải Nhì", "Second prize"),
    THIRD("Giải Ba", "Third prize"),
    CONSOLATION("Giải Khuyến khích", "Consolation prize");

    private final String labelVi;
    private final String labelEn;

    PrizeTier(String labelVi, String labelEn) {
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
