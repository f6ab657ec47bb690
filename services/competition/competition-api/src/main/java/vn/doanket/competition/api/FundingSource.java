package vn.doanket.competition.api;

/** Where the money of a gift comes from. Labels in Vietnamese and English. */
public enum FundingSource {
    RELIEF_FUND("Quỹ Cứu trợ", "Relief fund"),
    FOR_THE_POOR_FUND("Quỹ Vì người nghèo", "For the Poor fund"),
    STATE_BUDGET("Ngân sách nhà nước", "State budget"),
    SPONSORSHIP("Nhà tài trợ, xã hội hóa", "Sponsors and donations"),
    OTHER("Nguồn khác", "Other source");

    private final String labelVi;
    private final String labelEn;

    FundingSource(String labelVi, String labelEn) {
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
