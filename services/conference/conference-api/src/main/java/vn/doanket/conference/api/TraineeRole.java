package vn.doanket.conference.api;

/** What a trainee is, for the statistics of people trained (heads of committees above all). */
public enum TraineeRole {
    COMMITTEE_HEAD("Trưởng ban Công tác Mặt trận", "Committee head"),
    COMMITTEE_DEPUTY("Phó trưởng ban Công tác Mặt trận", "Committee deputy head"),
    COMMITTEE_MEMBER("Ủy viên Ban Công tác Mặt trận", "Committee member"),
    COMMUNE_STAFF("Cán bộ Mặt trận cấp xã", "Commune Front staff"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    TraineeRole(String labelVi, String labelEn) {
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
