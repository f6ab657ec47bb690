package vn.doanket.feedback.api;

/** How an answer was communicated to the citizen. Labels in Vietnamese and English. */
public enum CommunicationMethod {
    IN_PERSON("Trực tiếp", "In person"),
    PHONE("Điện thoại", "Phone"),
    LETTER("Văn bản", "Letter"),
    EMAIL("Thư điện tử", "E-mail"),
    SMS("Tin nhắn", "Text message"),
    CONFERENCE("Tại hội nghị", "At a conference"),
    PUBLIC_NOTICE("Niêm yết công khai", "Public notice");

    private final String labelVi;
    private final String labelEn;

    CommunicationMethod(String labelVi, String labelEn) {
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
