package vn.doanket.conference.api;

/** An invitee's answer to an invitation (đăng ký tham dự). */
public enum RegistrationResponse {
    ACCEPTED("Nhận lời", "Accepted"),
    DECLINED("Từ chối", "Declined");

    private final String labelVi;
    private final String labelEn;

    RegistrationResponse(String labelVi, String labelEn) {
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
