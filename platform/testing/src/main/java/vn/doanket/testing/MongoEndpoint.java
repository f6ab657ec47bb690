package vn.doanket.testing;

/** A reachable MongoDB (or MongoDB stand-in) server, local or in a container. */
public interface MongoEndpoint {

    /** @return the connection string without a database, e.g. {@code mongodb://127.0.0.1:40123} */
    String connectionString();

    /**
     * The connection string with a database name in its path, keeping any options.
     *
     * @param database database name
     * @return e.g. {@code mongodb://127.0.0.1:40123/t_1_ab12cd}
     */
    default String connectionString(String database) {
        String base = connectionString();
        String options = "";
        int query = base.indexOf('?');
        if (query >= 0) {
            options = base.substring(query);
            base = base.substring(0, query);
        }
        int hostsStart = base.indexOf("://") + 3;
        int slash = base.indexOf('/', hostsStart);
        if (slash >= 0) {
            base = base.substring(0, slash);
        }
        return base + "/" + database + options;
    }
}
