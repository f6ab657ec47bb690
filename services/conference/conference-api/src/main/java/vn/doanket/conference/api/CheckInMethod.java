package vn.doanket.conference.api;

/** How an attendee was checked in. */
public enum CheckInMethod {
    /** The one-time code typed in. */
    CODE("Nhập mã", "Code entered"),
    /** The invitation's QR code scanned. */
    SCAN("Quét mã QR", "QR code scanned"),
    /** A line of a check-in list uploaded by the organiser (CSV/XLSX of codes). */
    LIST("Danh sách điểm danh", "Check-in list"),
    /** Came without an invitation and was registered at the door. */
    WALK_IN("Đến trực tiếp", "Walk-in");

    private final String labelVi;
    private final String labelEn;

    CheckInMethod(String labelVi, String labelEn) {
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
