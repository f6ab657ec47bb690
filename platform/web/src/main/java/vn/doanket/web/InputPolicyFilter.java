package vn.doanket.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.lang.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The path-and-query half of the {@link InputPolicy}, before anything else reads the request (right after
 * {@link RequestIdFilter}): the path may not carry {@code ;} parameters, encoded slashes or backslashes, invalid
 * percent escapes or UTF-8, control characters or lone surrogates, or a segment longer than
 * {@link InputPolicy#MAX_PARAMETER_LENGTH}; every query parameter name and value likewise; a JSON body may not be
 * longer than {@link InputPolicy#MAX_JSON_BODY_BYTES} (413). Path variables are parts of the path, so they are
 * covered for every controller at once. Refusals are 400 problems naming the parameter, never its value.
 */
public class InputPolicyFilter extends OncePerRequestFilter {

    private final ProblemResolver resolver;

    InputPolicyFilter(ProblemResolver resolver) {
        this.resolver = resolver;
    }

    /** A refusal: status, problem code, field and entry code. */
    record Refusal(int status, String code, String field, String entry) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = checkPath(request.getRequestURI());
        if (refusal == null) {
            refusal = checkQuery(request.getQueryString());
        }
        if (refusal == null) {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).contains("json")
                    && request.getContentLengthLong() > InputPolicy.MAX_JSON_BODY_BYTES) {
                refusal = new Refusal(413, ProblemCodes.PAYLOAD_TOO_LARGE, null, null);
            }
        }
        if (refusal != null) {
            resolver.write(request, response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    @Nullable
    static Refusal checkPath(String raw) {
        if (raw == null) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.indexOf(';') >= 0 || lower.contains("%2f") || lower.contains("%5c") || raw.indexOf('\\') >= 0) {
            return new Refusal(400, ProblemCodes.INVALID_PATH, "path", "invalid-path");
        }
        for (String segment : raw.split("/", -1)) {
            String decoded = decode(segment, false);
            if (decoded == null) {
                return new Refusal(400, ProblemCodes.INVALID_PATH, "path", "invalid-encoding");
            }
            InputPolicy.Refusal r = InputPolicy.check(decoded, false, InputPolicy.MAX_PARAMETER_LENGTH);
            if (r != null) {
                return new Refusal(400, ProblemCodes.INVALID_PATH, "path", r.code());
            }
        }
        return null;
    }

    @Nullable
    static Refusal checkQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            String field = InputPolicy.safeName(name);
            if (name == null || value == null) {
                return new Refusal(400, ProblemCodes.INVALID_PARAMETER, field, "invalid-encoding");
            }
            InputPolicy.Refusal r = InputPolicy.check(name, false, 64);
            if (r == null) {
                r = InputPolicy.check(value, false, InputPolicy.MAX_PARAMETER_LENGTH);
            }
            if (r != null) {
                return new Refusal(400, ProblemCodes.INVALID_PARAMETER, field, r.code());
            }
        }
        return null;
    }

    /** Strict percent-decoding (and {@code +} as space in queries) to UTF-8; null when invalid. */
    @Nullable
    static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
            return s;
        }
        ByteBuffer bytes = ByteBuffer.allocate(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
