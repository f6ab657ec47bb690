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

    /** The running stack as the rows see it. */
    interface Stack {
        URI url(String service);

        /** {@code Bearer …} for a demo account. */
        String bearer(String account);
    }
}
