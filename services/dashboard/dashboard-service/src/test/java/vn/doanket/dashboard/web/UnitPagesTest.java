package vn.doanket.dashboard.web;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doanket.dashboard.query.FeedbackProjectorTest;
import vn.doanket.dashboard.query.FigureQueries;
import vn.doanket.dashboard.query.MembershipProjectorTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;
import vn.doanket.dashboard.rebuild.RebuildTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The dashboard's server-rendered pages on the real stack (broker, MongoDB stand-in, identity
 * provider tokens): the figures built from events published to the topics are on the page, the
 * sub-units are links, the way up stops at the caller's own unit, Vietnamese by default and English
 * on request, out-of-scope units and bad dates are HTML error pages in both languages, and
 * state-changing requests on a browser session need the CSRF token while bearer requests don't.
 */
@SpringBootTest(properties = "spring.config.name=dashboard")
@LocalInfrastructure
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPagesTest {

    static final String PREFIX = InfrastructureProperties.uniqueName("pages");
    static final String MEMBERSHIP_TOPIC = PREFIX + ".doanket.membership.events";
    static final String FEEDBACK_TOPIC = PREFIX + ".doanket.feedback.events";

    @DynamicPropertySource
    static void topics(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.bindings.membershipEvents-in-0.destination", () -> MEMBERSHIP_TOPIC);
        registry.add("spring.cloud.stream.bindings.feedbackEvents-in-0.destination", () -> FEEDBACK_TOPIC);
        registry.add("spring.cloud.stream.bindings.membershipEvents-in-0.group", () -> PREFIX);
        registry.add("spring.cloud.stream.bindings.feedbackEvents-in-0.group", () -> PREFIX);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    FigureQueries queries;
    @Autowired
    Territory territory;

    @BeforeAll
    void publishHistory() throws Exception {
        RebuildTest.publish(MEMBERSHIP_TOPIC, MembershipProjectorTest.history());
        RebuildTest.publish(FEEDBACK_TOPIC, FeedbackProjectorTest.history());
        // 4 areas in Hồ Chí Minh City (two in Phường Bà Rịa, one in Phường Vũng Tàu, one recorded under a ward merged
        // into Phường Bà Rịa) and 4 petitions counted in the city (a fifth was merged into another)
        await("the city's figures from the topics").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(queries.totals("79", null))
                        .containsEntry("residentialAreas", 4L).containsEntry("petitionsReceived", 4L));
        // the consumers apply the records while they are published, partitions in no order between them: the city's
        // two counts can read 4 before the last events (answers, the merge of the fifth petition, ...) are applied.
        // The tests read every figure of the history, so wait until both topics are consumed to their end
        await("every record of both topics applied").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> TopicRecords.caughtUp(SharedInfrastructure.get().kafka().bootstrapServers(), PREFIX, MEMBERSHIP_TOPIC)
                        && TopicRecords.caughtUp(SharedInfrastructure.get().kafka().bootstrapServers(), PREFIX, FEEDBACK_TOPIC));
    }

    @Test
    void theProvincePageShowsItsFiguresAndLinksToItsSubUnits() throws Exception {
        Document page = page(get("/units/79"), "lanh-dao-hcm", 200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.getElementById("name").text()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(page.getElementById("total").text()).isEqualTo("4");
        assertThat(page.getElementById("fig-petitionsReceived").text()).isEqualTo("4");
        assertThat(page.getElementById("cards").attr("aria-live")).isEqualTo("polite");
        assertThat(page.getElementById("who").text()).isEqualTo("Lãnh đạo TP. Hồ Chí Minh — Thành phố Hồ Chí Minh");
        // derived figures and breakdowns, with labels instead of codes
        // days to answer 10 and 30: median 10, 90th percentile 30 (nearest rank)
        assertThat(page.getElementById("fig-medianDaysToAnswer").text()).isEqualTo("10");
        assertThat(page.getElementById("fig-p90DaysToAnswer").text()).isEqualTo("30");
        assertThat(page.getElementById("breakdown").text()).contains("Đất đai", "Môi trường").doesNotContain("LAND");
        // the home unit: no way further up
        assertThat(page.getElementById("up")).isNull();
        assertThat(page.select("#breadcrumb ol a")).isEmpty();

        // one link per sub-unit of today's map, to its page: drill-down without JavaScript
        List<String> children = territory.children("79", territory.today()).stream().map(AdministrativeUnit::code).toList();
        List<Element> links = page.select("#children tr th[scope=row] a");
        assertThat(links).extracting(a -> a.attr("data-code")).containsExactlyInAnyOrderElementsOf(children);
        assertThat(links).allMatch(a -> a.attr("href").equals("/units/" + a.attr("data-code")));
        Element ward = page.selectFirst("#children tr[data-code=26560]");
        assertThat(ward.selectFirst("td[data-figure=residentialAreas]").text()).isEqualTo("3");
        assertThat(page.select("#childrenTable thead th")).allMatch(th -> th.attr("scope").equals("col"));

        // exports, trend and live stream for the script
        assertThat(page.getElementById("childrenCsv").attr("href")).isEqualTo("/api/units/79/children.csv");
        assertThat(page.getElementById("childrenXlsx").attr("href")).isEqualTo("/api/units/79/children.xlsx");
        assertThat(page.getElementById("trendCsv").attr("href")).isEqualTo("/api/units/79/trends.csv?period=month");
        assertThat(page.body().hasAttr("data-as-of")).isFalse();
        assertThat(page.body().attr("data-stream")).isEqualTo("/api/units/79/stream");
        assertThat(page.body().attr("data-trends")).isEqualTo("/api/units/79/trends");
        // accessibility: a skip link, a label for every form control
        assertThat(page.selectFirst("a.skip").attr("href")).isEqualTo("#main");
        for (Element control : page.select("input, select")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as("label of #%s", control.id()).hasSize(1);
        }
        assertThat(page.getElementById("asOfForm").attr("method")).isEqualTo("get");
    }

    @Test
    void aWardPageLeadsBackUpToTheCallersOwnUnitOnly() throws Exception {
        Document page = page(get("/units/26560"), "lanh-dao-hcm", 200);
        assertThat(page.getElementById("name").text()).isEqualTo("Phường Bà Rịa");
        assertThat(page.getElementById("total").text()).isEqualTo("3");
        assertThat(page.getElementById("up").attr("href")).isEqualTo("/units/79");
        // up to the city, not to the nation the leader does not cover
        assertThat(page.select("#breadcrumb ol a")).extracting(a -> a.attr("data-code")).containsExactly("79");
        assertThat(page.select("#children a")).extracting(a -> a.attr("data-code"))
                .contains("26560-AAAAAAAA", "26560-BBBBBBBB");

        Document nation = page(get("/units/26560"), "trung-uong", 200);
        assertThat(nation.select("#breadcrumb ol a")).extracting(a -> a.attr("data-code")).containsExactly("VN", "79");
    }

    @Test
    void vietnameseByDefaultEnglishOnRequestRememberedInACookie() throws Exception {
        MockHttpServletResponse english = send(get("/units/79?lang=en").header(HttpHeaders.ACCEPT_LANGUAGE, "vi"),
                "lanh-dao-hcm");
        Document page = Jsoup.parse(english.getContentAsString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.getElementById("childrenTitle").text()).isEqualTo("Sub-units");
        assertThat(page.getElementById("lang").attr("href")).isEqualTo("/units/79?lang=vi");
        Cookie cookie = english.getCookie(PageConfig.LANG_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");

        Document next = page(get("/units/26560").cookie(cookie), "lanh-dao-hcm", 200);
        assertThat(next.getElementById("childrenTitle").text()).as("the cookie keeps English").isEqualTo("Sub-units");
        assertThat(next.getElementById("fig-members").parent().child(0).text()).isEqualTo("Members");

        Document browserInEnglish = page(get("/units/79").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en"), "lanh-dao-hcm", 200);
        assertThat(browserInEnglish.getElementById("childrenTitle").text()).as("Vietnamese whatever the browser asks")
                .isEqualTo("Đơn vị trực thuộc");
        assertThat(browserInEnglish.getElementById("lang").attr("href")).isEqualTo("/units/79?lang=en");
    }

    @Test
    void aPastDayShowsTheMapOfThatDayWithoutLiveUpdates() throws Exception {
        Document page = page(get("/units/79?asOf=2024-06-01"), "lanh-dao-hcm", 200);
        assertThat(page.getElementById("level").text()).contains("2024-06-01");
        assertThat(page.body().hasAttr("data-stream")).isFalse();
        assertThat(page.getElementById("liveText").text()).isEqualTo("Không cập nhật trực tiếp");
        List<Element> districts = page.select("#children a");
        assertThat(districts).isNotEmpty()
                .allMatch(a -> a.attr("data-code").length() == 3)
                .allMatch(a -> a.attr("href").equals("/units/" + a.attr("data-code") + "?asOf=2024-06-01"));
        assertThat(page.getElementById("asOf").val()).isEqualTo("2024-06-01");
        assertThat(page.getElementById("childrenCsv").attr("href")).isEqualTo("/api/units/79/children.csv?asOf=2024-06-01");
        // the trend up to that day, on its map
        assertThat(page.body().attr("data-as-of")).isEqualTo("2024-06-01");
        assertThat(page.getElementById("trendCsv").attr("href")).isEqualTo("/api/units/79/trends.csv?period=month&asOf=2024-06-01");
    }

    @Test
    void outOfScopeAndUnknownUnitsAreTheSame404PageWithoutFigures() throws Exception {
        for (String unit : List.of("79", "99999")) {
            MockHttpServletResponse response = send(get("/units/" + unit), "lanh-dao-ha-noi");
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.getElementById("problemCode").text()).isEqualTo("unit-not-found");
            assertThat(page.getElementById("problemTitle").text()).isEqualTo("Không tìm thấy / Not found");
            assertThat(page.getElementById("problemDetailEn").text()).isEqualTo("No such administrative unit within your scope");
            assertThat(page.getElementById("total")).isNull();
            assertThat(page.text()).doesNotContain("Hồ Chí Minh");
        }
        // another province's old map is out of reach through the date too
        assertThat(send(get("/units/79?asOf=2024-06-01"), "lanh-dao-ha-noi").getStatus()).isEqualTo(404);
        // the JSON API keeps its problem+json
        MockHttpServletResponse api = send(get("/api/units/79/figures"), "lanh-dao-ha-noi");
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedDateIsA400PageInBothLanguages() throws Exception {
        MockHttpServletResponse response = send(get("/units/79?asOf=2024-13-45"), "lanh-dao-hcm");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.getElementById("problemCode").text()).isEqualTo("date-invalid");
        assertThat(page.getElementById("problemDetailVi").text()).contains("YYYY-MM-DD");
        assertThat(page.getElementById("problemDetailEn").text()).contains("YYYY-MM-DD");
    }

    @Test
    void theRootSendsEachCallerToTheirOwnUnitAndAnonymousBrowsersToTheLogin() throws Exception {
        assertThat(send(get("/"), "lanh-dao-hcm").getRedirectedUrl()).isEqualTo("/units/79");
        assertThat(send(get("/"), "ban-cong-tac-kp-phuoc-trung").getRedirectedUrl()).isEqualTo("/units/26560-KP01");
        MockHttpServletResponse anonymous = mvc.perform(get("/units/79").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/oauth2/authorization/doanket");
        assertThat(mvc.perform(get("/units/79")).andReturn().getResponse().getStatus()).as("API clients").isEqualTo(401);
    }

    @Test
    void aSessionNeedsTheCsrfTokenToChangeStateABearerTokenDoesNot() throws Exception {
        MockHttpSession session = browserSession("quan-tri", "ADMINISTRATOR", "VN");
        // the page renders the sign-out form with the session's token (Thymeleaf adds the hidden field)
        Document page = Jsoup.parse(mvc.perform(get("/units/VN").session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString());
        Element form = page.selectFirst("form.logout");
        assertThat(form.attr("action")).isEqualTo("/logout");
        String token = form.selectFirst("input[type=hidden][name=_csrf]").val();
        assertThat(token).isNotBlank();

        String body = "{}";
        // without the token: 403, before the controller is reached
        MockHttpServletResponse forged = mvc.perform(post("/api/admin/rebuild").session(session)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        MockHttpServletResponse wrong = mvc.perform(post("/api/admin/rebuild").session(session).header("X-CSRF-TOKEN", "forged")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(403);
        // with it: the request reaches the endpoint (which refuses a rebuild without confirmation: 422)
        MockHttpServletResponse withToken = mvc.perform(post("/api/admin/rebuild").session(session).header("X-CSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(withToken.getStatus()).as(withToken.getContentAsString()).isEqualTo(422);
        assertThat(withToken.getContentAsString()).contains("rebuild-not-confirmed");
        // a bearer token needs none, as before; no token at all is still a 401
        assertThat(send(post("/api/admin/rebuild").contentType(MediaType.APPLICATION_JSON).content(body), "quan-tri")
                .getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/api/admin/rebuild").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        // signing out is a POST with the token
        assertThat(mvc.perform(post("/logout").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse signedOut = mvc.perform(post("/logout").session(session).param("_csrf", token))
                .andReturn().getResponse();
        assertThat(signedOut.getStatus()).isEqualTo(302);
        assertThat(signedOut.getRedirectedUrl()).isEqualTo("/");
    }

    // ------------------------------------------------------------------------------------------

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String account) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, SharedInfrastructure.get().identity().bearer(account)))
                .andReturn().getResponse();
    }

    private Document page(MockHttpServletRequestBuilder request, String account, int status) throws Exception {
        MockHttpServletResponse response = send(request.accept(MediaType.TEXT_HTML), account);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** A session as the browser login leaves it: an OIDC user with the identity provider's claims. */
    private static MockHttpSession browserSession(String username, String role, String scopeUnit) {
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(600), Map.of(
                "sub", "user-" + username, "preferred_username", username, "name", "Quản trị hệ thống",
                "roles", List.of(role), "scope_unit", scopeUnit));
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + role)), idToken);
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "doanket");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        return session;
    }
}
