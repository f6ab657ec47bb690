package vn.doanket.competition.api;

/** What a commendation rewards. Labels in Vietnamese and English. */
public enum CommendationBasis {
    MOVEMENT("Phong trào thi đua, cuộc vận động", "Emulation movement or campaign"),
    CONTEST("Hội thi", "Contest"),
    OTHER("Thành tích khác", "Other achievement");

    private final String labelVi;
    private final String labelEn;

    CommendationBasis(String labelVi, String labelEn) {
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
