package vn.doanket.feedback.api;

/** How a petition reached the Front (kênh tiếp nhận). Labels in Vietnamese and English. */
public enum Channel {
    COMMITTEE("Ban Công tác Mặt trận", "Front Work Committee"),
    CONFERENCE_OPINION("Ý kiến tại hội nghị", "Conference opinion"),
    /** An opinion raised at a dialogue conference, received from the conference service's events (with a provenance). */
    CONFERENCE("Hội nghị đối thoại", "Dialogue conference"),
    DIRECT_VISIT("Trực tiếp", "Direct visit"),
    PHONE("Điện thoại", "Phone"),
    ONLINE("Trực tuyến", "Online"),
    LETTER("Thư, đơn", "Letter");

    private final String labelVi;
    private final String labelEn;

    Channel(String labelVi, String labelEn) {
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
