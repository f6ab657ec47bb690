package vn.doanket.competition.api;

/** The level of the unit that organises a contest or movement (from its code). Labels in Vietnamese and English. */
public enum OrganiserLevel {
    NATIONAL("Trung ương", "National"),
    PROVINCE("Tỉnh, thành phố", "Province"),
    DISTRICT("Huyện (trước 1/7/2025)", "District (before 1 July 2025)"),
    COMMUNE("Xã, phường, đặc khu", "Commune");

    private final String labelVi;
    private final String labelEn;

    OrganiserLevel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The level a unit code's form denotes; null for a residential area or an invalid code. */
    public static OrganiserLevel of(String unitCode) {
        if (!vn.doanket.events.UnitCode.isValid(unitCode)) {
            return null;
        }
        return switch (vn.doanket.events.UnitCode.of(unitCode).kind()) {
            case NATION -> NATIONAL;
            case PROVINCE -> PROVINCE;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
            case RESIDENTIAL_AREA -> null;
        };
    }
}
