package vn.doanket.feedback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 malformed or random requests against every feedback endpoint: each request is a valid one with at
 * least one breaking mutation (missing or mistyped required field, truncated or binary body, blank or
 * oversized text, unknown enum, no/garbage token, a role without the right, a caller outside the territory,
 * an unknown petition or unit, a wrong content type, a bad API key) plus random noise. None may answer 5xx,
 * and nothing may be stored. Seeded: {@code -Dfeedback.fuzz.seed=N} replays a run (the seed is printed).
 */
class FeedbackFuzzTest extends FeedbackIntegrationTest {

    static final int REQUESTS = 10_000;
    static final int THREADS = 4;
    static final List<String> ACCOUNTS = List.of("can-bo-ba-ria", "xu-ly-don-ba-ria", "can-bo-cao-bang",
            "ban-cong-tac-kp-phuoc-trung", "lanh-dao-ba-ria", "kiem-tra-hcm", "trung-uong");
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String[] ACCOUNTS_WITHOUT_RIGHTS = {"lanh-dao-ba-ria", "kiem-tra-hcm", "trung-uong"};

    final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    final ThreadLocal<Random> randoms = new ThreadLocal<>();

    Random random() {
        return randoms.get();
    }

    record Template(String method, String path, String account, ObjectNode body, List<String> required,
                    Map<String, String> enums) {
    }

    /** One mutated request: its body (if any) is text sent as written, malformed on purpose. */
    record Mutation(String method, String path, String authorization, String contentType, String body) {

        TestHttp.Response send(TestHttp service) {
            TestHttp http = service.as(authorization);
            if (body != null) {
                http = http.header("Content-Type", contentType);
            }
            return http.send(method, path, body);
        }
    }

