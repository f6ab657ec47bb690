package vn.doanket.conference.api;

/**
 * Who an invitation is addressed to, and what its {@code inviteeRef} is: a person of the membership registry
 * ({@code p-…}), a Front Work Committee ({@code <area code>/<term year>}), a member organisation (its code, e.g.
 * {@code WOMENS_UNION}, at the invitee's unit) or a commune (its code).
 */
public enum InviteeKind {
    PERSON("Cá nhân", "Person"),
    COMMITTEE("Ban Công tác Mặt trận", "Front Work Committee"),
    MEMBER_ORGANISATION("Tổ chức thành viên", "Member organisation"),
    COMMUNE("Xã, phường", "Commune");

    private final String labelVi;
    private final String labelEn;

    InviteeKind(String labelVi, String labelEn) {
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
