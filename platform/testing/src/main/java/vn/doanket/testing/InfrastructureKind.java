package vn.doanket.testing;

import java.util.Locale;

/** Where {@link SharedInfrastructure} gets its servers from. */
public enum InfrastructureKind {
    /** Real servers started from this machine's binaries and the classpath: no Docker needed. */
    LOCAL,
    /** Testcontainers: {@code postgres:15-alpine}, {@code apache/kafka:3.9.2}, {@code mongo:7}. */
    CONTAINERS;

    /** System property choosing the kind ({@code local} or {@code containers}). */
    public static final String PROPERTY = "doanket.infra";
    /** Environment variable choosing the kind, used when the system property is absent. */
    public static final String ENV = "DOANKET_INFRA";

    /** @return the kind as written in properties: {@code local} or {@code containers} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind asked for by {@value #PROPERTY} or {@value #ENV}; {@link #LOCAL} when neither says
     * {@code containers}.
     *
     * @return the requested kind (Docker availability is checked separately)
     */
    public static InfrastructureKind requested() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENV);
        }
        return value != null && value.trim().equalsIgnoreCase("containers") ? CONTAINERS : LOCAL;
    }
}
