package vn.doanket.territory;

/** What happened to a unit version at the end of its validity, as recorded on a {@link LineageEdge}. */
public enum LineageKind {
    /**
     * The whole territory of the source went into the target, possibly together with other units
     * (e.g. every old province into its new province, or a commune merged whole into a new commune).
     */
    MERGED_INTO,
    /** Only part of the source went into the target; the source has several such edges. */
    SPLIT_INTO,
    /**
     * The source level was abolished and its territory went to the target; used for the districts
     * abolished on 1 July 2025 (the target is each new commune that received one of its communes).
     */
    ABOLISHED_INTO,
    /** The same territory continues under a new name and/or type (a new version, usually with the same code). */
    RENAMED
}
