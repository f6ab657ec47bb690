package vn.doanket.membership.api;

/** Gender (giới tính) as recorded on a person's registration. */
public enum Gender {
    MALE("Nam", "Male"),
    FEMALE("Nữ", "Female");

    private final String labelVi;
    private final String labelEn;

    Gender(String labelVi, String labelEn) {
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
