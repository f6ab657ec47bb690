package vn.doanket.feedback.api;

/** Why a petition went up a level. Labels in Vietnamese and English. */
public enum EscalationReason {
    OVERDUE("Quá hạn giải quyết", "Overdue");

    private final String labelVi;
    private final String labelEn;

    EscalationReason(String labelVi, String labelEn) {
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
