package vn.doanket.devstack;

import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import vn.doanket.testing.Endpoints;
import vn.doanket.testing.access.AccessAccounts;
import vn.doanket.testing.access.AccessMatrixRows;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTTP endpoint of every in-JVM service × every demo account (each role, at national,
 * provincial, commune and residential-area scope, plus no token) × targets in the caller's own
 * unit, a child, a sibling, another province and a merged-away unit. The endpoints come from the
 * running applications' mappings: an endpoint that is not in this matrix, or a controller method
 * without a declared rule, fails the test. Tokens are real tokens from the identity provider.
 * (The identity provider's own endpoints are covered by its module's tests.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Demo accounts, their scopes and the territory truth table: shared with every context's rows. */
    static final Map<String, String> SCOPE = AccessAccounts.SCOPE;
    static final Set<String> OFFICERS = AccessAccounts.OFFICERS;
    static final Set<String> ADMINISTRATORS = AccessAccounts.ADMINISTRATORS;

    static boolean covers(String scope, String unit) {
        return AccessAccounts.covers(scope, unit);
    }

    /** One row of the matrix: a request and the status each account must get. */
    record Row(String service, String method, String pattern, String path, String body,
               BiFunction<String, String, Integer> expected) {
    }

    Pipeline pipeline;
    ServiceApps.RunningService membership;
    ServiceApps.RunningService dashboard;
    ServiceApps.RunningService feedback;
    /** A withdrawn petition in 26560-KP01 (every transition on it is a 409) and an open one (a merge candidate). */
    String withdrawn;
    String open;

    @BeforeAll
    void start() {
        pipeline = Pipeline.start("matrix");
        membership = pipeline.membership();
        dashboard = pipeline.dashboard();
        feedback = pipeline.feedback();
        // the committee the committee rows act on (those elsewhere don't exist: 404 once authorised)
        HttpResponse<String> established;
        try {
            established = E2e.postJson(membership.url() + "/api/residential-areas/26560-KP01/committees",
                    "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":2,"
                            + "\"minimumSize\":5,\"decisionNumber\":\"12/QĐ-MTTQ\",\"establishedOn\":\"2024-10-01\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(established.statusCode()).as(established.body()).isEqualTo(201);
        try {
            open = receivePetition();
            withdrawn = receivePetition();
            HttpResponse<String> withdrawal = feedbackPost("/api/petitions/" + withdrawn + "/withdrawal",
                    "{\"reason\":\"Công dân rút ý kiến\"}");
            assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
            E2e.await("withdrawn petition in the query model", Duration.ofSeconds(30), E2e.probe(() ->
                    E2e.getAs("can-bo-ba-ria", feedback.url() + "/api/petitions/" + withdrawn).body().contains("\"WITHDRAWN\"")
                            && E2e.getAs("can-bo-ba-ria", feedback.url() + "/api/petitions/" + open).statusCode() == 200));
            // the committee rows read it from membership's query model (a 200 where it exists), filled asynchronously
            E2e.await("the committee in membership's query model", Duration.ofSeconds(30), E2e.probe(() ->
                    E2e.get(membership.url() + "/api/residential-areas/26560-KP01/committees/2024").statusCode() == 200));
            contextRows();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> feedbackPost(String path, String json) throws Exception {
        return E2e.HTTP.send(HttpRequest.newBuilder(URI.create(feedback.url() + path))
                .header("Content-Type", "application/json").header("Authorization", E2e.bearer("can-bo-ba-ria"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String receivePetition() throws Exception {
        HttpResponse<String> received = feedbackPost("/api/petitions", "{\"unitCode\":\"26560-KP01\",\"channel\":\"PHONE\","
                + "\"topic\":\"LAND\",\"subject\":\"Lối đi chung\",\"content\":\"Lấn chiếm lối đi\",\"anonymous\":true}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        return E2e.JSON.readTree(received.body()).get("petitionId").asText();
    }

    /** The rows every plugged context contributes ({@link AccessMatrixRows}, from its service's test-jar). */
    final List<Row> contextRows = new ArrayList<>();

    /** Collects the plugged contexts' rows (after the pipeline has started). */
    void contextRows() throws Exception {
        AccessMatrixRows.Stack stack = new AccessMatrixRows.Stack() {
            @Override
            public URI url(String service) {
                return URI.create(pipeline.service(service).url());
            }

            @Override
            public String bearer(String account) {
                return E2e.bearer(account);
            }
        };
        Set<String> covered = new TreeSet<>();
        for (AccessMatrixRows rows : java.util.ServiceLoader.load(AccessMatrixRows.class)) {
            covered.add(rows.service());
            rows.rows(stack).forEach(r -> contextRows.add(
                    new Row(rows.service(), r.method(), r.pattern(), r.path(), r.body(), r.expected())));
        }
        assertThat(covered).as("plugged contexts with rows in the access matrix")
                .containsAll(pipeline.contexts().keySet());
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        // membership: registering a residential area — officers and administrators, in their territory
        for (String commune : List.of("26560", "26506", "00004", "26554")) {
            rows.add(new Row("membership", "POST", "/api/residential-areas", "/api/residential-areas",
                    "{\"communeCode\":\"" + commune + "\",\"name\":\"Khu dân cư kiểm thử\",\"kind\":\"KHU_PHO\"}",
                    (account, scope) -> account == null ? 401
                            : !OFFICERS.contains(account) ? 403
                            : !covers(scope, commune) ? 404
                            // merged away on 1 July 2025: in scope through its lineage, refused with the reason
                            // (commune-closed, naming what it became); an area of that day needs its registeredOn
                            : commune.equals("26554") ? 422 : 201));
        }
        // membership: the work committee of an area — officers and administrators, in their territory. Requests are
        // well-formed but break a rule of the committee (422), so the matrix changes no state; a committee that
        // does not exist answers 404 once the caller is authorised.
        String committees = "/api/residential-areas/{areaCode}/committees";
        for (String area : List.of("26560-KP01", "26506-KP01", "00004-TDP01")) {
            String base = "/api/residential-areas/" + area + "/committees";
            rows.add(committeeRow("POST " + committees, base, "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2031-09-30\","
                    + "\"plannedDeputies\":2,\"minimumSize\":5,\"decisionNumber\":\"1/QĐ\",\"establishedOn\":\"2024-10-01\"}",
                    area, 422 /* a six-year term, for every area */));
            rows.add(committeeRow("POST " + committees + "/{termYear}/members", base + "/2024/members",
                    "{\"personId\":\"p-1\",\"position\":\"MEMBER\",\"representing\":\"WOMENS_UNION\","
                            + "\"appointedOn\":\"2031-01-01\",\"decisionNumber\":\"2/QĐ\"}", area, existing(area)));
            rows.add(committeeRow("POST " + committees + "/{termYear}/members/{personId}/position-changes",
                    base + "/2024/members/p-1/position-changes",
                    "{\"from\":\"DEPUTY\",\"to\":\"HEAD\",\"changedOn\":\"2025-01-01\",\"decisionNumber\":\"3/QĐ\"}",
                    area, existing(area)));
            rows.add(committeeRow("POST " + committees + "/{termYear}/members/{personId}/dismissals",
                    base + "/2024/members/p-1/dismissals",
                    "{\"position\":\"MEMBER\",\"dismissedOn\":\"2025-01-01\",\"reason\":\"Lý do\",\"decisionNumber\":\"4/QĐ\"}",
                    area, existing(area)));
            rows.add(committeeRow("POST " + committees + "/{termYear}/consolidations", base + "/2024/consolidations",
                    "{\"consolidatedOn\":\"2031-01-01\",\"decisionNumber\":\"5/QĐ\"}", area, existing(area)));
            rows.add(committeeRow("POST " + committees + "/{termYear}/dissolution", base + "/2024/dissolution",
                    "{\"dissolvedOn\":\"2020-01-01\",\"reason\":\"Lý do\"}", area, existing(area)));
        }
        // membership: renames, merges and splits of residential areas — officers and administrators, in their territory.
        // The areas named don't exist (404 once authorised) or the body breaks a rule checked after authorisation, so
        // the matrix changes no state.
        for (String commune : List.of("26560", "26506", "00004", "26554")) {
            String area = commune + "-ZZ01";
            rows.add(officerRow("POST /api/residential-areas/{areaCode}/renames", "/api/residential-areas/" + area + "/renames",
                    "{\"name\":\"Khu phố Mới\",\"renamedOn\":\"2026-01-01\",\"decisionNumber\":\"1/QĐ\"}", commune, 404));
            rows.add(officerRow("POST /api/residential-areas/{areaCode}/splits", "/api/residential-areas/" + area + "/splits",
                    "{\"parts\":[{\"name\":\"Khu 1\",\"kind\":\"THON\"},{\"name\":\"Khu 2\",\"kind\":\"THON\"}],"
                            + "\"splitOn\":\"2026-01-01\",\"decisionNumber\":\"2/QĐ\"}", commune, 404));
            // neither a receiving area nor a new one: 400, once authorised
            rows.add(officerRow("POST /api/residential-areas/merges", "/api/residential-areas/merges",
                    "{\"communeCode\":\"" + commune + "\",\"mergedAreaCodes\":[\"" + area + "\"],"
                            + "\"mergedOn\":\"2026-01-01\",\"decisionNumber\":\"3/QĐ\"}", commune, 400));
            // people: a birth year that makes the person a child (400 once authorised); no such person to update (404)
            rows.add(officerRow("POST /api/units/{unitCode}/people", "/api/units/" + commune + "/people",
                    "{\"personId\":\"p-matrix\",\"fullName\":\"Lê Văn Kiểm\",\"gender\":\"MALE\",\"birthYear\":2020,"
                            + "\"ethnicity\":\"Kinh\",\"partyMember\":false}", commune, 400));
            rows.add(officerRow("PUT /api/units/{unitCode}/people/{personId}", "/api/units/" + commune + "/people/p-matrix",
                    "{\"fullName\":\"Lê Văn Kiểm\",\"gender\":\"MALE\",\"birthYear\":1970,"
                            + "\"ethnicity\":\"Kinh\",\"partyMember\":false}", commune, 404));
            // prestigious persons: a period that ends before it starts (422); no recognition to end (404)
            rows.add(officerRow("POST /api/units/{unitCode}/prestigious-persons", "/api/units/" + commune + "/prestigious-persons",
                    "{\"personId\":\"p-matrix\",\"recognisedFrom\":\"2026-01-01\",\"recognisedUntil\":\"2025-01-01\","
                            + "\"decisionNumber\":\"4/QĐ\"}", commune, 422));
            rows.add(officerRow("POST /api/units/{unitCode}/prestigious-persons/{personId}/endings",
                    "/api/units/" + commune + "/prestigious-persons/p-matrix/endings",
                    "{\"endedOn\":\"2026-01-01\",\"reason\":\"Lý do\",\"decisionNumber\":\"5/QĐ\"}", commune, 404));
        }
        // membership: roster imports of a commune — officers and administrators, in their territory; without a file (400)
        // or for a job that does not exist (404), once authorised
        for (String commune : List.of("26560", "26506", "00004", "26554")) {
            rows.add(officerRow("POST /api/units/{communeCode}/roster-imports", "/api/units/" + commune + "/roster-imports",
                    null, commune, 400));
            rows.add(officerRow("GET /api/units/{communeCode}/roster-imports/{jobId}",
                    "/api/units/" + commune + "/roster-imports/no-such-job", null, commune, 404));
        }
        // membership: queries — every role, in its territory (a committee covers only its own area)
        for (String area : List.of("26560-KP01", "26506-KP01", "00004-TDP01")) {
            rows.add(new Row("membership", "GET", "/api/residential-areas/{areaCode}/committees/{termYear}",
                    "/api/residential-areas/" + area + "/committees/2024", null,
                    (account, scope) -> account == null ? 401 : covers(scope, area) && area.equals("26560-KP01") ? 200 : 404));
        }
        for (String unit : List.of("26560", "00004", "26554")) {
            rows.add(new Row("membership", "GET", "/api/units/{communeCode}/committees", "/api/units/" + unit + "/committees",
                    null, (account, scope) -> account == null ? 401 : covers(scope, unit) && !unit.equals("26554") ? 200 : 404));
        }
        for (String unit : List.of("26560", "79", "01", "26554")) {
            rows.add(new Row("membership", "GET", "/api/units/{unitCode}/people", "/api/units/" + unit + "/people?q=nguyen",
                    null, (account, scope) -> account == null ? 401 : covers(scope, unit) && !unit.equals("26554") ? 200 : 404));
        }
        // membership: reorganisation decisions of official units — national administrators only; this one contradicts the
        // snapshot (Phường Phước Nguyên existed until 1 July 2025), so it is refused with 422 and nothing is stored
        rows.add(new Row("membership", "POST", "/api/reorganisation-decisions", "/api/reorganisation-decisions",
                "{\"decisionNumber\":\"9/NQ-MATRIX\",\"kind\":\"MERGER\",\"effectiveDate\":\"2020-01-01\","
                        + "\"predecessors\":[{\"code\":\"26554\",\"name\":\"Phường Phước Nguyên\",\"level\":\"COMMUNE\","
                        + "\"type\":\"Phường\",\"parentCode\":\"748\",\"origin\":\"ON_MAP\"}],"
                        + "\"successors\":[{\"code\":\"26560\",\"name\":\"Phường Phước Trung\",\"level\":\"COMMUNE\","
                        + "\"type\":\"Phường\",\"parentCode\":\"748\",\"origin\":\"ON_MAP\"}]}",
                (account, scope) -> account == null ? 401 : ADMINISTRATORS.contains(account) ? 422 : 403));
        // membership: bilingual reference data — every signed-in caller
        for (String catalogue : List.of("member-organisations", "positions", "residential-area-kinds")) {
            rows.add(new Row("membership", "GET", "/api/reference/" + catalogue, "/api/reference/" + catalogue, null,
                    (account, scope) -> account == null ? 401 : 200));
        }
        // dashboard: figures of a unit — every role, in its territory; old-map units are not on today's map
        for (String unit : List.of("VN", "79", "26560", "26506", "01", "00004", "04", "77", "26560-KP01")) {
            rows.add(new Row("dashboard", "GET", "/api/units/{code}/figures", "/api/units/" + unit + "/figures", null,
                    (account, scope) -> account == null ? 401
                            : covers(scope, unit) && !unit.equals("77") && !unit.equals("26560-KP01") ? 200 : 404));
        }
        rows.add(new Row("dashboard", "GET", "/api/me", "/api/me", null, (account, scope) -> account == null ? 401 : 200));
        rows.add(new Row("dashboard", "GET", "/api/labels", "/api/labels", null, (account, scope) -> account == null ? 401 : 200));
        // dashboard: as of a past day, on the map of that day — the former province 77 (merged into 79) and its ward 26554
        // are covered by 79 through the lineage, never by Hà Nội; a malformed date is a 400 for every signed-in caller
        for (String unit : List.of("77", "26554", "01", "79")) {
            for (String endpoint : List.of("figures", "children")) {
                rows.add(new Row("dashboard", "GET", "/api/units/{code}/" + endpoint,
                        "/api/units/" + unit + "/" + endpoint + "?asOf=2024-06-01", null,
                        (account, scope) -> account == null ? 401
                                : "VN".equals(scope) || ("79".equals(scope) && !unit.equals("01"))
                                  || ("26560".equals(scope) && unit.equals("26554"))
                                  || ("01".equals(scope) && unit.equals("01")) ? 200 : 404));
            }
        }
        rows.add(new Row("dashboard", "GET", "/api/units/{code}/figures", "/api/units/79/figures?asOf=2024-13-45", null,
                (account, scope) -> account == null ? 401 : 400));
        // dashboard: sub-unit table, its exports, trends and the live stream — today's map, in the caller's territory
        for (String unit : List.of("VN", "79", "26560", "01", "04", "77")) {
            for (String endpoint : List.of("children", "children.csv", "children.xlsx", "trends", "trends.csv",
                    "trends.xlsx", "stream")) {
                String query = endpoint.equals("stream") ? "?maxSeconds=1" : endpoint.startsWith("trends") ? "?period=quarter" : "";
                rows.add(new Row("dashboard", "GET", "/api/units/{code}/" + endpoint,
                        "/api/units/" + unit + "/" + endpoint + query, null,
                        (account, scope) -> account == null ? 401 : covers(scope, unit) && !unit.equals("77") ? 200 : 404));
            }
        }
        // dashboard: the server-rendered pages — every role; "/" sends each caller to their own unit's page (302), a unit's
        // page is HTML in the territory and the one 404 page outside it or for a unit not on the map of the day (as of a
        // past day like the JSON above), a malformed date a 400 page; without a token 401 (browsers go to the login)
        rows.add(new Row("dashboard", "GET", "/", "/", null, (account, scope) -> account == null ? 401 : 302));
        for (String unit : List.of("VN", "79", "26560", "26506", "01", "00004", "04", "77", "26560-KP01")) {
            rows.add(new Row("dashboard", "GET", "/units/{code}", "/units/" + unit, null,
                    (account, scope) -> account == null ? 401
                            : covers(scope, unit) && !unit.equals("77") && !unit.equals("26560-KP01") ? 200 : 404));
        }
        for (String unit : List.of("77", "26554", "01", "79")) {
            rows.add(new Row("dashboard", "GET", "/units/{code}", "/units/" + unit + "?asOf=2024-06-01", null,
                    (account, scope) -> account == null ? 401
                            : "VN".equals(scope) || ("79".equals(scope) && !unit.equals("01"))
                              || ("26560".equals(scope) && unit.equals("26554"))
                              || ("01".equals(scope) && unit.equals("01")) ? 200 : 404));
        }
        rows.add(new Row("dashboard", "GET", "/units/{code}", "/units/79?asOf=2024-13-45", null,
                (account, scope) -> account == null ? 401 : 400));
        // dashboard: rebuilding the read models — administrators only; the matrix sends no confirmation (422), so no
        // rebuild starts
        rows.add(new Row("dashboard", "POST", "/api/admin/rebuild", "/api/admin/rebuild", "{}", adminOnly(422)));
        rows.add(new Row("dashboard", "GET", "/api/admin/rebuild", "/api/admin/rebuild", null, adminOnly()));
        // dashboard: the administrators' checks of the read models (the consistency of 79 and below; the dead letters)
        rows.add(new Row("dashboard", "GET", "/api/admin/consistency", "/api/admin/consistency?unit=79", null, adminOnly()));
        rows.add(new Row("dashboard", "GET", "/api/admin/dead-letters", "/api/admin/dead-letters?limit=5", null, adminOnly()));
        rows.add(new Row("dashboard", "GET", "/api/units/{code}/trends", "/api/units/79/trends?period=week", null,
                (account, scope) -> account == null ? 401 : covers(scope, "79") ? 400 : 404));
        feedbackRows(rows);
        rows.addAll(contextRows);
        // operational endpoints of the services (those of the plugged contexts are in their rows)
        for (String service : List.of("membership", "dashboard", "feedback")) {
            AccessMatrixRows.operational(service.equals("dashboard") ? "/actuator/health/mongo" : "/actuator/health/db")
                    .forEach(r -> rows.add(new Row(service, r.method(), r.pattern(), r.path(), r.body(), r.expected())));
        }
        return rows;
    }

    /** Feedback: who may do what with petitions (ADMINISTRATOR only files conference opinions and reads reference data). */
    static final Set<String> FEEDBACK_INTAKE = Set.of("can-bo-hcm", "can-bo-cao-bang", "can-bo-ba-ria", "xu-ly-don-ba-ria",
            "ban-cong-tac-kp-phuoc-trung");
    static final Set<String> FEEDBACK_HANDLERS = Set.of("can-bo-hcm", "can-bo-cao-bang", "can-bo-ba-ria", "xu-ly-don-ba-ria");
    static final Set<String> FEEDBACK_CONFERENCE = Set.of("can-bo-hcm", "can-bo-cao-bang", "can-bo-ba-ria", "xu-ly-don-ba-ria",
            "quan-tri");

    /**
     * Feedback rows. Requests are well-formed but refused after authorisation — an unknown topic (422), a transition
     * the withdrawn petition does not allow (409), a petitioner identity that is not on file (404), a bad Open311
     * key (403) — so the matrix changes no state.
     */
    void feedbackRows(List<Row> rows) {
        for (String unit : List.of("26560", "26506", "00004", "26554", "26560-KP01")) {
            String body = "{\"unitCode\":\"" + unit + "\",\"channel\":\"PHONE\",\"topic\":\"WEATHER\",\"subject\":\"Tiêu đề\","
                    + "\"content\":\"Nội dung\",\"anonymous\":true}";
            // a closed unit (26554) in scope through its lineage: refused with the reason (unit-closed), like the unknown topic
            rows.add(new Row("feedback", "POST", "/api/petitions", "/api/petitions", body,
                    (account, scope) -> account == null ? 401 : !FEEDBACK_INTAKE.contains(account) ? 403
                            : !covers(scope, unit) ? 404 : 422));
            rows.add(feedbackRow("POST", "/api/conference-opinions/petitions", "/api/conference-opinions/petitions",
                    body.replace("\"channel\":\"PHONE\",", "\"conference\":{\"conferenceId\":\"HN-1\",\"heldOn\":\"2026-01-05\"},"),
                    FEEDBACK_CONFERENCE, unit, 422));
        }
        String area = "26560-KP01";
        String base = "/api/petitions/" + withdrawn;
        Map<String, String> transitions = new LinkedHashMap<>();
        transitions.put("classification", "{\"topic\":\"LAND\"}");
        transitions.put("forwarding", "{\"bodyId\":\"26560:PEOPLES_COMMITTEE\"}");
        transitions.put("answer", "{\"summary\":\"Trả lời\"}");
        transitions.put("communication", "{\"method\":\"LETTER\"}");
        transitions.put("closure", "{\"satisfied\":true}");
        transitions.put("reopening", "{\"reason\":\"Lý do\"}");
        transitions.put("merge", "{\"duplicateIds\":[\"" + open + "\"],\"reason\":\"Trùng\"}");
        transitions.put("split", "{\"reason\":\"Tách\",\"parts\":[{\"subject\":\"A\",\"content\":\"a\"},"
                + "{\"subject\":\"B\",\"content\":\"b\"}]}");
        transitions.forEach((name, body) -> rows.add(feedbackRow("POST", "/api/petitions/{id}/" + name, base + "/" + name,
                body, FEEDBACK_HANDLERS, area, 409)));
        rows.add(feedbackRow("POST", "/api/petitions/{id}/withdrawal", base + "/withdrawal", "{\"reason\":\"Lý do\"}",
                FEEDBACK_INTAKE, area, 409));
        Set<String> readers = new java.util.HashSet<>(SCOPE.keySet());
        readers.remove(null);
        readers.remove("quan-tri");
        rows.add(feedbackRow("GET", "/api/petitions/{id}", base, null, readers, area, 200));
        rows.add(feedbackRow("DELETE", "/api/petitions/{id}/petitioner", base + "/petitioner", null,
                Set.of("xu-ly-don-ba-ria"), area, 404));
        for (String unit : List.of("26560", "79", "01", "26560-KP01", "26554")) {
            rows.add(feedbackRow("GET", "/api/petitions", "/api/petitions?unit=" + unit + "&size=5", null, readers, unit, 200));
        }
        Set<String> everyone = new java.util.HashSet<>(SCOPE.keySet());
        everyone.remove(null);
        for (String unit : List.of("26560", "79", "00004")) {
            rows.add(feedbackRow("GET", "/api/units/{unit}/responsible-bodies", "/api/units/" + unit + "/responsible-bodies",
                    null, everyone, unit, 200));
        }
        rows.add(new Row("feedback", "GET", "/api/feedback/taxonomy", "/api/feedback/taxonomy", null,
                (account, scope) -> account == null ? 401 : 200));
        // Open311 GeoReport v2: outside the bearer-token chain; the service list is public, requests need an api_key
        rows.add(new Row("feedback", "GET", "/open311/v2/services.json", "/open311/v2/services.json", null, (a, s) -> 200));
        rows.add(new Row("feedback", "POST", "/open311/v2/requests.json", "/open311/v2/requests.json",
                "{\"api_key\":\"wrong\",\"service_code\":\"LAND\",\"description\":\"Mô tả\"}", (a, s) -> 403));
        rows.add(new Row("feedback", "GET", "/open311/v2/requests.json", "/open311/v2/requests.json?api_key=wrong", null,
                (a, s) -> 403));
        rows.add(new Row("feedback", "GET", "/open311/v2/requests/{id}.json",
                "/open311/v2/requests/" + withdrawn + ".json?api_key=wrong", null, (a, s) -> 403));
        // audit trail and quarterly synthesis (vn.doanket.feedback.audit / .report; rows from their module's
        // src/test/resources/audit/access-matrix-rows.java.txt)
        Set<String> timelineRoles = Set.of("trung-uong", "lanh-dao-hcm", "lanh-dao-ha-noi", "lanh-dao-ba-ria", "can-bo-hcm",
                "can-bo-cao-bang", "can-bo-ba-ria", "xu-ly-don-ba-ria", "kiem-tra-hcm");          // LEADER, OFFICER, PETITION_HANDLER, AUDITOR
        Set<String> verifyRoles = Set.of("trung-uong", "lanh-dao-hcm", "lanh-dao-ha-noi", "lanh-dao-ba-ria", "kiem-tra-hcm",
                "quan-tri");                                                                      // LEADER, AUDITOR, ADMINISTRATOR
        Set<String> synthesisRoles = Set.of("trung-uong", "lanh-dao-hcm", "lanh-dao-ha-noi", "lanh-dao-ba-ria", "can-bo-hcm",
                "can-bo-cao-bang", "can-bo-ba-ria", "xu-ly-don-ba-ria", "kiem-tra-hcm",
                "ban-cong-tac-kp-phuoc-trung");                                                   // + COMMITTEE; not ADMINISTRATOR
        String unknown = "/api/petitions/PA-26560-XXXXXXXX";
        rows.add(new Row("feedback", "GET", "/api/petitions/{id}/timeline", unknown + "/timeline", null,
                (account, scope) -> account == null ? 401 : timelineRoles.contains(account) ? 404 : 403));
        rows.add(new Row("feedback", "GET", "/api/petitions/{id}/verify", unknown + "/verify", null,
                (account, scope) -> account == null ? 401 : verifyRoles.contains(account) ? 404 : 403));
        for (String unit : List.of("VN", "79", "26560", "01", "26560-KP01")) {
            rows.add(new Row("feedback", "GET", "/api/units/{unit}/petitions/verify", "/api/units/" + unit + "/petitions/verify",
                    null, (account, scope) -> account == null ? 401 : !verifyRoles.contains(account) ? 403
                            : covers(scope, unit) ? 200 : 404));
            rows.add(new Row("feedback", "GET", "/api/units/{unit}/petitions/synthesis",
                    "/api/units/" + unit + "/petitions/synthesis?year=2026&quarter=1", null,
                    (account, scope) -> account == null ? 401 : !synthesisRoles.contains(account) ? 403
                            : covers(scope, unit) ? 200 : 404));
        }
        // the deadline preview: every petition reader, whatever the scope (a calendar, no unit)
        rows.add(new Row("feedback", "GET", "/api/deadlines/preview", "/api/deadlines/preview?from=2023-01-17&workingDays=10", null,
                (account, scope) -> account == null ? 401 : ADMINISTRATORS.contains(account) ? 403 : 200));
        rows.add(new Row("feedback", "POST", "/api/audit/checkpoints", "/api/audit/checkpoints", "",
                (account, scope) -> account == null ? 401 : !Set.of("kiem-tra-hcm", "quan-tri").contains(account) ? 403
                        : "VN".equals(scope) ? 201 : 404));
    }

    /** Accounts in {@code allowed} whose scope covers {@code unit} get {@code authorised}; 26554 is not on today's map. */
    static Row feedbackRow(String method, String pattern, String path, String body, Set<String> allowed, String unit,
                           int authorised) {
        return new Row("feedback", method, pattern, path, body,
                (account, scope) -> account == null ? 401
                        : !allowed.contains(account) ? 403
                        : !covers(scope, unit) || unit.equals("26554") ? 404
                        : authorised);
    }

    /** 422 where the committee exists (the request breaks one of its rules), 404 where it does not. */
    static int existing(String area) {
        return area.equals("26560-KP01") ? 422 : 404;
    }

    static Row committeeRow(String endpoint, String path, String body, String area, int authorised) {
        String[] parts = endpoint.split(" ", 2);
        return new Row("membership", parts[0], parts[1], path, body,
                (account, scope) -> account == null ? 401
                        : !OFFICERS.contains(account) ? 403
                        : !covers(scope, area) ? 404
                        : authorised);
    }

    /** Officers and administrators whose scope covers {@code unit}; {@code authorised} once they are let in. */
    static Row officerRow(String endpoint, String path, String body, String unit, int authorised) {
        String[] parts = endpoint.split(" ", 2);
        return new Row("membership", parts[0], parts[1], path, body,
                (account, scope) -> account == null ? 401
                        : !OFFICERS.contains(account) ? 403
                        // 26554 merged away on 1 July 2025: not a unit of today's map, for anyone
                        : !covers(scope, unit) || unit.equals("26554") ? 404
                        : authorised);
    }

    static BiFunction<String, String, Integer> adminOnly() {
        return adminOnly(200);
    }

    static BiFunction<String, String, Integer> adminOnly(int authorised) {
        return (account, scope) -> account == null ? 401 : ADMINISTRATORS.contains(account) ? authorised : 403;
    }

    /** Mappings every service has that are not endpoints of its own: the error page (reached by forwarding). */
    static final Set<String> FRAMEWORK = Set.of("/error");

    @Test
    void everyEndpointIsInTheMatrixAndEveryControllerMethodDeclaresItsRule() {
        Map<String, ServiceApps.RunningService> services = pipeline.services();
        Set<String> inMatrix = new TreeSet<>();
        for (Row row : matrix()) {
            inMatrix.add(row.service() + " " + row.method() + " " + row.pattern());
        }
        Set<String> missing = new TreeSet<>();
        Set<String> undeclared = new TreeSet<>();
        services.forEach((name, service) -> endpoints(service.context()).forEach((key, handler) -> {
            String endpoint = name + " " + key;
            if (FRAMEWORK.stream().noneMatch(key::endsWith) && !inMatrix.contains(endpoint)) {
                missing.add(endpoint);
            }
            Class<?> type = handler.getBeanType();
            if (type.getPackageName().startsWith("vn.doanket") && FRAMEWORK.stream().noneMatch(key::endsWith)
                    && !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    && !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PermitAll.class)
                    && !AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)) {
                undeclared.add(endpoint + " (" + type.getSimpleName() + "." + handler.getMethod().getName() + ")");
            }
        }));
        assertThat(missing).as("endpoints without a row in the access matrix").isEmpty();
        assertThat(undeclared).as("controller methods without a declared access rule").isEmpty();
        assertThat(inMatrix).as("matrix rows whose endpoint no longer exists")
                .allMatch(row -> {
                    String[] parts = row.split(" ", 2);
                    return endpoints(services.get(parts[0]).context()).containsKey(parts[1]);
                });
    }

    @Test
    void everyAccountGetsExactlyTheExpectedAnswerFromEveryEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : matrix()) {
            String base = pipeline.service(row.service()).url();
            for (Map.Entry<String, String> account : SCOPE.entrySet()) {
                int expected = row.expected().apply(account.getKey(), account.getValue());
                HttpResponse<String> response = send(base, row, account.getKey());
                checked++;
                if (response.statusCode() != expected) {
                    wrong.add(row.method() + " " + row.service() + row.path() + " as " + account.getKey()
                            + ": expected " + expected + ", got " + response.statusCode() + " " + abbreviate(response.body()));
                } else if (expected >= 400 && row.path().startsWith("/api")) {
                    assertThat(response.headers().firstValue("Content-Type")).as(row.path() + " as " + account.getKey())
                            .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
                }
            }
        }
        assertThat(wrong).as("answers that differ from the matrix (" + checked + " checked)").isEmpty();
        assertThat(checked).isGreaterThan(250);
    }

    private static HttpResponse<String> send(String base, Row row, String account) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + row.path())).timeout(Duration.ofSeconds(30));
        if (account != null) {
            request.header("Authorization", E2e.bearer(account));
        }
        if (row.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8));
        } else {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        }
        return E2e.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Map<String, HandlerMethod> endpoints(ApplicationContext context) {
        return Endpoints.of(context);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
