package vn.doanket.certificates;

/** What a certificate attests (loại giấy chứng nhận). Labels in Vietnamese and English. */
public enum CertificateKind {
    /** Completed a training class (hoàn thành lớp tập huấn, bồi dưỡng). */
    TRAINING_COMPLETION("Giấy chứng nhận hoàn thành khóa tập huấn", "Certificate of training completion"),
    /** Won a prize in a contest (giải thưởng). */
    PRIZE("Giấy chứng nhận đạt giải", "Prize certificate"),
    /** Commended by a numbered decision (giấy khen, bằng khen). */
    COMMENDATION("Giấy khen", "Certificate of merit");

    private final String labelVi;
    private final String labelEn;

    CertificateKind(String labelVi, String labelEn) {
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
