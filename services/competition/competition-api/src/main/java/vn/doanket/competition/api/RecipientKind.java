package vn.doanket.competition.api;

/** Who a commendation goes to. Labels in Vietnamese and English. */
public enum RecipientKind {
    PERSON("Cá nhân", "Person"),
    COLLECTIVE("Tập thể", "Collective");

    private final String labelVi;
    private final String labelEn;

    RecipientKind(String labelVi, String labelEn) {
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
