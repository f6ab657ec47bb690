package vn.doanket.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerMapping;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.ErrorResponse;
import vn.doanket.events.error.DomainException;
import vn.doanket.events.error.LocalizedText;

/**
 * Decides which problem an exception is and renders it. Shared by {@link ProblemExceptionHandler}
 * and {@link ProblemErrorController}. Order: {@link ProblemMapper} beans (for the exception and each
 * cause), a {@link DomainException} anywhere in the cause chain, the built-in mappings, the status
 * Spring MVC chose, and finally 500 {@code internal-error}.
 */
final class ProblemResolver {

    private static final Logger log = LoggerFactory.getLogger(ProblemResolver.class);
    private static final int MAX_CAUSES = 25;
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** Class names recognised without depending on their libraries, mapped to a status. */
    private static final Map<String, Integer> WELL_KNOWN = Map.of(
            "org.springframework.security.access.AccessDeniedException", 403,
            "org.springframework.security.core.AuthenticationException", 401,
            "org.springframework.security.authorization.AuthorizationDeniedException", 403,
            "org.springframework.dao.ConcurrencyFailureException", 409,
            "org.springframework.dao.DuplicateKeyException", 409);

    /** A resolved problem and its validation entries. */
    record Resolved(ProblemSpec spec, List<FieldProblem> errors) {
        Resolved(ProblemSpec spec) {
            this(spec, List.of());
        }
    }

    private final ObjectProvider<ProblemMapper> mappers;
    private final BilingualMessages messages;
    private final BilingualMessageInterpolator interpolator;

    ProblemResolver(ObjectProvider<ProblemMapper> mappers, BilingualMessages messages) {
        this.mappers = mappers;
        this.messages = messages;
        this.interpolator = new BilingualMessageInterpolator(messages, new NoFallbackInterpolator());
    }

    // ------------------------------------------------------------------ rendering

    /**
     * Resolves, logs and renders an exception.
     *
     * @param ex the exception
     * @param statusHint the status Spring chose for it, if any
     * @param request the request (for {@code instance})
     * @param headers extra headers (e.g. {@code Allow}); may be null
     * @return the response
     */
    ResponseEntity<Object> respond(Throwable ex, @Nullable HttpStatusCode statusHint, HttpServletRequest request,
                                   @Nullable HttpHeaders headers, @Nullable String path) {
        Resolved resolved = resolve(ex, statusHint);
        logProblem(ex, resolved.spec(), request, path);
        HttpHeaders out = new HttpHeaders();
        if (headers != null) {
            out.putAll(headers);
        }
        out.setContentType(PROBLEM_JSON);
        return ResponseEntity.status(resolved.spec().status()).headers(out)
                .body(render(resolved, safeInstance(request, path != null ? path : request.getRequestURI())));
    }

