package vn.doanket.events;

/** Kafka record header names that repeat the envelope's identifying fields. */
public final class EnvelopeHeaders {

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String SEQUENCE = "sequence";
    public static final String UNIT_CODE = "unitCode";
    public static final String TRACE_ID = "traceId";

    private EnvelopeHeaders() {
    }
}
