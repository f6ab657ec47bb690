package vn.doanket.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Structured mutations generated from a service's OpenAPI description ({@code /v3/api-docs}). For every operation
 * it builds a plausible request from the schema (values from {@link Target#hints} by field name, else from the
 * schema's type, format, enum and bounds) and sends it with exactly one breaking mutation at a time:
 * <ul>
 *   <li>every string field: a NUL, a lone surrogate, a C0 control character, a number instead of a string;</li>
 *   <li>dates: a number ({@code 20230809}), 2023-02-30, year 0, year 10000; enums, booleans and integers: numbers,
 *       strings and fractions of the wrong kind; objects as arrays and arrays as objects;</li>
 *   <li>the whole body: a repeated key ({@code "k":"x","k":null}), trailing garbage, an array instead of the object,
 *       deep nesting, a 1 MB string, an array of 1,001 items;</li>
 *   <li>every path variable: {@code %00}, {@code %2F}, {@code %5C}, a {@code ;} parameter, an invalid escape,
 *       a 10 kB segment, an encoded {@code <script>}; every query parameter: NUL, an invalid UTF-8 byte, 20 kB.</li>
 * </ul>
 * Every mutation must be refused: a {@link Finding} is any 5xx, any 2xx/3xx, any error that is not
 * {@code application/problem+json} with {@code title}/{@code detail} and {@code title_vi}/{@code detail_vi}, and
 * any response that echoes an injected marker. The requests are sent raw ({@link RawHttp}), so the service sees
 * exactly the bytes meant.
 */
public final class OpenApiFuzzer {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Injected into paths; must never come back in a response, in any spelling. */
    static final Pattern ECHO = Pattern.compile("(?i)<script|%3Cscript|\\\\u003cscript|fuzz-echo");

    /** An operation of the description. */
    public record Operation(String method, String path, List<Param> params, JsonNode bodySchema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A path or query parameter. */
    public record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /** One request to send and what was done to it. */
    public record Mutation(Operation operation, String label, String target, byte[] body) {
    }

    /** A response that breaks the input policy. */
    public record Finding(String service, String operation, String mutation, int status, String why, String excerpt) {
        @Override
        public String toString() {
            return service + " " + operation + " [" + mutation + "] -> " + status + " " + why + ": " + excerpt;
        }
    }

    /** What a run did. */
    public record Report(String service, int requests, Map<Integer, Integer> statuses, List<Finding> findings) {
    }

    /**
     * A service to fuzz.
     *
     * @param name the service's name (for the report)
     * @param baseUrl {@code http://127.0.0.1:port}
     * @param authorization the {@code Authorization} header per operation (null for none)
     * @param pathValues valid values of path variables by name (encoded as needed); others get {@code x1}
     * @param hints plausible values of body fields and query parameters by name
     * @param include which operations to fuzz (e.g. not server-sent event streams)
     * @param ownErrorFormat operations whose errors follow a published format of their own (e.g. Open311's
     *                       {@code [{"code","description"}]}): their 4xx must be JSON, not problem+json
     */
    public record Target(String name, String baseUrl, Function<Operation, String> authorization,
                         Map<String, String> pathValues, Map<String, JsonNode> hints, Predicate<Operation> include,
                         Predicate<Operation> ownErrorFormat) {
    }

    private OpenApiFuzzer() {
    }

    // ------------------------------------------------------------------ reading the description

    /** The operations of an OpenAPI 3 document, in path order. */
    public static List<Operation> operations(JsonNode api) {
        List<Operation> out = new ArrayList<>();
        Map<String, JsonNode> paths = new TreeMap<>();
        api.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, JsonNode> path : paths.entrySet()) {
            List<Param> shared = params(api, path.getValue().path("parameters"));
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>(shared);
                params.addAll(params(api, op.path("parameters")));
                JsonNode body = null;
                JsonNode content = op.path("requestBody").path("content");
                for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
                    String type = types.next();
                    if (type.contains("json")) {
                        body = resolve(api, content.path(type).path("schema"));
                    }
                }
                out.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), params, body));
            }
        }
        return out;
    }

    private static List<Param> params(JsonNode api, JsonNode list) {
        List<Param> out = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode param = resolve(api, p);
            out.add(new Param(param.path("name").asText(), param.path("in").asText(),
                    resolve(api, param.path("schema")), param.path("required").asBoolean(false)));
        }
        return out;
    }

    /** Follows {@code $ref} (and a single {@code allOf}) to the schema itself; properties are resolved lazily. */
    static JsonNode resolve(JsonNode api, JsonNode schema) {
        for (int i = 0; i < 10 && schema != null; i++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                schema = api.at(ref.substring(1));
            } else if (schema.has("allOf") && schema.get("allOf").size() == 1) {
                schema = schema.get("allOf").get(0);
            } else if (schema.has("oneOf") && !schema.has("type")) {
                schema = schema.get("oneOf").get(0);
            } else {
                break;
            }
        }
        return schema == null ? F.objectNode() : schema;
    }

    static String type(JsonNode schema) {
        JsonNode t = schema.get("type");
        if (t == null) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asText())) {
                    return x.asText();
                }
            }
        }
        return t.asText();
    }

    // ------------------------------------------------------------------ plausible values

    static JsonNode sample(JsonNode api, JsonNode schema, String name, Map<String, JsonNode> hints, int depth) {
        if (name != null && hints.containsKey(name)) {
            return hints.get(name).deepCopy();
        }
        schema = resolve(api, schema);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        String format = schema.path("format").asText("");
        switch (type(schema)) {
            case "object": {
                ObjectNode o = F.objectNode();
                if (depth > 4) {
                    return o;
                }
                schema.path("properties").fields().forEachRemaining(p ->
                        o.set(p.getKey(), sample(api, p.getValue(), p.getKey(), hints, depth + 1)));
                if (o.isEmpty() && schema.has("additionalProperties")) {
                    // a free-form map: one entry, so its values are mutated too
                    JsonNode values = schema.get("additionalProperties");
                    o.set("description", values.isObject() && values.size() > 0
                            ? sample(api, values, "description", hints, depth + 1) : F.textNode("Giá trị thử"));
                }
                return o;
            }
            case "array": {
                ArrayNode a = F.arrayNode();
                if (depth <= 4) {
                    a.add(sample(api, schema.path("items"), null, hints, depth + 1));
                }
                return a;
            }
            case "integer": {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : Long.MAX_VALUE;
                return F.numberNode(Math.min(Math.max(min, 1), max));
            }
            case "number":
                return F.numberNode(1.5);
            case "boolean":
                return F.booleanNode(true);
            default:
                return switch (format) {
                    case "date" -> F.textNode("2025-03-03");
                    case "date-time" -> F.textNode("2025-03-03T08:00:00Z");
                    case "uuid" -> F.textNode("00000000-0000-4000-8000-000000000001");
                    case "email" -> F.textNode("thu@example.vn");
                    default -> F.textNode("Giá trị thử");
                };
        }
    }

    // ------------------------------------------------------------------ mutations

    /** A leaf or inner field of the sample body: its JSON pointer, schema and name. */
    record Field(String pointer, JsonNode schema, String name) {
    }

    private static void fields(JsonNode api, JsonNode schema, JsonNode value, String pointer, List<Field> out, int depth) {
        schema = resolve(api, schema);
        if (depth > 3) {
            return;
        }
        if (value instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                JsonNode s = resolve(api, schema.path("properties").path(n));
                String p = pointer + "/" + n;
                out.add(new Field(p, s, n));
                fields(api, s, o.get(n), p, out, depth + 1);
            }
        } else if (value instanceof ArrayNode a && a.size() > 0) {
            JsonNode items = resolve(api, schema.path("items"));
            out.add(new Field(pointer + "/0", items, null));
            fields(api, items, a.get(0), pointer + "/0", out, depth + 1);
        }
    }

    /** Sets {@code raw} (JSON text) at {@code pointer} of {@code body}; returns the body's text. */
    private static String replaced(JsonNode body, String pointer, String raw) {
        String marker = "\"__fuzz_" + Math.abs(pointer.hashCode()) + "__\"";
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.put(key, marker.substring(1, marker.length() - 1));
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(key), F.textNode(marker.substring(1, marker.length() - 1)));
        }
        return copy.toString().replace(marker, raw);
    }

    /** Every mutation of one operation. */
    public static List<Mutation> mutations(JsonNode api, Operation op, Target target) {
        List<Mutation> out = new ArrayList<>();
        String path = op.path();
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if ("path".equals(p.in())) {
                values.put(p.name(), target.pathValues().getOrDefault(p.name(), "x1"));
            }
        }
        StringBuilder query = new StringBuilder();
        for (Param p : op.params()) {
            if ("query".equals(p.in()) && p.required()) {
                JsonNode v = sample(api, p.schema(), p.name(), target.hints(), 0);
                query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=')
                        .append(URLEncoder.encode(v.isTextual() ? v.asText() : v.toString(), StandardCharsets.UTF_8));
            }
        }
        String goodPath = fill(path, values, null, null);
        JsonNode body = op.bodySchema() == null ? null : sample(api, op.bodySchema(), null, target.hints(), 0);
        byte[] goodBody = body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);

        // path variables
        List<String[]> segments = List.of(
                new String[]{"nul", "a%00b"}, new String[]{"encoded-slash", "a%2Fb"}, new String[]{"encoded-backslash", "a%5Cb"},
                new String[]{"semicolon-parameter", null}, new String[]{"invalid-escape", "a%zzb"},
                new String[]{"long-segment", "a".repeat(10_240)}, new String[]{"script", "%3Cscript%3Efuzz-echo%3C"},
                new String[]{"invalid-utf8", "a%C0%AEb"}, new String[]{"lone-surrogate", "a%ED%A0%80b"});
        for (String var : values.keySet()) {
            for (String[] s : segments) {
                String bad = s[1] != null ? s[1] : values.get(var) + ";fuzz=1";
                out.add(new Mutation(op, "path " + var + ": " + s[0], fill(path, values, var, bad) + query, goodBody));
            }
        }
        // query parameters
        for (Param p : op.params()) {
            if (!"query".equals(p.in())) {
                continue;
            }
            for (String[] s : List.of(new String[]{"nul", "a%00b"}, new String[]{"control", "a%07b"},
                    new String[]{"invalid-utf8", "a%C0%AEb"}, new String[]{"lone-surrogate", "a%ED%A0%80b"},
                    new String[]{"long", "a".repeat(20_000)})) {
                String q = query.isEmpty() ? "?" : query + "&";
                out.add(new Mutation(op, "query " + p.name() + ": " + s[0], goodPath + q + p.name() + "=" + s[1], goodBody));
            }
        }
        if (body == null) {
            return out;
        }
        String target0 = goodPath + query;
        String text = body.toString();
        // the whole body
        if (body instanceof ObjectNode o && o.size() > 0) {
            String first = o.fieldNames().next();
            String open = text.substring(0, text.length() - 1);
            out.add(new Mutation(op, "duplicate key " + first + " (null)", target0, bytes(open + ",\"" + first + "\":null}")));
            out.add(new Mutation(op, "duplicate key " + first + " (same)", target0,
                    bytes(open + ",\"" + first + "\":" + o.get(first) + "}")));
            out.add(new Mutation(op, "array instead of object", target0, bytes("[" + text + "]")));
        }
        out.add(new Mutation(op, "trailing garbage", target0, bytes(text + " x")));
        out.add(new Mutation(op, "trailing object", target0, bytes(text + "{}")));
        out.add(new Mutation(op, "deep nesting", target0, bytes("[".repeat(5_000) + "]".repeat(5_000))));
        // each field
        List<Field> fields = new ArrayList<>();
        fields(api, op.bodySchema(), body, "", fields, 0);
        boolean bigString = false;
        boolean bigArray = false;
        for (Field f : fields) {
            String t = type(f.schema());
            boolean isEnum = f.schema().has("enum");
            String format = f.schema().path("format").asText("");
            JsonNode current = body.at(f.pointer());
            List<String[]> raws = new ArrayList<>();
            if (current.isTextual()) {
                raws.add(new String[]{"nul", "\"fuzz\\u0000z\""});
                raws.add(new String[]{"lone surrogate", "\"fuzz\\ud800z\""});
                raws.add(new String[]{"control character", "\"fuzz\\u0007z\""});
                if (!bigString) {
                    bigString = true;
                    raws.add(new String[]{"1 MB string", "\"" + "a".repeat(1 << 20) + "\""});
                }
                raws.add(new String[]{"number for " + (isEnum ? "enum" : format.isEmpty() ? "string" : format),
                        "date".equals(format) ? "20230809" : "2"});
                raws.add(new String[]{"object for string", "{}"});
                if ("date".equals(format)) {
                    raws.add(new String[]{"date 2023-02-30", "\"2023-02-30\""});
                    raws.add(new String[]{"date year 0", "\"0000-01-01\""});
                    raws.add(new String[]{"date year 10000", "\"+10000-01-01\""});
                }
            } else if (current.isBoolean()) {
                raws.add(new String[]{"number for boolean", "2"});
                raws.add(new String[]{"string for boolean", "\"yes\""});
            } else if (current.isIntegralNumber()) {
                raws.add(new String[]{"string for number", "\"abc\""});
                raws.add(new String[]{"numeric string for number", "\"12\""});
                raws.add(new String[]{"fraction for integer", "1.5"});
                raws.add(new String[]{"boolean for number", "true"});
            } else if (current.isObject()) {
                raws.add(new String[]{"array for object", "[]"});
                raws.add(new String[]{"string for object", "\"x\""});
            } else if (current.isArray()) {
                raws.add(new String[]{"object for array", "{}"});
                if (!bigArray && current.size() > 0) {
                    bigArray = true;
                    ArrayNode many = F.arrayNode();
                    for (int i = 0; i < 1_001; i++) {
                        many.add(current.get(0));
                    }
                    raws.add(new String[]{"1,001 items", many.toString()});
                }
            }
            for (String[] r : raws) {
                out.add(new Mutation(op, "field " + f.pointer() + ": " + r[0], target0, bytes(replaced(body, f.pointer(), r[1]))));
            }
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String fill(String template, Map<String, String> values, String var, String bad) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getKey().equals(var) ? bad : e.getValue();
            out = out.replace("{" + e.getKey() + "}", v);
        }
        return out;
    }

    // ------------------------------------------------------------------ running

    /**
     * Sends every mutation of every included operation and checks each response.
     *
     * @param api the service's OpenAPI document
     * @param target the service
     * @param threads parallel connections
     * @return what happened
     */
    public static Report run(JsonNode api, Target target, int threads) throws Exception {
        List<Mutation> all = new ArrayList<>();
        for (Operation op : operations(api)) {
            if (target.include().test(op)) {
                all.addAll(mutations(api, op, target));
            }
        }
        RawHttp http = new RawHttp(target.baseUrl());
        Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
        List<Finding> findings = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Mutation m : all) {
                runs.add(pool.submit(() -> {
                    check(target, http, m, statuses, findings);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(target.name(), all.size(), statuses, findings);
    }

    private static void check(Target target, RawHttp http, Mutation m, Map<Integer, Integer> statuses, List<Finding> findings) {
        Map<String, String> headers = new LinkedHashMap<>();
        String auth = target.authorization().apply(m.operation());
        if (auth != null) {
            headers.put("Authorization", auth);
        }
        if (m.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        RawHttp.Response r;
        try {
            r = http.send(m.operation().method(), m.target(), headers, m.body());
        } catch (Exception e) {
            statuses.merge(-1, 1, Integer::sum);
            findings.add(new Finding(target.name(), m.operation().toString(), m.label(), -1, "no response", e.toString()));
            return;
        }
        statuses.merge(r.status(), 1, Integer::sum);
        String excerpt = r.body().substring(0, Math.min(240, r.body().length())).replaceAll("\\s+", " ");
        String why = problemOf(r, target.ownErrorFormat().test(m.operation()));
        if (why != null) {
            findings.add(new Finding(target.name(), m.operation().toString(), m.label(), r.status(), why, excerpt));
        }
    }

    /** Why a response to a mutation breaks the policy, or null. */
    static String problemOf(RawHttp.Response r, boolean ownErrorFormat) {
        if (r.status() >= 500) {
            return "server error";
        }
        if (r.status() < 400) {
            return "accepted";
        }
        if (ECHO.matcher(r.body()).find() || r.body().contains("\u0000") || r.body().contains("\\u0000")) {
            return "echoes the input";
        }
        if (ownErrorFormat) {
            return r.contentType().contains("json") ? null : "not JSON (" + r.contentType() + ")";
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return "not problem+json (" + r.contentType() + ")";
        }
        try {
            JsonNode b = JSON.readTree(r.body());
            for (String f : List.of("title", "detail", "title_vi", "detail_vi")) {
                if (b.path(f).asText("").isBlank()) {
                    return "no " + f;
                }
            }
            if (b.path("status").asInt() != r.status()) {
                return "status field differs";
            }
        } catch (Exception e) {
            return "body is not JSON";
        }
        return null;
    }
}
