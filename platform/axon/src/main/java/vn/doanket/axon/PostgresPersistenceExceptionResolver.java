package vn.doanket.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique-violation (SQLState {@code 23505}) as a duplicate key, so a
 * concurrent append to the same aggregate surfaces as Axon's {@code ConcurrencyException} /
 * {@code AggregateStreamCreationException} (a 409) instead of a generic storage failure.
 * Axon's own {@code JdbcSQLErrorCodesResolver} does not know this SQLState.
 */
public class PostgresPersistenceExceptionResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Throwable t = exception;
        while (t != null) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }
}
