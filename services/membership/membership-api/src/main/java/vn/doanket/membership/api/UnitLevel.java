package vn.doanket.membership.api;

/** The level of an official unit named in a reorganisation decision. */
public enum UnitLevel {
    PROVINCE("Tỉnh", "Province"),
    DISTRICT("Huyện", "District"),
    COMMUNE("Xã", "Commune");

    private final String labelVi;
    private final String labelEn;

    UnitLevel(String labelVi, String labelEn) {
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
