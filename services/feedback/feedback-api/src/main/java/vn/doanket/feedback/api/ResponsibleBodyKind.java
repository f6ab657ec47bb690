package vn.doanket.feedback.api;

/** Kinds of body a petition is forwarded to. Labels in Vietnamese and English. */
public enum ResponsibleBodyKind {
    PARTY_COMMITTEE("Cấp ủy Đảng", "Party committee"),
    PEOPLES_COMMITTEE("Ủy ban nhân dân", "People's Committee"),
    PEOPLES_COUNCIL("Hội đồng nhân dân", "People's Council"),
    DEPARTMENT("Cơ quan chuyên môn", "Department"),
    FRONT_COMMITTEE_ABOVE("Ủy ban MTTQ cấp trên", "Front committee of the level above");

    private final String labelVi;
    private final String labelEn;

    ResponsibleBodyKind(String labelVi, String labelEn) {
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
