package vn.doanket.events.error;

import java.util.Objects;

/**
 * A rejection the caller can understand and act on. The web layer turns it into
 * {@code application/problem+json} with the status of its {@link Kind}; {@code code}
 * is a stable machine-readable name (kebab-case) that also forms the problem type URI.
 */
public class DomainException extends RuntimeException {

    /** What kind of rejection, which decides the HTTP status. */
    public enum Kind {
        /** 400: the request itself is malformed or a value has the wrong form. */
        INVALID_INPUT(400),
        /** 404: the target does not exist (or is outside the caller's territory). */
        NOT_FOUND(404),
        /** 409: conflicts with the current state (concurrent change, duplicate). */
        CONFLICT(409),
        /** 422: well-formed, but a business rule forbids it. */
        RULE_VIOLATION(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final LocalizedText text;

    public DomainException(Kind kind, String code, LocalizedText text) {
        super(code + ": " + Objects.requireNonNull(text, "text").en());
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.text = text;
    }

    public static DomainException invalid(String code, String vi, String en) {
        return new DomainException(Kind.INVALID_INPUT, code, LocalizedText.of(vi, en));
    }

    public static DomainException notFound(String code, String vi, String en) {
        return new DomainException(Kind.NOT_FOUND, code, LocalizedText.of(vi, en));
    }

    public static DomainException conflict(String code, String vi, String en) {
        return new DomainException(Kind.CONFLICT, code, LocalizedText.of(vi, en));
    }

    public static DomainException rule(String code, String vi, String en) {
        return new DomainException(Kind.RULE_VIOLATION, code, LocalizedText.of(vi, en));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public LocalizedText text() {
        return text;
    }
}
