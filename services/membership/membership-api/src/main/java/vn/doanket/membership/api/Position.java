package vn.doanket.membership.api;

/** Position (chức danh) on a Front Work Committee. */
public enum Position {
    HEAD("Trưởng ban", "Head"),
    DEPUTY("Phó trưởng ban", "Deputy head"),
    MEMBER("Ủy viên", "Member");

    private final String labelVi;
    private final String labelEn;

    Position(String labelVi, String labelEn) {
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
