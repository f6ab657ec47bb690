package vn.doanket.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.web.testapp.TestApplication;

/**
 * The platform's input policy through a real Tomcat, with requests sent byte for byte on a socket: strict JSON
 * bodies, control characters, lone surrogates, lengths, dates, and malformed paths — each a bilingual problem
 * naming the field, never echoing the value.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputPolicyTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    record Raw(int status, String head, String body) {
    }

    private Raw send(String method, String target, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    .append("Connection: close\r\n");
            if (bytes != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (bytes != null) {
                try {
                    out.write(bytes);
                } catch (java.io.IOException closedEarly) {
                    // answered before the whole body was read
                }
            }
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String responseHead = all.substring(0, split);
            String responseBody = all.substring(split + 4);
            if (responseHead.toLowerCase().contains("transfer-encoding: chunked")) {
                StringBuilder dechunked = new StringBuilder();
                String rest = responseBody;
                while (true) {
                    int eol = rest.indexOf("\r\n");
                    int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    byte[] restBytes = rest.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
                    String chunk = new String(restBytes, 0, size, StandardCharsets.UTF_8);
                    dechunked.append(chunk);
                    rest = new String(restBytes, size + 2, restBytes.length - size - 2, StandardCharsets.UTF_8);
                }
                responseBody = dechunked.toString();
            }
            return new Raw(Integer.parseInt(responseHead.split(" ")[1]), responseHead, responseBody);
        }
    }

    private JsonNode assertProblem(Raw r, int status, String code) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.head().toLowerCase()).as(r.head()).contains("content-type: application/problem+json");
        assertThat(r.body()).doesNotContain("<script", "%3Cscript", "\\u0000", "\u0000", "fuzz-echo");
        JsonNode b = json.readTree(r.body());
        assertThat(b.path("code").asText()).as(r.body()).isEqualTo(code);
        assertThat(b.path("title_vi").asText()).isNotBlank().isNotEqualTo(b.path("title").asText());
        assertThat(b.path("detail_vi").asText()).isNotBlank();
        assertThat(b.path("detail").asText()).isNotBlank();
        return b;
    }

    private static String member(String field, String rawValue) {
        String valid = "{\"fullName\":\"Nguyễn Văn An\",\"phone\":\"0912345678\",\"gender\":\"MALE\",\"birthDate\":\"1990-05-01\","
                + "\"householdSize\":4,\"tags\":[\"a\"],\"address\":{\"street\":\"12 Lý Thường Kiệt\",\"communeCode\":\"00004\"}}";
        if (field == null) {
            return valid;
        }
        if (field.startsWith("address.")) {
            return valid.replace("\"street\":\"12 Lý Thường Kiệt\"", "\"street\":" + rawValue);
        }
        return valid.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+|\\[[^]]*])",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + rawValue));
    }

    @Test
    void aValidBodyIsStillAccepted() throws Exception {
        assertThat(send("POST", "/members", member(null, null)).status()).isEqualTo(201);
        assertThat(send("POST", "/members", member("fullName", "\"Nguyễn Văn An 😀\"")).status()).isEqualTo(201);
    }

    @Test
    void aRepeatedKeyIsA400NamingIt() throws Exception {
        String body = member(null, null).replace("{\"fullName\":\"Nguyễn Văn An\",", "{\"fullName\":\"x\",\"fullName\":null,");
        JsonNode b = assertProblem(send("POST", "/members", body), 400, "malformed-json");
        assertThat(b.path("errors").get(0).path("field").asText()).isEqualTo("fullName");
        assertThat(b.path("errors").get(0).path("code").asText()).isEqualTo("duplicate-field");
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", "{}", " []", " 1"})
    void trailingTokensAreRefused(String trailing) throws Exception {
        Raw r = send("POST", "/members", member(null, null) + trailing);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.head().toLowerCase()).contains("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fullName|\"An~u0000\"|fullName|control-character",
            "fullName|\"An~u0007\"|fullName|control-character",
            "phone|\"0912345678~n\"|phone|control-character",
            "fullName|\"An~ud800\"|fullName|lone-surrogate",
            "address.street|\"12~udc00\"|address.street|lone-surrogate",
            "fullName|12345|fullName|wrong-type",
            "fullName|true|fullName|wrong-type",
            "birthDate|20230809|birthDate|wrong-type",
            "birthDate|\"0000-01-01\"|birthDate|date-out-of-range",
            "birthDate|\"+10000-01-01\"|birthDate|date-out-of-range",
    })
    void aBadValueIsA400NamingTheField(String field, String csvRaw, String named, String code) throws Exception {
        String raw = csvRaw.replace('~', '\\'); // a JSON escape (the CSV source would eat a backslash)
        JsonNode b = assertProblem(send("POST", "/members", member(field, raw)), 400, "invalid-field-value");
        assertThat(b.path("errors").get(0).path("field").asText()).isEqualTo(named);
        assertThat(b.path("errors").get(0).path("code").asText()).isEqualTo(code);
        assertThat(b.path("errors").get(0).path("message_vi").asText()).contains(named);
        assertThat(b.path("detail_vi").asText()).isEqualTo(b.path("errors").get(0).path("message_vi").asText());
        assertThat(b.path("detail").asText()).isEqualTo(b.path("errors").get(0).path("message_en").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gender|1", "householdSize|\"4\"", "householdSize|4.5", "birthDate|\"2023-02-30\"",
            "address.street|{}", "gender|\"\""})
    void wrongTypesAndImpossibleValuesAreRefused(String field, String raw) throws Exception {
        JsonNode b = assertProblem(send("POST", "/members", member(field, raw)), 400, "invalid-field-value");
        assertThat(b.path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"x\\u0000\"}", "{\"a\":[\"x\\ud800\"]}", "{\"a\":{\"b\":\"x\\u0001\"}}",
            "{\"a\\u0000b\":\"x\"}", "{\"a\":1,\"a\":2}"})
    void untypedValuesAreCheckedToo(String body) throws Exception {
        Raw r = send("POST", "/members/free-form", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.head().toLowerCase()).contains("application/problem+json");
        assertThat(r.body()).doesNotContain("\\u0000", "\u0000");
        assertThat(send("POST", "/members/free-form", "{\"a\":{\"b\":[\"dòng 1\\ndòng 2\"]}}").status()).isEqualTo(200);
    }

    @Test
    void lengthsAreBounded() throws Exception {
        JsonNode tooLong = assertProblem(send("POST", "/members", member("fullName", "\"" + "a".repeat(10_001) + "\"")),
                400, "invalid-field-value");
        assertThat(tooLong.path("errors").get(0).path("code").asText()).isEqualTo("too-long");
        JsonNode many = assertProblem(send("POST", "/members", member("tags", "[" + "\"a\",".repeat(1_000) + "\"a\"]")),
                400, "invalid-field-value");
        assertThat(many.path("errors").get(0).path("code").asText()).isEqualTo("too-many-items");
        assertProblem(send("POST", "/members", member("fullName", "\"" + "a".repeat(1 << 20) + "\"")), 413,
                "payload-too-large");
        Raw deep = send("POST", "/members", "[".repeat(2_000) + "]".repeat(2_000));
        assertThat(deep.status()).isIn(400, 413);
        assertThat(deep.head().toLowerCase()).contains("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/members?unit=a%00b", "/members?unit=a%07b", "/members?unit=a%C0%AEb", "/members?unit=a%ED%A0%80b",
            "/members?unit=a%zz"})
    void aBadQueryParameterIsA400NamingIt(String target) throws Exception {
        JsonNode b = assertProblem(send("GET", target, null), 400, "invalid-parameter");
        assertThat(b.path("errors").get(0).path("field").asText()).isEqualTo("unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/members/a%00b", "/members/a%2Fb", "/members/a%5Cb", "/members/a;x=1", "/members/a%zzb",
            "/members/a%C0%AEb", "/members/a%ED%A0%80b", "/members/%3Cscript%3Efuzz-echo%3C", "/members/<script>fuzz-echo",
            "/members/a%0Ab"})
    void aMalformedPathIsABilingualProblem(String target) throws Exception {
        Raw r = send("GET", target, null);
        assertThat(r.status()).as(r.body()).isIn(400, 404);
        JsonNode b = assertProblem(r, r.status(), r.status() == 404 ? "not-found" : json.readTree(r.body()).path("code").asText());
        assertThat(b.path("code").asText()).isIn("not-found", "invalid-path", "bad-request", "invalid-parameter");
    }

    @Test
    void aTenKilobyteSegmentIsABilingualProblem() throws Exception {
        Raw r = send("GET", "/members/" + "a".repeat(10_240), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.head().toLowerCase()).contains("application/problem+json");
        JsonNode b = json.readTree(r.body());
        assertThat(b.path("title_vi").asText()).isNotBlank();
        assertThat(b.path("detail").asText()).isNotBlank();
    }

    @Test
    void anErrorWithACauseIsStillAProblem() throws Exception {
        Raw r = send("GET", "/members/boom-with-cause", null);
        assertProblem(r, 500, "internal-error");
        assertThat(r.body()).doesNotContain("0912345678", "inner", "IllegalState");
    }
}
