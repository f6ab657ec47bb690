package vn.doanket.feedback.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.doanket.testing.TestPersonalData;

import vn.doanket.testing.http.TestHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.feedback.web.Http.ok;

/** Open311 GeoReport v2 requests become petitions through the same commands; form-encoded and JSON. */
class Open311ApiTest extends FeedbackIntegrationTest {

    static final String KEY = "open311-demo-key-ba-ria";

    /** A form-encoded request (the body is form text, sent as written). */
    TestHttp.Response form(String body) {
        return http().as(null).header("Content-Type", "application/x-www-form-urlencoded").post("/open311/v2/requests.json", body);
    }

    /** GeoReport v2's error shape: an array of {code, description}, the HTTP status unchanged. */
    static JsonNode assertOpen311Error(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.isArray()).as(response.body()).isTrue();
        assertThat(body).hasSize(1);
        JsonNode error = body.get(0);
        assertThat(error.get("code").asInt()).isEqualTo(status);
        assertThat(error.get("error_code").asText()).isEqualTo(code);
        assertThat(error.get("description").asText()).contains(" / ").doesNotContain("null");
        return error;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void servicesAreTheTopics() throws Exception {
        JsonNode services = ok(http().get(null, "/open311/v2/services.json"), 200);
        assertThat(services).hasSize(8);
        assertThat(services.get(0).get("service_code").asText()).isEqualTo("LAND");
        assertThat(services.get(0).get("service_name").asText()).isEqualTo("Đất đai");
    }

    @Test
    void aFormEncodedRequestBecomesAnOnlinePetitionOfTheJurisdictionWithTheCitizenAsPetitioner() throws Exception {
        long before = storedEvents();
        JsonNode created = ok(form("api_key=" + KEY + "&jurisdiction_id=26560&service_code=INFRASTRUCTURE"
                + "&description=" + enc("Ổ gà lớn trên đường Nguyễn Thanh Đằng") + "&lat=10.4963&long=107.1684"
                + "&address_string=" + enc("Đường Nguyễn Thanh Đằng") + "&first_name=" + enc("Hồng Nhung")
                + "&last_name=" + enc("Nguyễn Thị") + "&email=" + enc(TestPersonalData.EMAIL)
                + "&phone=" + TestPersonalData.PHONE_DIGITS), 201);
        String id = created.get(0).get("service_request_id").asText();
        assertThat(id).startsWith("PA-26560-");
        assertThat(storedEvents()).isEqualTo(before + 1);

        JsonNode petition = http().await("can-bo-ba-ria", "/api/petitions/" + id, v -> !v.get("petition").isNull());
        assertThat(petition.at("/petition/channel").asText()).isEqualTo("ONLINE");
        assertThat(petition.at("/petition/topic").asText()).isEqualTo("INFRASTRUCTURE");
        assertThat(petition.at("/petition/unitCode").asText()).isEqualTo("26560");
        assertThat(petition.at("/petition/anonymous").asBoolean()).isFalse();
        assertThat(petition.at("/petition/content").asText()).contains("10.4963, 107.1684");
        assertThat(petition.at("/petitioner/fullName").asText()).isEqualTo("Ẩn danh / Hidden");
        assertThat(petition.at("/petition/history/0/actorId").asText()).isEqualTo("open311:ung-dung-ba-ria");
        assertThat(jdbc.queryForObject("select full_name from petitioner where petition_id = ?", String.class, id))
                .isEqualTo(TestPersonalData.PETITIONER_NAME);

        JsonNode one = ok(http().get(null, "/open311/v2/requests/" + id + ".json?api_key=" + KEY), 200);
        assertThat(one.get(0).get("status").asText()).isEqualTo("open");
        assertThat(one.get(0).get("service_code").asText()).isEqualTo("INFRASTRUCTURE");
        // (the list is the unit's index, which the projection writes after the petition itself: awaited)
        JsonNode all = http().await(null, "/open311/v2/requests.json?api_key=" + KEY + "&status=open",
                v -> v.toString().contains(id));
        assertThat(all.toString()).contains(id);
        // an officer's petition is not the app's to read
        String officers = ok(http().post("can-bo-ba-ria", "/api/petitions", PetitionApiTest.intake("26560", true, false)), 201)
                .get("petitionId").asText();
        http().await("can-bo-ba-ria", "/api/petitions/" + officers, v -> !v.get("petition").isNull());
        assertOpen311Error(http().get(null, "/open311/v2/requests/" + officers + ".json?api_key=" + KEY), 404, "request-not-found");
    }

    @Test
    void aJsonRequestWithoutNameIsAnonymous() throws Exception {
        JsonNode created = ok(http().post(null, "/open311/v2/requests.json", Map.of("api_key", KEY, "service_code", "ENVIRONMENT",
                "description", "Khói bụi từ xưởng gỗ", "lat", 10.5, "long", 107.2)), 201);
        String id = created.get(0).get("service_request_id").asText();
        JsonNode petition = http().await("can-bo-ba-ria", "/api/petitions/" + id, v -> !v.get("petition").isNull());
        assertThat(petition.at("/petition/anonymous").asBoolean()).isTrue();
        assertThat(petition.get("petitioner").isNull()).isTrue();
    }

    @Test
    void badKeysAndBadRequestsStoreNothing() throws Exception {
        long before = storedEvents();
        assertOpen311Error(form("api_key=wrong&service_code=LAND&description=x"), 403, "forbidden");
        assertOpen311Error(form("service_code=LAND&description=x"), 403, "forbidden");
        assertOpen311Error(form("api_key=" + KEY + "&description=x"), 400, "missing-service-code");
        assertOpen311Error(form("api_key=" + KEY + "&service_code=LAND"), 400, "missing-description");
        assertOpen311Error(form("api_key=" + KEY + "&service_code=WEATHER&description=x"), 422, "unknown-topic");
        assertOpen311Error(form("api_key=" + KEY + "&service_code=LAND&description=x&lat=abc&long=1"), 400, "invalid-lat");
        assertOpen311Error(form("api_key=" + KEY + "&jurisdiction_id=01&service_code=LAND&description=x"), 404, "jurisdiction-not-found");
        assertOpen311Error(http().get(null, "/open311/v2/requests.json?api_key=nope"), 403, "forbidden");
        assertOpen311Error(http().get(null, "/open311/v2/requests.json?api_key=" + KEY + "&status=maybe"), 400, "invalid-status");
        // Spring MVC's own refusals take the same shape: a JSON body that is not JSON
        assertOpen311Error(http().post(null, "/open311/v2/requests.json", "{not json"), 400, "malformed-json");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
