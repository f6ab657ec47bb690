package vn.doanket.conference.api;

/**
 * What a creating command did: created the record, or found it already there with the same content (a retried or
 * offline-synced request; nothing is created twice). The same id with different content is refused (409).
 */
public enum Outcome {
    CREATED,
    UNCHANGED
}
