package vn.doanket.calendar;

/**
 * The public holidays (ngày nghỉ lễ, tết) of Article 112(1) of the Labour Code 2019 (Bộ luật Lao động
 * 45/2019/QH14), with their Vietnamese and English names.
 */
public enum HolidayKind {

    /** 1 January, 1 day — Art. 112(1)(a). */
    NEW_YEAR("Tết Dương lịch", "New Year's Day"),
    /** Lunar New Year, 5 days — Art. 112(1)(b); the Prime Minister fixes the days each year (Art. 112(3)). */
    TET("Tết Nguyên Đán", "Lunar New Year"),
    /** 10th day of the 3rd lunar month, 1 day — Art. 112(1)(e). */
    HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration"),
    /** 30 April, 1 day — Art. 112(1)(c) ("Ngày Chiến thắng"). */
    REUNIFICATION("Ngày Giải phóng miền Nam, thống nhất đất nước", "Reunification Day"),
    /** 1 May, 1 day — Art. 112(1)(d). */
    LABOUR_DAY("Ngày Quốc tế Lao động", "International Labour Day"),
    /**
     * 2 September plus one adjacent day (1 or 3 September, chosen by the Prime Minister — Art. 112(1)(đ) and
     * 112(3)) from 2021; 2 September only under the Labour Code 2012 (2019–2020).
     */
    NATIONAL_DAY("Quốc khánh", "National Day");

    private final String vietnameseName;
    private final String englishName;

    HolidayKind(String vietnameseName, String englishName) {
        this.vietnameseName = vietnameseName;
        this.englishName = englishName;
    }

    /** @return the Vietnamese name, e.g. "Giỗ Tổ Hùng Vương" */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return the English name, e.g. "Hùng Kings' Commemoration" */
    public String englishName() {
        return englishName;
    }

    /**
     * Parses a kind from its constant name, case-insensitively (as used in the configuration tables).
     *
     * @param name e.g. {@code tet} or {@code NATIONAL_DAY}
     * @return the kind
     */
    static HolidayKind parse(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
