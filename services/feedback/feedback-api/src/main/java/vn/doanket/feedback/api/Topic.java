package vn.doanket.feedback.api;

/** The default topic taxonomy (lĩnh vực). Services may configure more codes; events carry the code as a string. Labels in Vietnamese and English. */
public enum Topic {
    LAND("Đất đai", "Land"),
    ENVIRONMENT("Môi trường", "Environment"),
    SOCIAL_POLICY("Chính sách xã hội", "Social policy"),
    PUBLIC_ORDER("An ninh, trật tự", "Public order"),
    INFRASTRUCTURE("Hạ tầng", "Infrastructure"),
    ADMINISTRATIVE_PROCEDURES("Thủ tục hành chính", "Administrative procedures"),
    OFFICIALS_CONDUCT("Tác phong cán bộ", "Officials' conduct"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    Topic(String labelVi, String labelEn) {
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
