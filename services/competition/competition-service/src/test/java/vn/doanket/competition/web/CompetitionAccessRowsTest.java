package vn.doanket.competition.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.doanket.competition.access.CompetitionAccessRows;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.access.AccessAccounts;
import vn.doanket.testing.access.AccessMatrixRows;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's rows of the stack's access matrix, checked here against the service alone: every endpoint of the
 * competition API has a row, and every row answers every demo account (and no token) exactly as declared, changing
 * nothing in the event store. The stack's {@code AccessMatrixTest} runs the same rows against the devstack.
 */
class CompetitionAccessRowsTest extends CompetitionIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARowAndEveryAccountGetsTheDeclaredAnswer() throws Exception {
        AccessMatrixRows.Stack stack = new AccessMatrixRows.Stack() {
            @Override
            public URI url(String service) {
                return URI.create("http://127.0.0.1:" + port);
            }

            @Override
            public String bearer(String account) {
                return SharedInfrastructure.get().identity().bearer(account);
            }
        };
        List<AccessMatrixRows.Row> rows = new CompetitionAccessRows().rows(stack);

        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("vn.doanket.competition")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                e.getKey().getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        }
        Set<String> covered = new TreeSet<>();
        rows.forEach(r -> covered.add(r.method() + " " + r.pattern()));
        assertThat(covered).as("rows for every endpoint of the competition API").containsAll(mapped);

        long before = storedEvents();
        Http http = http();
        List<String> wrong = new ArrayList<>();
        for (AccessMatrixRows.Row row : rows) {
            if (row.path().equals("/actuator/prometheus")) {
                continue; // Spring Boot tests switch the metrics exporters off; the stack's matrix sends it
            }
            for (Map.Entry<String, String> account : AccessAccounts.SCOPE.entrySet()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(row.path()));
                if (row.body() != null) {
                    request.header("Content-Type", "application/json")
                            .method(row.method(), HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8));
                } else {
                    request.method(row.method(), HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> response = http.send(account.getKey(), request);
                int expected = row.expected().apply(account.getKey(), account.getValue());
                if (response.statusCode() != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + account.getKey() + ": expected " + expected
                            + ", got " + response.statusCode() + " " + response.body().substring(0,
                            Math.min(200, response.body().length())));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(storedEvents()).as("the rows change nothing").isEqualTo(before);
    }
}
