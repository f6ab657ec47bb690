package vn.doanket.testing.access;

import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A context's rows of the stack's access matrix, kept in the context's own folder: a class in the test sources of
 * its service module, listed in {@code src/test/resources/META-INF/services/vn.doanket.testing.access.AccessMatrixRows}
 * (the module builds a test-jar that the root pom's profile context-services puts on the stack's test classpath).
 * The stack's {@code AccessMatrixTest} starts the service, asks for its rows, fails on any mapped endpoint of the
 * service without a row, and sends every row as every demo account ({@link AccessAccounts#SCOPE}).
 */
public interface AccessMatrixRows {

    /** The service's name ({@code vn.doanket.context.ContextService#name()}). */
    String service();

    /**
     * The rows; {@code stack} is the running stack (to create what the rows act on through the service's API first).
     * Rows must change no state: requests well-formed but refused after authorisation (404, 409, 422), or reads.
     */
    List<Row> rows(Stack stack) throws Exception;

    /**
     * One request and the status each account must get.
     *
     * @param method   HTTP method
     * @param pattern  the endpoint's mapping pattern as Spring reports it, e.g. {@code /api/conferences/{id}}
     * @param path     the concrete path (with query)
     * @param body     JSON body or null
     * @param expected (account, scope) → status
     */
    record Row(String method, String pattern, String path, String body, BiFunction<String, String, Integer> expected) {
    }

    /**
     * The operational endpoints every service has (platform/web and Spring Boot Actuator): health and info public
     * (health components to nobody: no infrastructure disclosure), the OpenAPI description to signed-in callers of
     * any role, the rest to administrators.
     *
     * @param healthComponent a health component's path the service has, e.g. {@code /actuator/health/db}
     */
    static List<Row> operational(String healthComponent) {
        BiFunction<String, String, Integer> signedIn = (account, scope) -> account == null ? 401 : 200;
        return List.of(
                new Row("GET", "/actuator/health", "/actuator/health", null, AccessAccounts.everyone(200)),
                new Row("GET", "/actuator/health/**", healthComponent, null, AccessAccounts.everyone(404)),
                new Row("GET", "/actuator/info", "/actuator/info", null, AccessAccounts.everyone(200)),
                new Row("GET", "/v3/api-docs", "/v3/api-docs", null, signedIn),
                new Row("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml", null, signedIn),
                new Row("GET", "/actuator", "/actuator", null, AccessAccounts.administrators(200)),
                new Row("GET", "/actuator/metrics", "/actuator/metrics", null, AccessAccounts.administrators(200)),
                new Row("GET", "/actuator/prometheus", "/actuator/prometheus", null, AccessAccounts.administrators(200)),
                new Row("GET", "/actuator/metrics/{requiredMetricName}", "/actuator/metrics/jvm.threads.live", null,
                        AccessAccounts.administrators(200)));
    }

    /**
     * The endpoints of the platform certificates library in a service that enables it: readers in the issuer's
     * territory read a certificate and its PDF, recorders revoke (a revocation dated in the future: 422, nothing
     * changed); the public verification page and API answer everyone (an unknown number: 404).
     *
     * @param certificateId a certificate issued by {@code issuerUnit}
     * @param issuerUnit    its issuing unit
     */
    static List<Row> certificates(String certificateId, String issuerUnit) {
        String unknown = "26560-2026-999999?s=AAAAAAAAAAAAAAAAAAAAAA";
        return List.of(
                new Row("GET", "/api/certificates/{certificateId}", "/api/certificates/" + certificateId, null,
                        AccessAccounts.readers(issuerUnit, 200)),
                new Row("GET", "/api/certificates/{certificateId}/pdf", "/api/certificates/" + certificateId + "/pdf", null,
                        AccessAccounts.readers(issuerUnit, 200)),
                new Row("POST", "/api/certificates/{certificateId}/revoke", "/api/certificates/" + certificateId + "/revoke",
                        "{\"reason\":\"Thử\",\"revokedOn\":\"2199-01-01\"}", AccessAccounts.recorders(issuerUnit, 422)),
                new Row("GET", "/verify/certificates/{number}", "/verify/certificates/" + unknown, null,
                        AccessAccounts.everyone(404)),
                new Row("GET", "/api/public/certificates/{number}", "/api/public/certificates/" + unknown, null,
                        AccessAccounts.everyone(404)));
    }

    /** The running stack as the rows see it. */
    interface Stack {
        URI url(String service);

        /** {@code Bearer …} for a demo account. */
        String bearer(String account);
    }
}
