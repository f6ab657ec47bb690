package vn.doanket.competition.api;

/** A commendation (certificate of merit) by a numbered decision. Labels in Vietnamese and English. */
public enum CommendationKind {
    GIAY_KHEN("Giấy khen", "Certificate of merit"),
    BANG_KHEN("Bằng khen", "Diploma of merit");

    private final String labelVi;
    private final String labelEn;

    CommendationKind(String labelVi, String labelEn) {
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
