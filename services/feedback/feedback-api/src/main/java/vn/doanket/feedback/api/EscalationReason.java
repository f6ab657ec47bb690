package vn.doanket.feedback.api;

/** Why a petition went up a level. Labels in Vietnamese and English. */
public enum EscalationReason {
    OVERDUE("Quá hạn giải quyết", "Overdue"),
    /** Its forwarding was entered into the system after the deadline had passed (recorded late): escalated once. */
    OVERDUE_WHEN_RECORDED("Đã quá hạn khi được ghi nhận vào hệ thống", "Already overdue when recorded");

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
