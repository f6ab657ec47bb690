package vn.doanket.web;

/**
 * The built-in problem codes this module answers with. Services add their own through
 * {@link vn.doanket.events.error.DomainException} or a {@link ProblemMapper}.
 */
public final class ProblemCodes {

    /** Base of every problem type URI; the code is appended. */
    public static final String TYPE_BASE = "https://doanket.vn/problems/";

    /** 400: generic bad request. */
    public static final String BAD_REQUEST = "bad-request";
    /** 400: the body is not parseable JSON. */
    public static final String MALFORMED_JSON = "malformed-json";
    /** 400: a body is required but none was sent. */
    public static final String MISSING_REQUEST_BODY = "missing-request-body";
    /** 400: valid JSON of the wrong shape (e.g. an array where an object is expected). */
    public static final String INVALID_REQUEST_BODY = "invalid-request-body";
    /** 400: a field has the wrong type or an unknown enum value. */
    public static final String INVALID_FIELD_VALUE = "invalid-field-value";
    /** 400: a field is not known (when unknown properties are rejected). */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** 400: bean validation failed; see {@code errors}. */
    public static final String VALIDATION_FAILED = "validation-failed";
    /** 400: a required request parameter or part is missing. */
    public static final String MISSING_PARAMETER = "missing-parameter";
    /** 400: a required request header is missing. */
    public static final String MISSING_HEADER = "missing-header";
    /** 400: the request path carries {@code ;} parameters, encoded slashes, invalid escapes or control characters. */
    public static final String INVALID_PATH = "invalid-path";
    /** 400: a path or query parameter has the wrong type. */
    public static final String INVALID_PARAMETER = "invalid-parameter";
    /** 401: not authenticated. */
    public static final String UNAUTHORIZED = "unauthorized";
    /** 403: authenticated but not allowed. */
    public static final String FORBIDDEN = "forbidden";
    /** 404: no such resource or path. */
    public static final String NOT_FOUND = "not-found";
    /** 405: HTTP method not supported here. */
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    /** 406: cannot produce a representation the client accepts. */
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    /** 409: conflicts with the current state. */
    public static final String CONFLICT = "conflict";
    /** 409: optimistic concurrency conflict. */
    public static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    /** 413: body too large. */
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    /** 415: Content-Type not supported. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    /** 422: well-formed but unprocessable. */
    public static final String UNPROCESSABLE_ENTITY = "unprocessable-entity";
    /** 429: rate limited. */
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    /** Any other 4xx status without a more specific code. */
    public static final String CLIENT_ERROR = "client-error";
    /** 500 (or another 5xx): unexpected failure; details only in the log. */
    public static final String INTERNAL_ERROR = "internal-error";
    /** 503: temporarily unavailable (e.g. async request timeout). */
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";

    private ProblemCodes() {
    }

    /**
     * The generic code for an HTTP status, used when nothing more specific is known.
     *
     * @param status HTTP status
     * @return the code
     */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE_ENTITY;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : CLIENT_ERROR;
        };
    }
}
