package vn.doanket.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.doanket.testing.Endpoints;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider's own endpoints (from the running application's mappings) for an
 * anonymous browser and a signed-in one: an endpoint that is not in this matrix fails the test.
 * The OAuth2/OIDC protocol endpoints (authorize, token, JWKS, discovery, userinfo) are filters of
 * Spring Authorization Server, not mappings; their access is covered by the flow tests.
 */
class IdentityAccessMatrixTest extends IdentityTestSupport {

    @Autowired
    ApplicationContext context;

    /** Expected status per endpoint: anonymous browser, then browser signed in as a demo account. */
    record Row(String endpoint, Function<Http, HttpResponse<String>> request, int anonymous, int signedIn) {
    }

    List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET /login", b -> navigate(b, base() + "/login"), 200, 200));
        rows.add(new Row("GET /", b -> navigate(b, base() + "/"), 302, 200));
        rows.add(new Row("POST /dev/tokens", b -> b.postJson(base() + "/dev/tokens", Map.of("username", "can-bo-ba-ria")), 200, 200));
        rows.add(new Row("GET /actuator/health", b -> b.get(base() + "/actuator/health"), 200, 200));
        rows.add(new Row("GET /actuator/health/**", b -> b.get(base() + "/actuator/health/ping"), 404, 404));
        rows.add(new Row("GET /actuator/info", b -> b.get(base() + "/actuator/info"), 200, 200));
        rows.add(new Row("GET /actuator", b -> b.get(base() + "/actuator"), 302, 200)); // anonymous: sent to login
        return rows;
    }

    /** The error page, reached by forwarding only. */
    static final Set<String> FRAMEWORK = Set.of("/error");

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> declared = new TreeSet<>();
        matrix().forEach(r -> declared.add(r.endpoint()));
        Set<String> mapped = new TreeSet<>();
        Endpoints.of(context).keySet().stream().filter(e -> FRAMEWORK.stream().noneMatch(e::endsWith)).forEach(mapped::add);
        assertThat(mapped).as("endpoints of the running identity provider").isEqualTo(declared);
    }

    @Test
    void anonymousAndSignedInBrowsersGetTheDeclaredAnswers() {
        Http signedIn = new Http();
        assertThat(submitLogin(signedIn, "can-bo-ba-ria", PASSWORD).statusCode()).isEqualTo(302);
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : matrix()) {
            int anonymous = row.request().apply(new Http()).statusCode();
            if (anonymous != row.anonymous()) {
                wrong.put(row.endpoint() + " anonymous", "expected " + row.anonymous() + ", got " + anonymous);
            }
            int signed = row.request().apply(signedIn).statusCode();
            if (signed != row.signedIn()) {
                wrong.put(row.endpoint() + " signed in", "expected " + row.signedIn() + ", got " + signed);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
