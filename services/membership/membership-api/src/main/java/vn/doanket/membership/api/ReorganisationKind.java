package vn.doanket.membership.api;

/** What a reorganisation decision of official units does. */
public enum ReorganisationKind {
    MERGER("Sáp nhập", "Merger"),
    SPLIT("Chia tách", "Split"),
    RENAME("Đổi tên", "Rename");

    private final String labelVi;
    private final String labelEn;

    ReorganisationKind(String labelVi, String labelEn) {
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