    @Test
    void tenThousandMalformedRequestsGetNo5xxAndStoreNothing() throws Exception {
        long seed = Long.getLong("feedback.fuzz.seed", 20261121L) ^ System.nanoTime();
        System.out.println("FeedbackFuzzTest seed " + seed);
        randoms.set(new Random(seed));
        Http http = http();
        String id = Http.ok(http.post("can-bo-ba-ria", "/api/petitions", PetitionApiTest.intake("26560", false, true)), 201)
                .get("petitionId").asText();
        String other = Http.ok(http.post("can-bo-ba-ria", "/api/petitions", PetitionApiTest.intake("26560-KP01", true, false)), 201)
                .get("petitionId").asText();
        http.await("xu-ly-don-ba-ria", "/api/petitions/" + other, v -> !v.get("petition").isNull());
        List<Template> templates = templates(id, other);

        long events = storedEvents();
        long registered = count("petition_registry");
        long identities = count("petitioner");
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        ACCOUNTS.forEach(this::token);
        TestHttp service = TestHttp.to("http://127.0.0.1:" + port);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long threadSeed = seed + t;
            runs.add(pool.submit(() -> {
                randoms.set(new Random(threadSeed));
                for (int i = 0; i < REQUESTS / THREADS; i++) {
                    Mutation request = mutate(templates.get(random().nextInt(templates.size())), id);
                    TestHttp.Response response = request.send(service);
                    statuses.merge(response.status(), 1, Integer::sum);
                    if (response.status() >= 500 || response.status() < 200 || response.status() == 201) {
                        failures.add(request.method() + " " + request.path() + " -> " + response.status() + " "
                                + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> run : runs) {
            run.get(5, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
        System.out.println("FeedbackFuzzTest statuses " + statuses);
        assertThat(failures).isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s >= 200 && s < 500);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(count("petition_registry")).isEqualTo(registered);
        assertThat(count("petitioner")).isEqualTo(identities);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    List<Template> templates(String id, String other) {
        List<Template> t = new ArrayList<>();
        ObjectNode intake = F.objectNode().put("unitCode", "26560").put("channel", "DIRECT_VISIT").put("topic", "LAND")
                .put("subject", "Tiêu đề").put("content", "Nội dung").put("anonymous", false);
        intake.putObject("petitioner").put("fullName", "Người gửi");
        intake.putArray("attachments").addObject().put("fileName", "a.pdf").put("sizeBytes", 10);
        t.add(new Template("POST", "/api/petitions", "can-bo-ba-ria", intake,
                List.of("unitCode", "channel", "subject", "content"), Map.of("channel", "DIRECT_VISIT")));
        ObjectNode conference = F.objectNode().put("unitCode", "26560").put("subject", "Tiêu đề").put("content", "Nội dung")
                .put("anonymous", true);
        conference.putObject("conference").put("conferenceId", "HN-1").put("heldOn", "2026-11-01");
        t.add(new Template("POST", "/api/conference-opinions/petitions", "can-bo-ba-ria", conference,
                List.of("unitCode", "subject", "content", "conference"), Map.of()));
        String h = "xu-ly-don-ba-ria";
        t.add(new Template("POST", "/api/petitions/{id}/classification", h, F.objectNode().put("topic", "LAND"),
                List.of("topic"), Map.of("level", "COMMUNE")));
        t.add(new Template("POST", "/api/petitions/{id}/forwarding", h, F.objectNode().put("bodyId", "26560:PEOPLES_COMMITTEE"),
                List.of("bodyId"), Map.of()));
        t.add(new Template("POST", "/api/petitions/{id}/answer", h, F.objectNode().put("summary", "Trả lời"),
                List.of("summary"), Map.of()));
        t.add(new Template("POST", "/api/petitions/{id}/communication", h, F.objectNode().put("method", "LETTER"),
                List.of("method"), Map.of("method", "LETTER")));
        t.add(new Template("POST", "/api/petitions/{id}/closure", h, F.objectNode().put("satisfied", true),
                List.of("satisfied"), Map.of()));
        t.add(new Template("POST", "/api/petitions/{id}/reopening", h, F.objectNode().put("reason", "Lý do"),
                List.of("reason"), Map.of()));
        t.add(new Template("POST", "/api/petitions/{id}/withdrawal", "can-bo-ba-ria", F.objectNode().put("reason", "Lý do"),
                List.of("reason"), Map.of()));
        ObjectNode merge = F.objectNode().put("reason", "Trùng");
        merge.putArray("duplicateIds").add(other);
        t.add(new Template("POST", "/api/petitions/{id}/merge", h, merge, List.of("duplicateIds", "reason"), Map.of()));
        ObjectNode split = F.objectNode().put("reason", "Tách");
        ArrayNode parts = split.putArray("parts");
        parts.addObject().put("subject", "A").put("content", "a");
        parts.addObject().put("subject", "B").put("content", "b");
        t.add(new Template("POST", "/api/petitions/{id}/split", h, split, List.of("parts", "reason"), Map.of()));
        t.add(new Template("GET", "/api/petitions/{id}", h, null, List.of(), Map.of()));
        t.add(new Template("GET", "/api/petitions?unit={unit}&page={n}&size={n}&status={status}", "can-bo-ba-ria", null, List.of(), Map.of()));
        t.add(new Template("GET", "/api/units/{unit}/responsible-bodies", "can-bo-ba-ria", null, List.of(), Map.of()));
        t.add(new Template("GET", "/api/feedback/taxonomy", "can-bo-ba-ria", null, List.of(), Map.of()));
        t.add(new Template("DELETE", "/api/petitions/{id}/petitioner", "can-bo-ba-ria", null, List.of(), Map.of()));
        ObjectNode open311 = F.objectNode().put("api_key", "open311-demo-key-ba-ria").put("service_code", "LAND")
                .put("description", "Mô tả").put("lat", 10.5).put("long", 107.1);
        t.add(new Template("POST", "/open311/v2/requests.json", null, open311, List.of("api_key", "service_code", "description"),
                Map.of()));
        t.add(new Template("FORM", "/open311/v2/requests.json", null, open311, List.of("api_key", "service_code", "description"),
                Map.of()));
        t.add(new Template("GET", "/open311/v2/requests.json?api_key={key}&status={status}&service_request_id={id}", null, null,
                List.of(), Map.of()));
        t.add(new Template("GET", "/open311/v2/requests/{id}.json?api_key={key}", null, null, List.of(), Map.of()));
        t.add(new Template("GET", "/open311/v2/services.json?jurisdiction_id={unit}", null, null, List.of(), Map.of()));
        return t;
    }

    Mutation mutate(Template template, String id) {
        String account = template.account();
        String path = template.path();
        String contentType = template.method().equals("FORM") ? "application/x-www-form-urlencoded" : "application/json";
        String body = null;
        boolean stateChanging = !template.method().equals("GET");
        int breaking = random().nextInt(stateChanging ? 12 : 6);
        String pathId = id;
        String unit = "26560";
        String key = "open311-demo-key-ba-ria";
        if (template.method().equals("DELETE")) {
            // only callers who may not erase, or unknown petitions
            breaking = 100 + random().nextInt(3);
        }
        switch (breaking) {
            case 100 -> account = "can-bo-ba-ria";
            case 101 -> pathId = randomId();
            case 102 -> account = null;
            default -> {
            }
        }
        ObjectNode json = template.body() == null ? null : template.body().deepCopy();
        if (json != null) {
            noise(json);
        }
        if (!stateChanging) {
            switch (breaking) {
                case 0 -> account = null;
                case 1 -> pathId = randomId();
                case 2 -> unit = randomUnit();
                case 3 -> account = random().nextBoolean() ? "can-bo-cao-bang" : "ban-cong-tac-kp-phuoc-trung";
                case 4 -> key = randomText(20);
                default -> {
                    unit = random().nextBoolean() ? "26560" : randomUnit();
                    pathId = random().nextBoolean() ? id : randomId();
                }
            }
        } else if (breaking < 100) {
            String field = template.required().get(random().nextInt(template.required().size()));
            switch (breaking) {
                case 0 -> json.remove(field);
                case 1 -> {
                    if (template.method().equals("FORM")) {
                        json.remove(field); // a form has no types to get wrong
                    } else {
                        json.set(field, random().nextBoolean() ? F.objectNode().put("x", 1) : F.arrayNode().add(F.arrayNode()));
                    }
                }
                case 2 -> body = truncated(json.toString());
                case 3 -> json.put(field, random().nextBoolean() ? "   " : "");
                case 4 -> json.put(field, "x".repeat(20_001));
                case 5 -> {
                    if (template.enums().isEmpty()) {
                        json.remove(field);
                    } else {
                        String enumField = template.enums().keySet().iterator().next();
                        json.put(enumField, randomText(12));
                        if (!template.required().contains(enumField)) {
                            json.remove(field);
                        }
                    }
                }
                case 6 -> account = template.account() == null ? null : "garbage";
                case 7 -> account = template.account() == null ? null : ACCOUNTS_WITHOUT_RIGHTS[random().nextInt(3)];
                case 8 -> account = template.account() == null ? null : "can-bo-cao-bang";
                case 9 -> {
                    if (path.contains("{id}")) {
                        pathId = randomId();
                    } else if (template.account() != null) {
                        json.put("unitCode", randomUnit());
                    } else {
                        json.put("api_key", randomText(16));
                    }
                }
                case 10 -> contentType = random().nextBoolean() ? "text/plain" : "application/xml";
                default -> {
                    byte[] bytes = new byte[random().nextInt(200) + 1];
                    random().nextBytes(bytes);
                    body = new String(bytes, StandardCharsets.ISO_8859_1);
                }
            }
            if (template.account() == null && (breaking == 6 || breaking == 7 || breaking == 8)) {
                json.remove(field); // Open311 has no bearer token: break the body instead
            }
        }
        if (body == null && json != null) {
            body = template.method().equals("FORM") ? form(json) : json.toString();
            if (template.method().equals("FORM") && breaking == 2) {
                body = form(json).replace("description=", "descr=");
            }
        }
        String resolved = path.replace("{id}", enc(pathId)).replace("{unit}", enc(unit)).replace("{key}", enc(key))
                .replace("{status}", random().nextBoolean() ? "" : enc(randomText(6)))
                .replace("{n}", String.valueOf(random().nextInt(2_000) - 1_000));
        String authorization = account == null ? null
                : account.equals("garbage") ? "Bearer " + randomAscii(random().nextInt(300) + 1) : token(account);
        String method = template.method().equals("FORM") ? "POST" : template.method();
        return new Mutation(method, resolved, authorization, contentType, body);
    }

    void noise(ObjectNode json) {
        int n = random().nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random().nextInt(4)) {
                case 0 -> json.put(randomText(8), randomText(30));
                case 1 -> json.put("note", randomText(random().nextInt(300)));
                case 2 -> json.put(randomText(5), random().nextLong());
                default -> json.putNull(randomText(4));
            }
        }
    }

    String truncated(String text) {
        return text.substring(0, random().nextInt(Math.max(1, text.length() - 1)));
    }

    String form(JsonNode json) {
        List<String> pairs = new ArrayList<>();
        json.properties().forEach(e -> pairs.add(enc(e.getKey()) + "=" + enc(e.getValue().isTextual()
                ? e.getValue().asText() : e.getValue().toString())));
        return String.join("&", pairs);
    }

    String randomId() {
        return switch (random().nextInt(4)) {
            case 0 -> "PA-26560-" + randomText(8);
            case 1 -> randomText(random().nextInt(80) + 1);
            case 2 -> "../" + randomText(5);
            default -> String.valueOf(random().nextLong());
        };
    }

    String randomUnit() {
        return switch (random().nextInt(4)) {
            case 0 -> String.valueOf(90_000 + random().nextInt(9_999));
            case 1 -> "26554"; // merged away on 1 July 2025
            case 2 -> randomText(random().nextInt(12) + 1);
            default -> "00004"; // Hà Nội: outside the Bà Rịa officer's scope
        };
    }

    String randomText(int length) {
        StringBuilder text = new StringBuilder();
        String alphabet = "abcXYZ0189-_.~ đĐăâêôơưẠỹ%/\\\"'<>{}[]\u0000\u202e😀";
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random().nextInt(alphabet.length())));
        }
        return text.toString();
    }

    String randomAscii(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random().nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String token(String account) {
        return tokens.computeIfAbsent(account, a -> SharedInfrastructure.get().identity().bearer(a));
    }
}
