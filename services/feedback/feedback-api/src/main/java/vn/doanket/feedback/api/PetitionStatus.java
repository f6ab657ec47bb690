package vn.doanket.feedback.api;

/** Where a petition is in its handling. Labels in Vietnamese and English. */
public enum PetitionStatus {
    RECEIVED("Đã tiếp nhận", "Received"),
    CLASSIFIED("Đã phân loại", "Classified"),
    FORWARDED("Đã chuyển", "Forwarded"),
    ANSWERED("Đã có trả lời", "Answered"),
    COMMUNICATED("Đã thông báo trả lời", "Answer communicated"),
    CLOSED("Đã kết thúc", "Closed"),
    WITHDRAWN("Đã rút", "Withdrawn"),
    MERGED("Đã gộp", "Merged"),
    SPLIT("Đã tách", "Split");

    private final String labelVi;
    private final String labelEn;

    PetitionStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether nothing more happens to the petition (a closed petition may still be reopened). */
    public boolean isTerminal() {
        return this == WITHDRAWN || this == MERGED || this == SPLIT || this == CLOSED;
    }
}
