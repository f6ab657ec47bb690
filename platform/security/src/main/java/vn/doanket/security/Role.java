package vn.doanket.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

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

    /**
     * The roles named in a token's {@code roles} claim (a JSON array of names); names that are not
     * roles of the platform are ignored.
     */
    public static Set<Role> fromClaim(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : values()) {
                    if (role.name().equals(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
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
