package vn.doanket.membership.api;

/** What a committee member comes from and represents (tổ chức thành viên or capacity). */
public enum MemberOrganisation {
    WOMENS_UNION("Hội Liên hiệp Phụ nữ", "Women's Union"),
    YOUTH_UNION("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union"),
    VETERANS_ASSOCIATION("Hội Cựu chiến binh", "Veterans' Association"),
    FARMERS_ASSOCIATION("Hội Nông dân", "Farmers' Association"),
    ELDERLY_ASSOCIATION("Hội Người cao tuổi", "Elderly Association"),
    VILLAGE_HEAD("Trưởng thôn, tổ trưởng tổ dân phố", "Village head"),
    PARTY_CELL_SECRETARY("Bí thư chi bộ", "Party cell secretary"),
    RELIGIOUS_DIGNITARY("Chức sắc tôn giáo", "Religious dignitary"),
    PRESTIGIOUS_PERSON("Người có uy tín", "Prestigious person"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    MemberOrganisation(String labelVi, String labelEn) {
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