    /** Paths made only of these are repeated as {@code instance}; others could carry markup or control characters. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9/_.~-]{1,256}");
    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

    /**
     * The {@code instance} of a problem without echoing raw input: the path when it is plain (letters, digits,
     * {@code / _ . ~ -}), else the route it matched (e.g. {@code /api/units/{code}/figures}), else the path with
     * every segment that is not plain replaced by {@code _}. Never null (Spring would fill in the raw path).
     */
    static String safeInstance(@Nullable HttpServletRequest request, @Nullable String path) {
        if (path != null && SAFE_PATH.matcher(path).matches()) {
            return path;
        }
        Object pattern = request == null ? null : request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern instanceof String p && SAFE_PATH.matcher(p.replace("{", "").replace("}", "")).matches()) {
            return p.replace("{", "%7B").replace("}", "%7D");
        }
        if (path == null || path.length() > 2048) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!out.isEmpty() || !segment.isEmpty()) {
                out.append('/');
            }
            out.append(segment.matches("[A-Za-z0-9_.~-]{0,128}") ? segment : "_");
        }
        return out.isEmpty() ? "/" : out.toString();
    }

    /** Writes the problem for a refusal of {@link InputPolicyFilter} (before Spring MVC). */
    void write(HttpServletRequest request, HttpServletResponse response, InputPolicyFilter.Refusal refusal)
            throws IOException {
        Resolved resolved = refusal.field() == null
                ? new Resolved(standard(refusal.status(), refusal.code(), Map.of()))
                : fieldProblem(refusal.status(), refusal.code(), refusal.field(), "validation." + refusal.entry(), refusal.entry());
        if (log.isDebugEnabled()) {
            log.debug("{} {} refused at the door [requestId={}]: {} ({})", refusal.status(), request.getMethod(),
                    RequestIds.current().orElse("-"), refusal.code(), refusal.entry());
        }
        byte[] body = PLAIN_JSON.writeValueAsBytes(asMap(render(resolved, safeInstance(null, request.getRequestURI()))));
        response.setStatus(refusal.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The body of a problem for an error the servlet container answers itself (see {@link ProblemErrorReportValve}). */
    byte[] containerProblem(int status, String requestId) {
        int s = status >= 400 && status <= 599 ? status : 500;
        Map<String, Object> body = asMap(render(new Resolved(standard(s, ProblemCodes.forStatus(s), Map.of())), null));
        body.put("requestId", requestId);
        try {
            return PLAIN_JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> asMap(ProblemDetail pd) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", String.valueOf(pd.getType()));
        out.put("title", pd.getTitle());
        out.put("status", pd.getStatus());
        out.put("detail", pd.getDetail());
        if (pd.getInstance() != null) {
            out.put("instance", pd.getInstance().toString());
        }
        if (pd.getProperties() != null) {
            out.putAll(pd.getProperties());
        }
        return out;
    }

    ProblemDetail render(Resolved resolved, @Nullable String path) {
        ProblemSpec spec = resolved.spec();
        ProblemDetail pd = ProblemDetail.forStatus(spec.status());
        pd.setType(URI.create(ProblemCodes.TYPE_BASE + spec.code()));
        pd.setTitle(spec.title().en());
        pd.setDetail(spec.detail().en());
        URI instance = instance(path);
        if (instance != null) {
            pd.setInstance(instance);
        }
        pd.setProperty("code", spec.code());
        pd.setProperty("title_vi", spec.title().vi());
        pd.setProperty("detail_vi", spec.detail().vi());
        RequestIds.current().ifPresent(id -> pd.setProperty("requestId", id));
        if (!resolved.errors().isEmpty()) {
            pd.setProperty("errors", resolved.errors());
        }
        return pd;
    }

    private static URI instance(@Nullable String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void logProblem(Throwable ex, ProblemSpec spec, HttpServletRequest request, @Nullable String path) {
        String where = request.getMethod() + " " + (path != null ? path : request.getRequestURI());
        String requestId = RequestIds.current().orElse("-");
        if (spec.status() >= 500) {
            // exception messages quote values (SQL, drivers): scrubbed, so no personal data reaches the log
            log.error("{} {} failed [requestId={}]: {}", spec.status(), where, requestId, spec.code(),
                    LogSafeThrowable.of(ex));
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} rejected [requestId={}]: {} ({})", spec.status(), where, requestId, spec.code(),
                    ex.getClass().getName());
        }
    }

    // ------------------------------------------------------------------ resolution

    Resolved resolve(Throwable ex, @Nullable HttpStatusCode statusHint) {
        List<Throwable> chain = causes(ex);
        Optional<ProblemSpec> mapped = fromMappers(chain);
        if (mapped.isPresent()) {
            return new Resolved(mapped.get());
        }
        for (Throwable t : chain) {
            if (t instanceof DomainException d) {
                return new Resolved(fromDomain(d));
            }
        }
        Resolved builtIn = builtIn(ex, chain);
        if (builtIn != null) {
            return builtIn;
        }
        Integer status = statusHint != null ? Integer.valueOf(statusHint.value()) : statusOf(ex);
        if (status == null || status < 400 || status > 599) {
            status = 500;
        }
        return new Resolved(standard(status, ProblemCodes.forStatus(status), Map.of()));
    }

    /**
     * A built-in problem by code, with texts {@code problem.<code>.title/detail} from the bundles.
     */
    ProblemSpec standard(int status, String code, Map<String, ?> args) {
        return new ProblemSpec(status, code,
                messages.text("problem." + code + ".title", args),
                messages.text("problem." + code + ".detail", args));
    }

    private static List<Throwable> causes(Throwable ex) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = ex; t != null && chain.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private Optional<ProblemSpec> fromMappers(List<Throwable> chain) {
        List<ProblemMapper> ordered = mappers.orderedStream().toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        for (Throwable t : chain) {
            for (ProblemMapper mapper : ordered) {
                try {
                    Optional<ProblemSpec> spec = mapper.map(t);
                    if (spec != null && spec.isPresent()) {
                        return spec;
                    }
                } catch (RuntimeException e) {
                    log.warn("ProblemMapper {} failed; asking the next one", mapper.getClass().getName(), e);
                }
            }
        }
        return Optional.empty();
    }

    private ProblemSpec fromDomain(DomainException d) {
        DomainException.Kind kind = d.kind();
        String code = ProblemSpec.isValidCode(d.code()) ? d.code() : kebab(d.code());
        if (!ProblemSpec.isValidCode(code)) {
            code = ProblemCodes.forStatus(kind.status());
        }
        return new ProblemSpec(kind.status(), code, messages.text("problem.kind." + kind.name() + ".title", Map.of()),
                d.text());
    }

    @Nullable
    private Resolved builtIn(Throwable ex, List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof BindingResult binding) {
                return validation(bindingErrors(binding));
            }
            if (t instanceof MethodValidationResult result) {
                if (result.isForReturnValue()) {
                    return new Resolved(standard(500, ProblemCodes.INTERNAL_ERROR, Map.of()));
                }
                return validation(methodValidationErrors(result));
            }
            if (t instanceof ConstraintViolationException cve) {
                return validation(violationErrors(cve.getConstraintViolations()));
            }
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, chain);
        }
        if (ex instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "?";
            return fieldProblem(400, ProblemCodes.INVALID_PARAMETER, name, "validation.invalid-value", "invalid-value");
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return fieldProblem(400, ProblemCodes.MISSING_PARAMETER, missing.getParameterName(), "validation.required", "required");
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            return fieldProblem(400, ProblemCodes.MISSING_PARAMETER, missing.getRequestPartName(), "validation.required", "required");
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return fieldProblem(400, ProblemCodes.MISSING_HEADER, missing.getHeaderName(), "validation.required", "required");
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return new Resolved(standard(404, ProblemCodes.NOT_FOUND, Map.of()));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return new Resolved(standard(405, ProblemCodes.METHOD_NOT_ALLOWED, Map.of()));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return new Resolved(standard(415, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, Map.of()));
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return new Resolved(standard(406, ProblemCodes.NOT_ACCEPTABLE, Map.of()));
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return new Resolved(standard(413, ProblemCodes.PAYLOAD_TOO_LARGE, Map.of()));
        }
        if (ex instanceof AsyncRequestTimeoutException) {
            return new Resolved(standard(503, ProblemCodes.SERVICE_UNAVAILABLE, Map.of()));
        }
        for (Throwable t : chain) {
            Integer status = wellKnownStatus(t.getClass());
            if (status != null) {
                String code = status == 409 && isA(t.getClass(), "org.springframework.dao.ConcurrencyFailureException")
                        ? ProblemCodes.CONCURRENT_MODIFICATION
                        : ProblemCodes.forStatus(status);
                return new Resolved(standard(status, code, Map.of()));
            }
        }
        return null;
    }

    private Resolved fieldProblem(int status, String code, String rawField, String entryKey, String entryCode) {
        String field = InputPolicy.safeName(rawField); // JSON names and map keys come from the client
        Map<String, String> args = Map.of("field", field);
        LocalizedText entry = messages.text(entryKey, args);
        return new Resolved(standard(status, code, args),
                List.of(new FieldProblem(field, entryCode, entry.vi(), entry.en())));
    }

    private Resolved validation(List<FieldProblem> errors) {
        return new Resolved(standard(400, ProblemCodes.VALIDATION_FAILED, Map.of()), errors);
    }

    private Resolved unreadable(HttpMessageNotReadableException ex, List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof StreamConstraintsException) {
                return new Resolved(standard(413, ProblemCodes.PAYLOAD_TOO_LARGE, Map.of()));
            }
            if (t instanceof StrictJsonModule.InputRefusedException refused) {
                String field = jsonPath(refused.getPath());
                Resolved r = fieldProblem(400, ProblemCodes.INVALID_FIELD_VALUE, field.isEmpty() ? "?" : field,
                        "validation." + refused.code(), refused.code());
                FieldProblem entry = r.errors().get(0);
                // the detail says which rule, like the entry (e.g. a control character), not just "wrong value"
                return new Resolved(new ProblemSpec(400, ProblemCodes.INVALID_FIELD_VALUE, r.spec().title(),
                        LocalizedText.of(entry.messageVi(), entry.messageEn())), r.errors());
            }
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")) {
                String field = read.getProcessor() != null ? InputPolicy.safeName(streamPath(read.getProcessor())) : "?";
                return fieldProblem(400, ProblemCodes.MALFORMED_JSON, field, "validation.duplicate-field", "duplicate-field");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof StreamReadException && !(t instanceof InputCoercionException)) {
                return new Resolved(standard(400, ProblemCodes.MALFORMED_JSON, Map.of()));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof JsonMappingException mapping) {
                String field = jsonPath(mapping.getPath());
                if (field.isEmpty()) {
                    return new Resolved(standard(400, ProblemCodes.INVALID_REQUEST_BODY, Map.of()));
                }
                if (mapping instanceof UnrecognizedPropertyException) {
                    return fieldProblem(400, ProblemCodes.UNKNOWN_FIELD, field, "validation.unknown-field", "unknown-field");
                }
                return fieldProblem(400, ProblemCodes.INVALID_FIELD_VALUE, field, "validation.invalid-value", "invalid-value");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof InputCoercionException coercion) {
                // well-formed, but a number does not fit the field's type
                String field = coercion.getProcessor() != null ? streamPath(coercion.getProcessor()) : "";
                return field.isEmpty()
                        ? new Resolved(standard(400, ProblemCodes.INVALID_REQUEST_BODY, Map.of()))
                        : fieldProblem(400, ProblemCodes.INVALID_FIELD_VALUE, field, "validation.invalid-value", "invalid-value");
            }
        }
        String message = ex.getMessage();
        if (ex.getCause() == null && message != null && message.startsWith("Required request body is missing")) {
            return new Resolved(standard(400, ProblemCodes.MISSING_REQUEST_BODY, Map.of()));
        }
        return new Resolved(standard(400, ProblemCodes.MALFORMED_JSON, Map.of()));
    }

    private static String streamPath(JsonParser parser) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inObject() && ctx.getCurrentName() != null) {
                parts.add(0, "." + ctx.getCurrentName());
            } else if (ctx.inArray() && ctx.getCurrentIndex() >= 0) {
                parts.add(0, "[" + ctx.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ validation entries

    private List<FieldProblem> bindingErrors(BindingResult binding) {
        List<FieldProblem> out = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String field = error instanceof FieldError fe ? fe.getField() : null;
            out.add(entry(field, error, violationOf(error)));
        }
        return out;
    }

    private List<FieldProblem> methodValidationErrors(MethodValidationResult result) {
        List<FieldProblem> out = new ArrayList<>();
        for (ParameterValidationResult pvr : result.getParameterValidationResults()) {
            if (pvr instanceof ParameterErrors errors) {
                for (ObjectError error : errors.getAllErrors()) {
                    String field = error instanceof FieldError fe ? fe.getField() : parameterName(pvr.getMethodParameter());
                    out.add(entry(field, error, violationOf(error)));
                }
            } else {
                String name = parameterName(pvr.getMethodParameter());
                if (pvr.getContainerIndex() != null) {
                    name = name + "[" + pvr.getContainerIndex() + "]";
                } else if (pvr.getContainerKey() != null) {
                    name = name + "[" + pvr.getContainerKey() + "]";
                }
                for (MessageSourceResolvable error : pvr.getResolvableErrors()) {
                    ConstraintViolation<?> violation = null;
                    try {
                        violation = pvr.unwrap(error, ConstraintViolation.class);
                    } catch (RuntimeException ignored) {
                        // not from Bean Validation
                    }
                    out.add(entry(name, error, violation));
                }
            }
        }
        for (MessageSourceResolvable error : result.getCrossParameterValidationResults()) {
            out.add(entry(null, error, violationOf(error)));
        }
        return out;
    }

    private List<FieldProblem> violationErrors(Set<ConstraintViolation<?>> violations) {
        List<FieldProblem> out = new ArrayList<>();
        if (violations == null) {
            return out;
        }
        for (ConstraintViolation<?> v : violations) {
            out.add(entry(fieldOf(v.getPropertyPath()), null, v));
        }
        out.sort((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())));
        return out;
    }

    @Nullable
    private static ConstraintViolation<?> violationOf(MessageSourceResolvable error) {
        if (error instanceof ObjectError oe) {
            try {
                if (oe.contains(ConstraintViolation.class)) {
                    return oe.unwrap(ConstraintViolation.class);
                }
            } catch (RuntimeException ignored) {
                // not from Bean Validation
            }
        }
        return null;
    }

    private FieldProblem entry(@Nullable String rawField, @Nullable MessageSourceResolvable error,
                               @Nullable ConstraintViolation<?> violation) {
        String field = rawField == null ? null : InputPolicy.safeName(rawField);
        String constraint = null;
        if (violation != null && violation.getConstraintDescriptor() != null) {
            constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        } else if (error != null && error.getCodes() != null && error.getCodes().length > 0) {
            String[] codes = error.getCodes();
            constraint = codes[codes.length - 1];
        }
        String code = constraint == null || "typeMismatch".equals(constraint) ? "invalid-value" : kebab(constraint);
        if (code.isEmpty()) {
            code = "invalid-value";
        }
        LocalizedText message = null;
        if (violation != null) {
            Map<String, Object> attributes = violation.getConstraintDescriptor() != null
                    ? violation.getConstraintDescriptor().getAttributes()
                    : Map.of();
            String template = violation.getMessageTemplate();
            Optional<String> vi = interpolator.resolve(template, attributes, BilingualMessages.VIETNAMESE);
            Optional<String> en = interpolator.resolve(template, attributes, BilingualMessages.ENGLISH);
            if (vi.isPresent() && en.isPresent()) {
                if (BilingualMessageInterpolator.isStandardTemplate(template)) {
                    message = compose(field, vi.get(), en.get());
                } else {
                    message = LocalizedText.of(vi.get(), en.get());
                }
            }
        }
        if (message == null) {
            message = field != null
                    ? messages.text("validation.invalid-value", Map.of("field", field))
                    : messages.text("problem.bad-request.detail", Map.of());
        }
        return new FieldProblem(field, code, message.vi(), message.en());
    }

    private LocalizedText compose(@Nullable String field, String vi, String en) {
        String key = field != null ? "validation.field" : "validation.object";
        String f = field != null ? field : "";
        return LocalizedText.of(
                BilingualMessages.format(messages.find(key, BilingualMessages.VIETNAMESE).orElse("{field} {message}"),
                        Map.of("field", f, "message", vi)),
                BilingualMessages.format(messages.find(key, BilingualMessages.ENGLISH).orElse("{field} {message}"),
                        Map.of("field", f, "message", en)));
    }

    private static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        boolean hasProperty = nodes.stream().anyMatch(n -> n.getKind() == ElementKind.PROPERTY
                || n.getKind() == ElementKind.BEAN || n.getKind() == ElementKind.CONTAINER_ELEMENT);
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && hasProperty) {
                continue; // the client knows the body's fields, not the Java parameter's name
            }
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                sb.append('[').append(key != null ? key : "").append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam rp = parameter.getParameterAnnotation(RequestParam.class);
        if (rp != null && !rp.name().isEmpty()) {
            return rp.name();
        }
        PathVariable pv = parameter.getParameterAnnotation(PathVariable.class);
        if (pv != null && !pv.name().isEmpty()) {
            return pv.name();
        }
        RequestHeader rh = parameter.getParameterAnnotation(RequestHeader.class);
        if (rh != null && !rh.name().isEmpty()) {
            return rh.name();
        }
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        if (part != null && !part.name().isEmpty()) {
            return part.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    // ------------------------------------------------------------------ helpers

    @Nullable
    private static Integer statusOf(Throwable ex) {
        if (ex instanceof ErrorResponse er) {
            return er.getStatusCode().value();
        }
        ResponseStatus rs = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        return rs != null ? Integer.valueOf(rs.code().value()) : null;
    }

    @Nullable
    private static Integer wellKnownStatus(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Integer status = WELL_KNOWN.get(c.getName());
            if (status != null) {
                return status;
            }
        }
        return null;
    }

    private static boolean isA(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** {@code NotBlank} → {@code not-blank}, {@code URL} → {@code url}; other characters become hyphens. */
    static String kebab(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                char prev = i > 0 ? name.charAt(i - 1) : 0;
                char next = i + 1 < name.length() ? name.charAt(i + 1) : 0;
                boolean boundary = Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && Character.isLowerCase(next));
                if (boundary && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                    sb.append('-');
                }
                sb.append(Character.toLowerCase(c));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Used where a template must resolve from the bundles alone; never consulted for output. */
    private static final class NoFallbackInterpolator implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
