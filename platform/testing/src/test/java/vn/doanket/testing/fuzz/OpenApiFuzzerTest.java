package vn.doanket.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mutations generated from a small OpenAPI description, and how responses are judged (pure unit test). */
class OpenApiFuzzerTest {

    static final String API = """
            {"openapi":"3.1.0","paths":{
              "/api/areas/{areaCode}/members":{"post":{
                "parameters":[{"name":"areaCode","in":"path","required":true,"schema":{"type":"string"}},
                              {"name":"lang","in":"query","required":false,"schema":{"type":"string"}}],
                "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Appoint"}}}}}}},
             "components":{"schemas":{"Appoint":{"type":"object","properties":{
                "personId":{"type":"string"},"position":{"type":"string","enum":["HEAD","MEMBER"]},
                "appointedOn":{"type":"string","format":"date"},"partyMember":{"type":"boolean"},
                "size":{"type":"integer","format":"int32","minimum":3},"tags":{"type":"array","items":{"type":"string"}}}}}}}
            """;

    final JsonNode api = read(API);

    static JsonNode read(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    OpenApiFuzzer.Target target() {
        return new OpenApiFuzzer.Target("t", "http://127.0.0.1:1", op -> null, Map.of("areaCode", "26560-KP01"),
                Map.of(), op -> true, op -> false);
    }

    @Test
    void readsOperationsAndResolvesReferences() {
        List<OpenApiFuzzer.Operation> ops = OpenApiFuzzer.operations(api);
        assertThat(ops).hasSize(1);
        assertThat(ops.get(0).toString()).isEqualTo("POST /api/areas/{areaCode}/members");
        assertThat(ops.get(0).bodySchema().path("properties").has("personId")).isTrue();
        assertThat(ops.get(0).params()).extracting(OpenApiFuzzer.Param::name).containsExactly("areaCode", "lang");
    }

    @Test
    void mutatesEveryFieldPathVariableAndQueryParameter() {
        OpenApiFuzzer.Operation op = OpenApiFuzzer.operations(api).get(0);
        List<OpenApiFuzzer.Mutation> mutations = OpenApiFuzzer.mutations(api, op, target());
        List<String> labels = mutations.stream().map(OpenApiFuzzer.Mutation::label).toList();
        assertThat(labels).contains("field /personId: nul", "field /personId: lone surrogate", "field /personId: 1 MB string",
                "field /position: number for enum", "field /appointedOn: number for date", "field /appointedOn: date 2023-02-30",
                "field /appointedOn: date year 0", "field /partyMember: number for boolean", "field /size: fraction for integer",
                "field /tags: 1,001 items", "field /tags/0: nul", "duplicate key personId (null)", "trailing garbage",
                "path areaCode: encoded-slash", "path areaCode: long-segment", "path areaCode: semicolon-parameter",
                "query lang: nul");
        OpenApiFuzzer.Mutation nul = mutations.stream().filter(m -> m.label().equals("field /personId: nul")).findFirst().orElseThrow();
        assertThat(new String(nul.body(), StandardCharsets.UTF_8)).contains("\"personId\":\"fuzz\\u0000z\"")
                .contains("\"position\":\"HEAD\"").contains("\"size\":3");
        OpenApiFuzzer.Mutation duplicate = mutations.stream().filter(m -> m.label().equals("duplicate key personId (null)"))
                .findFirst().orElseThrow();
        assertThat(new String(duplicate.body(), StandardCharsets.UTF_8)).endsWith(",\"personId\":null}");
        OpenApiFuzzer.Mutation slash = mutations.stream().filter(m -> m.label().equals("path areaCode: encoded-slash"))
                .findFirst().orElseThrow();
        assertThat(slash.target()).isEqualTo("/api/areas/a%2Fb/members");
        assertThat(mutations).allMatch(m -> m.target().startsWith("/api/areas/"));
    }

    @Test
    void judgesResponses() {
        RawHttp.Response problem = new RawHttp.Response(400, Map.of("content-type", "application/problem+json"),
                "{\"status\":400,\"title\":\"Bad\",\"detail\":\"d\",\"title_vi\":\"Sai\",\"detail_vi\":\"c\"}");
        assertThat(OpenApiFuzzer.problemOf(problem, false)).isNull();
        assertThat(OpenApiFuzzer.problemOf(new RawHttp.Response(201, Map.of(), "{}"), false)).isEqualTo("accepted");
        assertThat(OpenApiFuzzer.problemOf(new RawHttp.Response(500, Map.of(), ""), false)).isEqualTo("server error");
        assertThat(OpenApiFuzzer.problemOf(new RawHttp.Response(400, Map.of("content-type", "text/html"), "<html>"), false))
                .startsWith("not problem+json");
        assertThat(OpenApiFuzzer.problemOf(new RawHttp.Response(400, Map.of("content-type", "application/problem+json"),
                "{\"status\":400,\"title\":\"Bad\",\"detail\":\"d\"}"), false)).isEqualTo("no title_vi");
        assertThat(OpenApiFuzzer.problemOf(new RawHttp.Response(404, Map.of("content-type", "application/problem+json"),
                "{\"instance\":\"/a/%3Cscript%3E\"}"), false)).isEqualTo("echoes the input");
        assertThat(OpenApiFuzzer.problemOf(new RawHttp.Response(400, Map.of("content-type", "application/json"),
                "[{\"code\":400}]"), true)).isNull();
    }
}
