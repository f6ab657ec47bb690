package vn.doanket.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a problem's {@code errors} list: which field is wrong and why, in both languages.
 * Never contains the submitted value.
 *
 * @param field the field's path as the client sent it, e.g. {@code fullName} or {@code members[0].phone};
 *              {@code null} for an error about the whole object
 * @param code stable kebab-case machine code, e.g. {@code not-blank}, {@code size}, {@code invalid-value}
 * @param messageVi message in Vietnamese
 * @param messageEn message in English
 */
public record FieldProblem(
        @JsonProperty("field") String field,
        @JsonProperty("code") String code,
        @JsonProperty("message_vi") String messageVi,
        @JsonProperty("message_en") String messageEn) {
}
