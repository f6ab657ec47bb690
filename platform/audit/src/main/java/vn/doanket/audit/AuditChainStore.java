package vn.doanket.audit;

import vn.doanket.axon.AxonSchemas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL of the chain table {@code audit_chain} (same database as the event store, separate table; created and
 * upgraded by the Flyway migrations in {@code db/migration/audit}, see {@link AuditMigrations})
 * and the reads of Axon's {@code domain_event_entry} the chain covers. Plain JDBC on a caller's
 * connection, so it runs inside the caller's transaction.
 */
public final class AuditChainStore {

    /** The chain table. */
    public static final String CHAIN_TABLE = "audit_chain";

    private static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data";

    private AuditChainStore() {
    }

    /**
     * @param c connection
     * @param aggregateId aggregate
     * @return the last link of the aggregate's chain, if any
     * @throws SQLException on a database error
     */
    public static Optional<ChainEntry> head(Connection c, String aggregateId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select aggregate_id, seq, event_id, mac, payload_mac from "
                + CHAIN_TABLE + " where aggregate_id = ? order by seq desc limit 1")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        }
    }

    /**
     * @param c connection
     * @param aggregateId aggregate
     * @return every link of the aggregate's chain in sequence order
     * @throws SQLException on a database error
     */
    public static List<ChainEntry> chain(Connection c, String aggregateId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select aggregate_id, seq, event_id, mac, payload_mac from "
                + CHAIN_TABLE + " where aggregate_id = ? order by seq")) {
            s.setString(1, aggregateId);
            List<ChainEntry> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(entry(rs));
                }
            }
            return result;
        }
    }

    /**
     * @param c connection
     * @return the head link of every chained aggregate, by aggregate id (sorted)
     * @throws SQLException on a database error
     */
    public static Map<String, ChainEntry> heads(Connection c) throws SQLException {
        Map<String, ChainEntry> result = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select distinct on (aggregate_id) aggregate_id, seq, event_id, mac, "
                + "payload_mac from " + CHAIN_TABLE + " order by aggregate_id, seq desc");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ChainEntry e = entry(rs);
                result.put(e.aggregateId(), e);
            }
        }
        return result;
    }

    /**
     * @param c connection
     * @param aggregateId aggregate
     * @param afterSeq only events with a greater sequence number ({@code -1} for all)
     * @return the aggregate's stored events in sequence order
     * @throws SQLException on a database error
     */
    public static List<StoredEvent> events(Connection c, String aggregateId, long afterSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + EVENT_COLUMNS + " from " + AxonSchemas.EVENT_TABLE
                + " where aggregate_identifier = ? and sequence_number > ? order by sequence_number, global_index")) {
            s.setString(1, aggregateId);
            s.setLong(2, afterSeq);
            List<StoredEvent> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getBytes(9), rs.getBytes(10)));
                }
            }
            return result;
        }
    }

    /**
     * @param c connection
     * @param aggregateTypes aggregate types to include; empty for all
     * @return ids of every aggregate in the event store (of those types), sorted
     * @throws SQLException on a database error
     */
    public static List<String> aggregateIds(Connection c, Collection<String> aggregateTypes) throws SQLException {
        String sql = "select distinct aggregate_identifier from " + AxonSchemas.EVENT_TABLE
                + (aggregateTypes.isEmpty() ? "" : " where type = any (?)") + " order by aggregate_identifier";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (!aggregateTypes.isEmpty()) {
                s.setArray(1, c.createArrayOf("varchar", aggregateTypes.toArray()));
            }
            List<String> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        }
    }

    /**
     * @param c connection
     * @return ids of every aggregate that has a chain, sorted
     * @throws SQLException on a database error
     */
    public static List<String> chainedAggregateIds(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select distinct aggregate_id from " + CHAIN_TABLE
                + " order by aggregate_id"); ResultSet rs = s.executeQuery()) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        }
    }

    static void insert(Connection c, List<ChainEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into " + CHAIN_TABLE
                + " (aggregate_id, seq, event_id, mac, payload_mac) values (?, ?, ?, ?, ?)")) {
            for (ChainEntry e : entries) {
                s.setString(1, e.aggregateId());
                s.setLong(2, e.seq());
                s.setString(3, e.eventId());
                s.setBytes(4, e.mac());
                s.setBytes(5, e.payloadMac());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static ChainEntry entry(ResultSet rs) throws SQLException {
        return new ChainEntry(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5));
    }
}
