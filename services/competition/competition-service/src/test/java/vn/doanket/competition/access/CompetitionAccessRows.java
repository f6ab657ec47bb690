package vn.doanket.competition.access;

import org.awaitility.Awaitility;
import vn.doanket.testing.http.TestHttp;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.doanket.competition.command.CertificateIds;
import vn.doanket.testing.access.AccessMatrixRows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import static vn.doanket.testing.access.AccessAccounts.readers;
import static vn.doanket.testing.access.AccessAccounts.recorders;
import static vn.doanket.testing.access.AccessAccounts.recordersAndCommittee;

/**
 * The competition service's rows of the stack's access matrix: every endpoint (its own, the certificates library's,
 * the operational ones) × every demo account. First creates through the API what the rows act on: a city contest
 * (organiser 79) with a nominee of Phường Bà Rịa, a withdrawn nominee, a round open for scoring, a judge
 * ({@code kiem-tra-hcm}) declared related to the nominee; a city movement with Phường Bà Rịa registered, reported and
 * evaluated; two commendations of Phường Bà Rịa (one revoked) and two gifts (one reversed). Every row then reads or is
 * refused after authorisation (404, 409, 422) or repeats an existing fact (the same declaration: nothing new), so
 * the matrix changes nothing.
 *
 * <p>Who reads a contest or movement: whoever covers its organiser or stands inside its territory (Phường Bà Rịa and
 * its areas read the city's contest), and the contest's judges; prizes before publication only the organiser's
 * recorders; a round's marks nobody before the lock (404 for every account).
 */
public class CompetitionAccessRows implements AccessMatrixRows {

    static final ObjectMapper JSON = TestHttp.JSON;
    static final String CITY = "can-bo-hcm";
    static final String WARD_OFFICER = "can-bo-ba-ria";
    /** Scopes inside or above Hồ Chí Minh City (79): they read the city's contests and movements. */
    static final Set<String> INSIDE_OR_ABOVE_79 = Set.of("VN", "79", "26560", "26560-KP01");

    @Override
    public String service() {
        return "competition";
    }

    static BiFunction<String, String, Integer> insideOrAbove79(int ok) {
        return (account, scope) -> account == null ? 401 : INSIDE_OR_ABOVE_79.contains(scope) ? ok : 404;
    }

    static BiFunction<String, String, Integer> signedIn(int status) {
        return (account, scope) -> account == null ? 401 : status;
    }

