package vn.doanket.competition.api;

/** Who receives a gift or support. Labels in Vietnamese and English. */
public enum GiftRecipientKind {
    PRESTIGIOUS_PERSON("Người có uy tín", "Prestigious person"),
    FAMILY("Gia đình chính sách", "Family of a policy beneficiary"),
    HOUSEHOLD("Hộ gia đình khó khăn", "Household in difficulty"),
    PERSON("Cá nhân", "Person");

    private final String labelVi;
    private final String labelEn;

    GiftRecipientKind(String labelVi, String labelEn) {
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
