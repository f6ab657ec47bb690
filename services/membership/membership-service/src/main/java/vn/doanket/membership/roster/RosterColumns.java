package vn.doanket.membership.roster;

import java.util.List;

/** The columns of a committee roster (Vietnamese names without diacritics, as in the import template). */
public final class RosterColumns {

    public static final String AREA = "ma_khu_dan_cu";
    public static final String TERM_YEAR = "nam_nhiem_ky";
    public static final String PERSON_ID = "ma_nguoi";
    public static final String NAME = "ho_ten";
    public static final String GENDER = "gioi_tinh";
    public static final String BIRTH_YEAR = "nam_sinh";
    public static final String ETHNICITY = "dan_toc";
    public static final String RELIGION = "ton_giao";
    public static final String PARTY = "dang_vien";
    public static final String PHONE = "so_dien_thoai";
    public static final String POSITION = "chuc_danh";
    public static final String ORGANISATION = "to_chuc";
    public static final String APPOINTED_ON = "ngay_bo_nhiem";
    public static final String DECISION = "so_quyet_dinh";

    /** Columns every roster must have ({@link #PERSON_ID}, {@link #RELIGION}, {@link #PARTY}, {@link #PHONE} are optional). */
    public static final List<String> REQUIRED = List.of(AREA, TERM_YEAR, NAME, GENDER, BIRTH_YEAR, ETHNICITY, POSITION,
            ORGANISATION, APPOINTED_ON, DECISION);

    /** The header of the template, in order. */
    public static final List<String> TEMPLATE = List.of(AREA, TERM_YEAR, PERSON_ID, NAME, GENDER, BIRTH_YEAR, ETHNICITY,
            RELIGION, PARTY, PHONE, POSITION, ORGANISATION, APPOINTED_ON, DECISION);

    private RosterColumns() {
    }
}
