package vn.doanket.audit;

import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Creates {@code audit_chain} at start, before the first append. */
public class AuditChainTable implements InitializingBean {

    private final DataSource dataSource;

    /**
     * @param dataSource the event store's database
     */
    public AuditChainTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        try (Connection c = dataSource.getConnection()) {
            AuditChainStore.createTable(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the audit chain table", e);
        }
    }
}
