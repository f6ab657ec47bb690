package vn.doanket.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.doanket.web.testapp.TestApplication;

/** End to end through a real servlet container: every error is bilingual problem+json. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponsesTest {

    private static final String PHONE = "0912345678";
    private static final String VALID = """
            {"fullName":"Nguyễn Văn An","phone":"0912345678","gender":"MALE","birthDate":"1990-05-01",
             "householdSize":4,"email":"an@example.vn","tags":["a"],"address":{"street":"12 Lý Thường Kiệt","communeCode":"00004"}}
            """;

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    record Result(int status, HttpHeaders headers, String raw, JsonNode body) {
    }

    private Result call(HttpMethod method, String path, MediaType contentType, String body, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.setContentType(contentType);
        }
        if (extra != null) {
            headers.putAll(extra);
        }
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        String raw = response.getBody() == null ? "" : response.getBody();
        try {
            return new Result(response.getStatusCode().value(), response.getHeaders(), raw,
                    raw.isEmpty() ? json.createObjectNode() : json.readTree(raw));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + raw, e);
        }
    }

    private Result post(String path, String body) {
        return call(HttpMethod.POST, path, MediaType.APPLICATION_JSON, body, null);
    }

    private Result get(String path) {
        return call(HttpMethod.GET, path, null, null, null);
    }

    /** Asserts the common shape of every problem response. */
    private static JsonNode assertProblem(Result r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.headers().getContentType()).as(r.raw()).isNotNull();
        assertThat(r.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(r.raw()).isTrue();
        JsonNode b = r.body();
        assertThat(b.path("code").asText()).as(r.raw()).isEqualTo(code);
        assertThat(b.path("status").asInt()).isEqualTo(status);
        assertThat(b.path("type").asText()).isEqualTo("https://doanket.vn/problems/" + code);
        assertThat(b.path("title").asText()).isNotBlank();
        assertThat(b.path("detail").asText()).isNotBlank();
        assertThat(b.path("title_vi").asText()).isNotBlank().isNotEqualTo(b.path("title").asText());
        assertThat(b.path("detail_vi").asText()).isNotBlank().isNotEqualTo(b.path("detail").asText());
        assertThat(b.path("requestId").asText()).isNotBlank().isEqualTo(r.headers().getFirst(RequestIds.HEADER));
        assertThat(b.path("instance").asText()).startsWith("/");
        assertThat(r.raw()).doesNotContain("Exception", "exception", "java.", "vn.doanket.", "org.springframework",
                "trace", PHONE);
        return b;
    }

    private static List<String> fields(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    private static JsonNode error(JsonNode body, String field) {
        for (JsonNode e : body.path("errors")) {
            if (field.equals(e.path("field").asText())) {
                return e;
            }
        }
        throw new AssertionError("no error for " + field + " in " + body);
    }

    @Test
    void validRequestPasses() {
        Result r = post("/members", VALID);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(r.headers().getFirst(RequestIds.HEADER)).isNotBlank();
    }

    @Test
    void malformedJson() {
        JsonNode b = assertProblem(post("/members", "{\"fullName\": \"An\", \"phone\": \"" + PHONE + "\", "), 400,
                "malformed-json");
        assertThat(b.path("title_vi").asText()).isEqualTo("Dữ liệu JSON không hợp lệ");
        assertThat(b.path("title").asText()).isEqualTo("Malformed JSON request body");
        assertThat(b.path("instance").asText()).isEqualTo("/members");
    }

    @Test
    void missingBody() {
        assertProblem(post("/members", null), 400, "missing-request-body");
    }

    @Test
    void wrongShape() {
        assertProblem(post("/members", "[1, 2]"), 400, "invalid-request-body");
    }

    @Test
    void missingFieldsSayWhichFieldIsRequiredInBothLanguages() {
        JsonNode b = assertProblem(post("/members", "{\"phone\":\"" + PHONE + "\"}"), 400, "validation-failed");
        assertThat(fields(b)).containsExactlyInAnyOrder("fullName", "gender");
        JsonNode name = error(b, "fullName");
        assertThat(name.path("code").asText()).isEqualTo("not-blank");
        assertThat(name.path("message_vi").asText()).isEqualTo("Trường \"fullName\" là bắt buộc và không được để trống.");
        assertThat(name.path("message_en").asText()).isEqualTo("Field \"fullName\" is required and must not be blank.");
        JsonNode gender = error(b, "gender");
        assertThat(gender.path("code").asText()).isEqualTo("not-null");
        assertThat(gender.path("message_vi").asText()).isEqualTo("Trường \"gender\" là bắt buộc.");
        assertThat(gender.path("message_en").asText()).isEqualTo("Field \"gender\" is required.");
        assertThat(b.path("title_vi").asText()).isEqualTo("Dữ liệu không hợp lệ");
    }

    @Test
    void everyCommonConstraintIsLocalisedAndNoValueIsEchoed() {
        String body = """
                {"fullName":"   ","phone":"%s-x","gender":"FEMALE","birthDate":"2199-01-01","householdSize":0,
                 "email":"not-an-email-%s","tags":["a","b","c","d"],"address":{"street":"","communeCode":"1"},
                 "extra":"%s"}
                """.formatted(PHONE, PHONE, PHONE);
        JsonNode b = assertProblem(post("/members", body), 400, "validation-failed");
        assertThat(fields(b)).containsExactlyInAnyOrder("fullName", "phone", "birthDate", "householdSize", "email",
                "tags", "address.street");
        assertThat(error(b, "phone").path("code").asText()).isEqualTo("pattern");
        assertThat(error(b, "phone").path("message_vi").asText()).isEqualTo("Trường \"phone\" không đúng định dạng yêu cầu.");
        assertThat(error(b, "phone").path("message_en").asText()).isEqualTo("Field \"phone\" does not have the required format.");
        assertThat(error(b, "birthDate").path("code").asText()).isEqualTo("past");
        assertThat(error(b, "birthDate").path("message_vi").asText()).contains("quá khứ");
        assertThat(error(b, "householdSize").path("code").asText()).isEqualTo("min");
        assertThat(error(b, "householdSize").path("message_vi").asText())
                .isEqualTo("Trường \"householdSize\" phải lớn hơn hoặc bằng 1.");
        assertThat(error(b, "householdSize").path("message_en").asText())
                .isEqualTo("Field \"householdSize\" must be greater than or equal to 1.");
        assertThat(error(b, "email").path("message_vi").asText()).contains("email hợp lệ");
        assertThat(error(b, "tags").path("code").asText()).isEqualTo("size");
        assertThat(error(b, "tags").path("message_vi").asText()).isEqualTo("Trường \"tags\" phải có độ dài tối đa là 3.");
        assertThat(error(b, "tags").path("message_en").asText()).isEqualTo("Field \"tags\" must have a size of at most 3.");
        assertThat(error(b, "address.street").path("code").asText()).isEqualTo("not-blank");
    }

    @Test
    void wrongFieldTypeNamesTheFieldButNotTheValue() {
        JsonNode b = assertProblem(post("/members", VALID.replace("\"householdSize\":4", "\"householdSize\":\"x" + PHONE + "\"")),
                400, "invalid-field-value");
        assertThat(b.path("detail_vi").asText()).contains("\"householdSize\"");
        assertThat(b.path("detail").asText()).contains("\"householdSize\"");
        assertThat(fields(b)).containsExactly("householdSize");
    }

    @Test
    void unknownEnumValue() {
        JsonNode b = assertProblem(post("/members", VALID.replace("\"MALE\"", "\"" + PHONE + "\"")), 400,
                "invalid-field-value");
        assertThat(b.path("detail_vi").asText()).contains("\"gender\"");
        assertThat(b.path("detail").asText()).contains("\"gender\"").doesNotContain("MALE", "FEMALE");
    }

    @Test
    void numberOutOfRangeNamesTheField() {
        JsonNode b = assertProblem(post("/members", VALID.replace("\"householdSize\":4", "\"householdSize\":99999999999")),
                400, "invalid-field-value");
        assertThat(fields(b)).containsExactly("householdSize");
    }

    @Test
    void wrongTypeInsideAList() {
        JsonNode b = assertProblem(post("/members", VALID.replace("\"tags\":[\"a\"]", "\"tags\":[\"a\",{\"x\":1}]")), 400,
                "invalid-field-value");
        assertThat(fields(b)).containsExactly("tags[1]");
    }

    @ParameterizedTest
    @CsvSource({
            "invalid,400,phone-format,Số điện thoại không đúng định dạng,The phone number has the wrong format",
            "not-found,404,member-not-found,Không tìm thấy hội viên,Member not found",
            "conflict,409,member-already-registered,Hội viên đã được đăng ký,The member is already registered",
            "rule,422,member-too-young,Hội viên chưa đủ tuổi theo quy định,The member is below the required age"})
    void domainExceptionOfEachKind(String kind, int status, String code, String vi, String en) {
        JsonNode b = assertProblem(post("/members/domain/" + kind, "{}"), status, code);
        assertThat(b.path("detail_vi").asText()).isEqualTo(vi);
        assertThat(b.path("detail").asText()).isEqualTo(en);
    }

    @Test
    void domainExceptionWrappedByAnotherException() {
        JsonNode b = assertProblem(post("/members/wrapped", "{}"), 409, "member-already-registered");
        assertThat(b.path("title_vi").asText()).isEqualTo("Xung đột dữ liệu");
        assertThat(b.path("detail").asText()).isEqualTo("The member is already registered");
    }

    @Test
    void problemMapperBeanMapsAnUnknownExceptionEvenAsACause() {
        JsonNode b = assertProblem(post("/members/version-conflict", "{}"), 409, "version-conflict");
        assertThat(b.path("title_vi").asText()).isEqualTo("Xung đột phiên bản");
        assertThat(b.path("detail").asText()).isEqualTo("The record was updated by another request.");
        assertThat(b.toString()).doesNotContain("aggregate 42");
    }

    @Test
    void problemMapperBeanComesBeforeTheDefaults() {
        assertProblem(post("/members/domain/legacy", "{}"), 422, "renamed-code");
    }

    @Test
    void failingMapperDoesNotBreakErrorHandling() {
        assertProblem(get("/members/broken-mapper"), 500, "internal-error");
    }

    @Test
    void unknownPathIs404ProblemJson() {
        JsonNode b = assertProblem(get("/no/such/path"), 404, "not-found");
        assertThat(b.path("title_vi").asText()).isEqualTo("Không tìm thấy");
        assertThat(b.path("instance").asText()).isEqualTo("/no/such/path");
    }

    @Test
    void unknownPathIs404ProblemJsonEvenForBrowsers() {
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.TEXT_HTML));
        assertProblem(call(HttpMethod.GET, "/no/such/page", null, null, accept), 404, "not-found");
    }

    @Test
    void methodNotAllowed() {
        Result r = call(HttpMethod.PUT, "/members", MediaType.APPLICATION_JSON, VALID, null);
        assertProblem(r, 405, "method-not-allowed");
        assertThat(r.headers().getAllow()).contains(HttpMethod.POST);
    }

    @Test
    void unsupportedMediaType() {
        assertProblem(call(HttpMethod.POST, "/members", MediaType.TEXT_PLAIN, "fullName=" + PHONE, null), 415,
                "unsupported-media-type");
    }

    @Test
    void notAcceptable() {
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.APPLICATION_XML));
        assertProblem(call(HttpMethod.GET, "/members/request-id", null, null, accept), 406, "not-acceptable");
    }

    @Test
    void pathVariableOfWrongType() {
        // the path is the problem's instance, so this one uses no personal data: ids in paths are opaque
        JsonNode b = assertProblem(get("/members/not-a-uuid"), 400, "invalid-parameter");
        assertThat(b.path("detail_vi").asText()).isEqualTo("Tham số \"id\" có giá trị sai kiểu hoặc không hợp lệ.");
    }

    @Test
    void queryParameterOfWrongType() {
        JsonNode b = assertProblem(get("/members?unit=01&page=" + PHONE + "x"), 400, "invalid-parameter");
        assertThat(fields(b)).containsExactly("page");
    }

    @Test
    void missingQueryParameter() {
        JsonNode b = assertProblem(get("/members"), 400, "missing-parameter");
        assertThat(b.path("detail_vi").asText()).isEqualTo("Thiếu tham số bắt buộc \"unit\".");
        assertThat(b.path("detail").asText()).isEqualTo("Required parameter \"unit\" is missing.");
    }

    @Test
    void missingHeader() {
        JsonNode b = assertProblem(get("/members/needs-header"), 400, "missing-header");
        assertThat(b.path("detail").asText()).contains("X-Unit-Code");
    }

    @Test
    void handlerMethodValidationOfAQueryParameter() {
        JsonNode b = assertProblem(get("/members?unit=01&page=0"), 400, "validation-failed");
        JsonNode page = error(b, "page");
        assertThat(page.path("code").asText()).isEqualTo("min");
        assertThat(page.path("message_vi").asText()).isEqualTo("Trường \"page\" phải lớn hơn hoặc bằng 1.");
    }

    @Test
    void constraintViolationFromAValidatedBean() {
        JsonNode b = assertProblem(call(HttpMethod.POST, "/validated?count=-1&label=ab", null, null, null), 400,
                "validation-failed");
        assertThat(fields(b)).containsExactlyInAnyOrder("count", "label");
        assertThat(error(b, "count").path("message_vi").asText()).isEqualTo("Trường \"count\" phải là số dương.");
        assertThat(error(b, "label").path("message_en").asText())
                .isEqualTo("Field \"label\" must have a size between 3 and 20.");
    }

    @Test
    void unexpectedExceptionIs500WithoutInternals() {
        Result r = get("/members/boom");
        JsonNode b = assertProblem(r, 500, "internal-error");
        assertThat(b.path("title_vi").asText()).isEqualTo("Lỗi hệ thống");
        assertThat(r.raw()).doesNotContain("SELECT", "member WHERE", "Secret", "IllegalState");
    }

    @Test
    void responseStatusExceptionKeepsItsStatusButNotItsReason() {
        Result r = get("/members/status");
        assertProblem(r, 409, "conflict");
        assertThat(r.raw()).doesNotContain("reason with");
    }

    @Test
    void responseStatusAnnotationIsHonoured() {
        assertProblem(get("/members/annotated"), 410, "client-error");
    }

    @Test
    void sendErrorFromAController() {
        assertProblem(get("/members/send-error"), 403, "forbidden");
    }

    @Test
    void domainExceptionThrownByAFilterGoesThroughTheErrorController() {
        JsonNode b = assertProblem(get("/gate/domain"), 404, "unit-not-in-scope");
        assertThat(b.path("detail_vi").asText()).isEqualTo("Đơn vị không thuộc phạm vi của bạn");
        assertThat(b.path("instance").asText()).isEqualTo("/gate/domain");
    }

    @Test
    void bugInAFilterIs500WithoutInternals() {
        Result r = get("/gate/boom");
        assertProblem(r, 500, "internal-error");
        assertThat(r.raw()).doesNotContain("Secret", "filter bug");
    }

    @Test
    void sendErrorFromAFilter() {
        assertProblem(get("/gate/send-error"), 429, "too-many-requests");
    }

    @Test
    void requestIdIsEchoedWhenSane() {
        HttpHeaders h = new HttpHeaders();
        h.set(RequestIds.HEADER, "abc-123_X.y");
        Result ok = call(HttpMethod.GET, "/members/request-id", null, null, h);
        assertThat(ok.headers().getFirst(RequestIds.HEADER)).isEqualTo("abc-123_X.y");
        assertThat(ok.body().path("current").asText()).isEqualTo("abc-123_X.y");
        assertThat(ok.body().path("mdc").asText()).isEqualTo("abc-123_X.y");

        Result problem = call(HttpMethod.GET, "/no/such/path", null, null, h);
        assertThat(problem.body().path("requestId").asText()).isEqualTo("abc-123_X.y");
    }

    @Test
    void requestIdIsGeneratedWhenMissingOrInsane() {
        Result none = get("/members/request-id");
        String generated = none.headers().getFirst(RequestIds.HEADER);
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(none.body().path("current").asText()).isEqualTo(generated);
        assertThat(none.body().path("mdc").asText()).isEqualTo(generated);

        for (String bad : List.of("has space", "x".repeat(65), "semi;colon", "<script>")) {
            HttpHeaders h = new HttpHeaders();
            h.set(RequestIds.HEADER, bad);
            Result r = call(HttpMethod.GET, "/members/request-id", null, null, h);
            assertThat(r.headers().getFirst(RequestIds.HEADER)).as(bad).matches("[0-9a-f-]{36}");
        }
        assertThat(RequestIds.current()).isEmpty();
    }

    @Test
    void requestIdOfAFilterErrorMatchesTheHeader() {
        HttpHeaders h = new HttpHeaders();
        h.set(RequestIds.HEADER, "gate-1");
        Result r = call(HttpMethod.GET, "/gate/domain", null, null, h);
        assertThat(r.body().path("requestId").asText()).isEqualTo("gate-1");
        assertThat(r.headers().getFirst(RequestIds.HEADER)).isEqualTo("gate-1");
    }

    @Test
    void submittedPhoneNumberNeverAppearsInAnyErrorBody() {
        List<Result> results = List.of(
                post("/members", "{\"phone\":\"" + PHONE + "\""),
                post("/members", "{\"phone\":\"" + PHONE + "\", \"fullName\": 12, \"gender\": \"X\"}"),
                post("/members", "{\"phone\":\"x" + PHONE + "\"}"),
                post("/members", VALID.replace("\"MALE\"", "\"" + PHONE + "\"")),
                post("/members", VALID.replace("\"birthDate\":\"1990-05-01\"", "\"birthDate\":\"" + PHONE + "\"")),
                post("/members", VALID.replace("\"householdSize\":4", "\"householdSize\":" + PHONE + "0000000000000")),
                post("/members", VALID.replace("\"householdSize\":4", "\"householdSize\":9" + PHONE + "0000000000000")),
                get("/members?unit=" + PHONE + "&page=x" + PHONE),
                get("/members?unit=" + PHONE + "&page=-" + PHONE.substring(1)),
                call(HttpMethod.POST, "/validated?count=-" + PHONE + "&label=" + PHONE + PHONE + PHONE, null, null, null));
        for (Result r : results) {
            assertThat(r.status()).as(r.raw()).isBetween(400, 499);
            assertThat(r.raw()).as(r.raw()).doesNotContain(PHONE);
            assertThat(r.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
    }
}
