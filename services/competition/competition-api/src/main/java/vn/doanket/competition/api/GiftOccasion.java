package vn.doanket.competition.api;

/** The occasion of a gift or support. Labels in Vietnamese and English. */
public enum GiftOccasion {
    TET("Tết Nguyên đán", "Lunar New Year"),
    UNITY_DAY("Ngày hội Đại đoàn kết toàn dân tộc", "Great National Unity Day"),
    WAR_INVALIDS_DAY("Ngày Thương binh - Liệt sĩ (27/7)", "War Invalids and Martyrs Day (27 July)"),
    DISASTER_RELIEF("Cứu trợ thiên tai", "Disaster relief"),
    ETHNIC_FESTIVAL("Lễ, Tết của đồng bào dân tộc", "Ethnic minority festival"),
    OTHER("Dịp khác", "Other occasion");

    private final String labelVi;
    private final String labelEn;

    GiftOccasion(String labelVi, String labelEn) {
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
