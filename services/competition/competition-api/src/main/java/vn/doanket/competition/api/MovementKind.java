package vn.doanket.competition.api;

/** An emulation movement or a campaign. Labels in Vietnamese and English. */
public enum MovementKind {
    MOVEMENT("Phong trào thi đua", "Emulation movement"),
    CAMPAIGN("Cuộc vận động", "Campaign");

    private final String labelVi;
    private final String labelEn;

    MovementKind(String labelVi, String labelEn) {
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
