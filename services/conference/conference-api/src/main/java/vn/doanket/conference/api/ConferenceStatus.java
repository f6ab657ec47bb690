package vn.doanket.conference.api;

/**
 * Where a conference stands: planned → invitations sent (registrations, check-in at the door) → in session (check-in,
 * walk-ins, delegates, opinions, outputs) → closed with conclusions; postponed (no new date yet) and cancelled.
 */
public enum ConferenceStatus {
    PLANNED("Đã lên kế hoạch", "Planned"),
    INVITING("Đã gửi giấy mời", "Invitations sent"),
    IN_SESSION("Đang diễn ra", "In session"),
    CLOSED("Đã kết thúc", "Closed"),
    POSTPONED("Tạm hoãn", "Postponed"),
    CANCELLED("Đã hủy", "Cancelled");

    private final String labelVi;
    private final String labelEn;

    ConferenceStatus(String labelVi, String labelEn) {
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
