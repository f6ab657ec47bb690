package vn.doanket.security;

/**
 * What a user may do, always within their territorial scope.
 */
public enum Role {
    /** Reads dashboards and reports in scope. */
    LEADER("Lãnh đạo", "Leader"),
    /** Manages Front work in scope. */
    OFFICER("Cán bộ", "Officer"),
    /** Records the work of their own residential area. */
    COMMITTEE("Ban Công tác Mặt trận", "Front Work Committee"),
    /** Handles petitions in scope; the only role that may see a petitioner's identity. */
    PETITION_HANDLER("Cán bộ xử lý đơn", "Petition handler"),
    /** Reads audit trails in scope. */
    AUDITOR("Kiểm tra viên", "Auditor"),
    /** Accounts and reference data. */
    ADMINISTRATOR("Quản trị", "Administrator");

    private final String labelVi;
    private final String labelEn;

    Role(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
