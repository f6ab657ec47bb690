package vn.doanket.identity;

import com.fasterxml.jackson.databind.JsonNode;
import vn.doanket.testing.http.TestHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A simulated browser for the login-flow tests: the platform's {@link TestHttp} (no automatic redirects) with a
 * cookie jar of its own (one per browser) and absolute URLs (as the {@code Location} headers give them), so every
 * step of a login flow is visible.
 */
final class Http {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url, String... headers) {
        return send("GET", url, null, headers);
    }

    HttpResponse<String> postForm(String url, Map<String, String> form, String... headers) {
        return send("POST", url, formBody(form), with(headers, "Content-Type", "application/x-www-form-urlencoded"));
    }

    /** A JSON body built as an object (a {@code Map}, a record), serialised as {@link TestHttp} does. */
    HttpResponse<String> postJson(String url, Object body, String... headers) {
        return send("POST", url, body, headers);
    }

    Map<String, String> cookies() {
        return cookies;
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return TestHttp.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No Location header; status " + response.statusCode() + ": " + response.body()));
    }

    private static String[] with(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    private HttpResponse<String> send(String method, String url, Object body, String... headers) {
        URI uri = URI.create(url);
        TestHttp http = TestHttp.to(uri.getScheme() + "://" + uri.getRawAuthority());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http = http.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            http = http.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpResponse<String> response = http.exchange(method, path, body);
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }
}
