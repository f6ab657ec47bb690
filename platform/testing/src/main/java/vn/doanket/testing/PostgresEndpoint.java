package vn.doanket.testing;

/** A reachable PostgreSQL server, local or in a container. */
public interface PostgresEndpoint {

    /**
     * JDBC URL of a database on this server.
     *
     * @param database database name
     * @return a {@code jdbc:postgresql://host:port/database} URL
     */
    String jdbcUrl(String database);

    /** @return the superuser name to connect with */
    String username();

    /** @return the password for {@link #username()} */
    String password();

    /**
     * Creates a database unless it exists already.
     *
     * @param database database name: letters, digits and underscores only
     */
    void createDatabase(String database);
}
