package vn.doanket.identity.account;

/**
 * The platform's roles, as they appear in the {@code roles} claim of a token.
 */
public enum Role {
    /** Lãnh đạo: reads dashboards and reports in scope. */
    LEADER,
    /** Cán bộ: manages Front work in scope. */
    OFFICER,
    /** Ban Công tác Mặt trận: records the work of its own residential area. */
    COMMITTEE,
    /** Cán bộ xử lý đơn: handles petitions in scope; the only role that may see petitioner identity. */
    PETITION_HANDLER,
    /** Kiểm tra viên: reads audit trails in scope. */
    AUDITOR,
    /** Quản trị: accounts and reference data. */
    ADMINISTRATOR
}
