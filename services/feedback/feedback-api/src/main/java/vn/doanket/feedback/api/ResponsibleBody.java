package vn.doanket.feedback.api;

/**
 * A body a petition is forwarded to (cơ quan có thẩm quyền giải quyết).
 *
 * @param bodyId   stable id in the catalogue, e.g. {@code 26560:PEOPLES_COMMITTEE}
 * @param kind     its kind
 * @param name     its name, Vietnamese
 * @param unitCode the administrative unit it belongs to
 */
public record ResponsibleBody(String bodyId, ResponsibleBodyKind kind, String name, String unitCode) {
}
