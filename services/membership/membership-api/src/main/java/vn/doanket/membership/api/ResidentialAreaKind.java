package vn.doanket.membership.api;

/**
 * The kinds of residential area (khu dân cư). Names are the Vietnamese terms, which have no
 * exact English equivalents; {@link #labelVi()} and {@link #labelEn()} are for display.
 */
public enum ResidentialAreaKind {
    THON("Thôn", "Village"),
    AP("Ấp", "Hamlet"),
    BAN("Bản", "Ethnic-minority village"),
    TO_DAN_PHO("Tổ dân phố", "Urban residential group"),
    KHU_PHO("Khu phố", "Urban quarter");

    private final String labelVi;
    private final String labelEn;

    ResidentialAreaKind(String labelVi, String labelEn) {
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
