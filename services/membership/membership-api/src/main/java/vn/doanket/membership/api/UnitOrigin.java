package vn.doanket.membership.api;

/** Where a unit named in a reorganisation decision comes from. */
public enum UnitOrigin {
    /** On the official map (the shipped snapshot or an earlier decision): a predecessor it closes, or a successor that continues and absorbs territory. */
    ON_MAP,
    /** A predecessor missing from the snapshot (e.g. a ward of 2019 that no longer exists): the decision adds its history. */
    HISTORICAL,
    /** A successor version created by the decision (a new unit, or the same code under a new name). */
    NEW
}
