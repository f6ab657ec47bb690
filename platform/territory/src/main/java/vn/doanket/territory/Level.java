package vn.doanket.territory;

/**
 * Administrative level of a unit, from the top of the tree to the bottom.
 *
 * <p>The declaration order is the depth in the tree: {@link #NATION} is above {@link #PROVINCE}, and so on.
 * {@link #DISTRICT} exists only on maps dated up to 30 June 2025; from 1 July 2025 communes hang directly
 * under provinces.
 */
public enum Level {
    /** The nation (Trung ương), code {@code VN}. */
    NATION,
    /** Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương), 2-digit code. */
    PROVINCE,
    /** District-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh), 3-digit code; abolished on 1 July 2025. */
    DISTRICT,
    /** Commune-level unit (xã, phường, thị trấn, đặc khu), 5-digit code. */
    COMMUNE,
    /** Residential area (khu dân cư: thôn, ấp, bản, tổ dân phố, khu phố), code assigned at runtime. */
    RESIDENTIAL_AREA;

    /**
     * Whether this level lies strictly above {@code other} in the tree.
     *
     * @param other the level to compare with
     * @return {@code true} if this level is nearer the nation than {@code other}
     */
    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }
}
