package vn.doanket.competition.query;

/** Where a contest stands, as the query tables show it. Labels in Vietnamese and English. */
public enum ContestStatus {
    PREPARATION("Đang chuẩn bị (nhận đề cử)", "In preparation (nominations open)"),
    RUNNING("Đang thi", "Running"),
    AWARDED("Đã xét giải", "Prizes awarded"),
    RESULTS_LOCKED("Đã khóa kết quả", "Results locked"),
    PUBLISHED("Đã công bố kết quả", "Results published");

    private final String labelVi;
    private final String labelEn;

    ContestStatus(String labelVi, String labelEn) {
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