    @Override
    public List<Row> rows(Stack stack) throws Exception {
        String base = stack.url(service()).toString();
        String city = stack.bearer(CITY);
        String ward = stack.bearer(WARD_OFFICER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        String contest = "am-hoi-thi-" + suffix;
        String movement = "am-phong-trao-" + suffix;
        String commendation = "am-khen-" + suffix;
        String revoked = "am-khen-thu-hoi-" + suffix;
        String gift = "am-qua-" + suffix;
        String reversed = "am-qua-dao-" + suffix;
        String c = "/api/contests/" + contest;
        String m = "/api/movements/" + movement;

        // a city contest: a nominee of Phường Bà Rịa, another withdrawn, a round open, a judge related to the nominee
        post(base, city, "/api/contests", contestBody(contest, "79", 2), 201);
        post(base, ward, c + "/contestants", "{\"contestantId\":\"a\",\"nominatingUnit\":\"26560\",\"fullName\":\"Lê Thị Mẫu\"}", 201);
        post(base, ward, c + "/contestants", "{\"contestantId\":\"b\",\"nominatingUnit\":\"26560\",\"fullName\":\"Lê Văn Thử\"}", 201);
        post(base, ward, c + "/contestants/b/withdrawal", "{\"reason\":\"Chuyển công tác\"}", 200);
        post(base, city, c + "/rounds", roundBody("Thuyết trình"), 201);
        post(base, city, c + "/judges", "{\"judge\":\"kiem-tra-hcm\",\"judgeUnit\":\"79\"}", 201);
        post(base, city, c + "/conflicts", conflictBody(), 200);
        post(base, city, c + "/rounds/r1/opening", "", 200);
        // a city movement: Phường Bà Rịa registered, reported, evaluated
        post(base, city, "/api/movements", movementBody(movement, "79", year, "Phong trào"), 201);
        post(base, ward, m + "/registrations", "{\"unitCode\":\"26560\",\"pledge\":\"Không còn hộ nghèo\"}", 201);
        post(base, ward, m + "/units/26560/reports", reportBody(year, "12 hộ"), 201);
        post(base, city, m + "/units/26560/evaluations", evaluationBody(year, "GOOD"), 201);
        // commendations of Phường Bà Rịa (one revoked) and gifts (one reversed)
        post(base, ward, "/api/commendations", commendationBody(commendation, "45/QĐ-MTTQ", today), 201);
        post(base, ward, "/api/commendations", commendationBody(revoked, "46/QĐ-MTTQ", today), 201);
        post(base, ward, "/api/commendations/" + revoked + "/revocation", "{\"reason\":\"Trùng quyết định\"}", 200);
        post(base, ward, "/api/gifts", giftBody(gift, 450_000L, today), 201);
        post(base, ward, "/api/gifts", giftBody(reversed, 450_000L, today), 201);
        post(base, ward, "/api/gifts/" + reversed + "/reversal", "{\"reason\":\"Trùng danh sách\"}", 200);
        String certificate = CertificateIds.commendation(commendation);
        // the query tables have caught up
        get(base, city, c, j -> j.get("contestants").asInt() == 1 && "RUNNING".equals(j.at("/status/code").asText()));
        get(base, ward, m + "/units/26560", j -> j.get("evaluations").size() == 1);
        get(base, ward, "/api/commendations/" + revoked, j -> !j.get("revokedOn").isNull());
        get(base, ward, "/api/gifts/" + reversed, j -> !j.get("reversedOn").isNull());
        get(base, ward, "/api/certificates/" + certificate, j -> true);
        // (the rows read these too, each another aggregate than those awaited above: the movement's own row, the
        // commendation that stands and the gift that stands)
        get(base, city, m, j -> true);
        get(base, ward, "/api/commendations/" + commendation, j -> true);
        get(base, ward, "/api/gifts/" + gift, j -> true);

        BiFunction<String, String, Integer> unknown = (account, scope) -> account == null ? 401 : 404;
        List<Row> rows = new ArrayList<>();
        // ---- contests: creation and lists (an id already taken by other content: 409 after authorisation)
        rows.add(new Row("POST", "/api/contests", "/api/contests", contestBody(contest, "79", 3), recorders("79", 409)));
        rows.add(new Row("POST", "/api/contests", "/api/contests", contestBody(contest, "26560", 3),
                recorders("26560", 409)));
        for (String unit : List.of("VN", "79", "26560", "26560-KP01", "00004", "04")) {
            rows.add(new Row("GET", "/api/contests", "/api/contests?unit=" + unit, null, readers(unit, 200)));
            rows.add(new Row("GET", "/api/movements", "/api/movements?unit=" + unit, null, readers(unit, 200)));
            rows.add(new Row("GET", "/api/commendations", "/api/commendations?unit=" + unit, null, readers(unit, 200)));
            rows.add(new Row("GET", "/api/gifts", "/api/gifts?unit=" + unit + "&year=" + year, null, readers(unit, 200)));
            rows.add(new Row("GET", "/api/gifts/totals", "/api/gifts/totals?unit=" + unit + "&year=" + year, null,
                    readers(unit, 200)));
        }
        rows.add(new Row("GET", "/api/contests/{id}", c, null, insideOrAbove79(200)));
        rows.add(new Row("GET", "/api/contests/{id}", "/api/contests/khong-co", null, unknown));
        rows.add(new Row("GET", "/api/contests/{id}/contestants", c + "/contestants", null, insideOrAbove79(200)));
        // ---- nominations: closed once the round opened (409); the withdrawn one cannot be withdrawn again (409)
        rows.add(new Row("POST", "/api/contests/{id}/contestants", c + "/contestants",
                "{\"contestantId\":\"z\",\"nominatingUnit\":\"26560\",\"fullName\":\"Lê Văn Muộn\"}", recorders("26560", 409)));
        rows.add(new Row("POST", "/api/contests/{id}/contestants/{contestantId}/withdrawal", c + "/contestants/b/withdrawal",
                "{\"reason\":\"Lần nữa\"}", recorders("26560", 409)));
        // ---- rounds and judges: the organiser's recorders; ids taken by other content (409)
        rows.add(new Row("POST", "/api/contests/{id}/rounds", c + "/rounds", roundBody("Thi viết"), recorders("79", 409)));
        rows.add(new Row("POST", "/api/contests/{id}/judges", c + "/judges",
                "{\"judge\":\"kiem-tra-hcm\",\"judgeUnit\":\"26560\"}", recorders("79", 409)));
        // the same declaration again (nothing new): the organiser's recorders and the judge; 404 for anyone else
        rows.add(new Row("POST", "/api/contests/{id}/conflicts", c + "/conflicts", conflictBody(),
                (account, scope) -> account == null ? 401
                        : Set.of("can-bo-hcm", "quan-tri", "kiem-tra-hcm").contains(account) ? 200 : 404));
        rows.add(new Row("POST", "/api/contests/{id}/rounds/{roundId}/opening", c + "/rounds/r1/opening", "",
                recorders("79", 409)));
        // sheets: only appointed judges score (422 not-a-judge), and this judge is related to the nominee (422)
        rows.add(new Row("POST", "/api/contests/{id}/rounds/{roundId}/sheets", c + "/rounds/r1/sheets",
                "{\"contestantId\":\"a\",\"scores\":[{\"criterionId\":\"noi-dung\",\"points\":8}]}", signedIn(422)));
        rows.add(new Row("GET", "/api/contests/{id}/rounds/{roundId}/sheets/mine", c + "/rounds/r1/sheets/mine", null,
                (account, scope) -> account == null ? 401 : "kiem-tra-hcm".equals(account) ? 200 : 404));
        rows.add(new Row("POST", "/api/contests/{id}/rounds/{roundId}/closing", c + "/rounds/r1/closing", "",
                recorders("79", 422)));
        rows.add(new Row("POST", "/api/contests/{id}/rounds/{roundId}/locking", c + "/rounds/r1/locking", "",
                recorders("79", 409)));
        // sealed: the open round's marks are read by nobody, the national administrator included
        rows.add(new Row("GET", "/api/contests/{id}/rounds/{roundId}/results", c + "/rounds/r1/results", null,
                signedIn(404)));
        // ---- prizes and results
        rows.add(new Row("POST", "/api/contests/{id}/prizes/ranking", c + "/prizes/ranking", "{\"decisionRef\":\"1/QĐ\"}",
                recorders("79", 409)));
        rows.add(new Row("POST", "/api/contests/{id}/prizes", c + "/prizes", "{\"contestantId\":\"a\",\"tier\":\"FIRST\","
                + "\"decisionRef\":\"1/QĐ\",\"reason\":\"Thử\"}", recorders("79", 409)));
        rows.add(new Row("GET", "/api/contests/{id}/prizes", c + "/prizes", null,
                (account, scope) -> account == null ? 401 : Set.of("can-bo-hcm", "quan-tri").contains(account) ? 200 : 404));
        rows.add(new Row("POST", "/api/contests/{id}/results/locking", c + "/results/locking", "", recorders("79", 409)));
        rows.add(new Row("POST", "/api/contests/{id}/results/publication", c + "/results/publication", "",
                recorders("79", 409)));
        rows.add(new Row("POST", "/api/contests/{id}/corrections", c + "/corrections", "{\"correctionId\":\"d1\","
                + "\"contestantId\":\"a\",\"reason\":\"Thử\",\"decisionRef\":\"1/QĐ\"}", recorders("79", 409)));
        // ---- movements
        rows.add(new Row("POST", "/api/movements", "/api/movements", movementBody(movement, "79", year, "Khác"),
                recorders("79", 409)));
        rows.add(new Row("POST", "/api/movements", "/api/movements", movementBody(movement, "26560", year, "Khác"),
                recorders("26560", 409)));
        rows.add(new Row("GET", "/api/movements/{id}", m, null, insideOrAbove79(200)));
        rows.add(new Row("GET", "/api/movements/{id}", "/api/movements/khong-co", null, unknown));
        rows.add(new Row("POST", "/api/movements/{id}/registrations", m + "/registrations",
                "{\"unitCode\":\"26560\",\"pledge\":\"Cam kết khác\"}", recordersAndCommittee("26560", 409)));
        rows.add(new Row("GET", "/api/movements/{id}/units", m + "/units", null, insideOrAbove79(200)));
        rows.add(new Row("GET", "/api/movements/{id}/units/{unit}", m + "/units/26560", null, readers("26560", 200)));
        rows.add(new Row("POST", "/api/movements/{id}/units/{unit}/reports", m + "/units/26560/reports",
                reportBody(year, "13 hộ"), recordersAndCommittee("26560", 409)));
        rows.add(new Row("POST", "/api/movements/{id}/units/{unit}/evaluations", m + "/units/26560/evaluations",
                evaluationBody(year, "EXCELLENT"), recorders("79", 409)));
        // ---- commendations and gifts
        rows.add(new Row("POST", "/api/commendations", "/api/commendations", commendationBody(commendation, "47/QĐ-MTTQ", today),
                recorders("26560", 409)));
        rows.add(new Row("GET", "/api/commendations/{id}", "/api/commendations/" + commendation, null,
                readers("26560-KP01", 200)));
        rows.add(new Row("GET", "/api/commendations/{id}", "/api/commendations/khong-co", null, unknown));
        rows.add(new Row("POST", "/api/commendations/{id}/revocation", "/api/commendations/" + revoked + "/revocation",
                "{\"reason\":\"Lần nữa\"}", recorders("26560", 409)));
        rows.add(new Row("POST", "/api/gifts", "/api/gifts", giftBody(gift, 500_000L, today),
                recordersAndCommittee("26560-KP01", 409)));
        rows.add(new Row("GET", "/api/gifts/{id}", "/api/gifts/" + gift, null, readers("26560-KP01", 200)));
        rows.add(new Row("GET", "/api/gifts/{id}", "/api/gifts/khong-co", null, unknown));
        rows.add(new Row("POST", "/api/gifts/{id}/reversal", "/api/gifts/" + reversed + "/reversal",
                "{\"reason\":\"Lần nữa\"}", recordersAndCommittee("26560-KP01", 409)));
        rows.add(new Row("POST", "/api/gifts/{id}/correction", "/api/gifts/" + reversed + "/correction",
                "{\"reason\":\"Sửa\",\"replacement\":" + giftBody("am-qua-moi-" + suffix, 450_000L, today) + "}",
                recordersAndCommittee("26560-KP01", 409)));
        // ---- certificates (platform/certificates in this service), and the operational endpoints of every service
        rows.addAll(AccessMatrixRows.certificates(certificate, "26560"));
        rows.addAll(AccessMatrixRows.operational("/actuator/health/db"));
        return rows;
    }

    static String contestBody(String id, String organiser, int allowance) {
        return "{\"contestId\":\"" + id + "\",\"organiserUnit\":\"" + organiser + "\",\"title\":\"Hội thi Trưởng ban "
                + "giỏi\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-12-31\",\"nominationAllowance\":" + allowance
                + ",\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1},{\"tier\":\"CONSOLATION\",\"quota\":2}]}";
    }

    static String roundBody(String name) {
        return "{\"roundId\":\"r1\",\"name\":\"" + name + "\",\"criteria\":[{\"criterionId\":\"noi-dung\",\"name\":"
                + "\"Nội dung\",\"weight\":1,\"maxPoints\":10}]}";
    }

    static String conflictBody() {
        return "{\"judge\":\"kiem-tra-hcm\",\"contestantId\":\"a\",\"reason\":\"Quan hệ gia đình\"}";
    }

    static String movementBody(String id, String organiser, int year, String title) {
        return "{\"movementId\":\"" + id + "\",\"organiserUnit\":\"" + organiser + "\",\"kind\":\"MOVEMENT\",\"title\":\""
                + title + "\",\"startsOn\":\"" + year + "-01-01\",\"endsOn\":\"" + year + "-12-31\",\"criteria\":["
                + "{\"criterionId\":\"ho-thoat-ngheo\",\"name\":\"Số hộ thoát nghèo\"}]}";
    }

    static String reportBody(int year, String value) {
        return "{\"reportId\":\"q1\",\"periodFrom\":\"" + year + "-01-01\",\"periodTo\":\"" + year + "-03-31\","
                + "\"results\":[{\"criterionId\":\"ho-thoat-ngheo\",\"value\":\"" + value + "\"}]}";
    }

    static String evaluationBody(int year, String rating) {
        return "{\"evaluationId\":\"e1\",\"periodFrom\":\"" + year + "-01-01\",\"periodTo\":\"" + year + "-03-31\","
                + "\"rating\":\"" + rating + "\"}";
    }

    static String commendationBody(String id, String decision, LocalDate decidedOn) {
        return "{\"commendationId\":\"" + id + "\",\"issuingUnit\":\"26560\",\"kind\":\"GIAY_KHEN\",\"decisionNumber\":\""
                + decision + "\",\"decidedOn\":\"" + decidedOn + "\",\"recipientKind\":\"COLLECTIVE\",\"recipientName\":"
                + "\"Ban Công tác Mặt trận khu phố Phước Trung\",\"recipientUnit\":\"26560-KP01\",\"basis\":\"OTHER\","
                + "\"reason\":\"Thành tích xuất sắc\"}";
    }

    static String giftBody(String id, long amount, LocalDate givenOn) {
        return "{\"giftId\":\"" + id + "\",\"unitCode\":\"26560-KP01\",\"occasion\":\"TET\",\"recipientKind\":"
                + "\"PRESTIGIOUS_PERSON\",\"recipientName\":\"Người có uy tín\",\"amountVnd\":" + amount
                + ",\"fundingSource\":\"FOR_THE_POOR_FUND\",\"decisionRef\":\"12/QĐ-MTTQ\",\"givenOn\":\"" + givenOn + "\"}";
    }

    private static void post(String base, String bearer, String path, String json, int status) throws Exception {
        TestHttp.Response response = TestHttp.to(base).as(bearer).post(path, json);
        if (response.status() != status) {
            throw new IllegalStateException("POST " + path + ": " + response.status() + " " + response.body());
        }
    }

    /** Polls a GET until it answers 200 with a body the condition accepts (the query tables follow the events). */
    private static JsonNode get(String base, String bearer, String path, Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        Awaitility.await("GET " + path + " to be ready").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    TestHttp.Response response = TestHttp.to(base).as(bearer).get(path);
                    if (response.status() == 200 && condition.test(response.json())) {
                        seen.set(response.json());
                        return true;
                    }
                    return false;
                });
        return seen.get();
    }
}
