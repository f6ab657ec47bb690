package vn.doanket.feedback.api;

/** The level of the Front handling a petition; escalation goes one level up. Labels in Vietnamese and English. */
public enum HandlingLevel {
    COMMUNE("Cấp xã", "Commune"),
    PROVINCE("Cấp tỉnh", "Province"),
    NATIONAL("Trung ương", "National");

    private final String labelVi;
    private final String labelEn;

    HandlingLevel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The level above, or null at the national level. */
    public HandlingLevel above() {
        return switch (this) {
            case COMMUNE -> PROVINCE;
            case PROVINCE -> NATIONAL;
            case NATIONAL -> null;
        };
    }
}
