package vn.doanket.testing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spring properties that point an application at the infrastructure, with a fresh PostgreSQL
 * database and a fresh MongoDB database name each time.
 *
 * <pre>{@code
 * Map<String, String> props = InfrastructureProperties.forNewContext("membership");
 * new SpringApplicationBuilder(MembershipApplication.class)
 *         .run(InfrastructureProperties.asCommandLineArguments(props));
 * }</pre>
 *
 * Keys: {@code spring.datasource.url/username/password}, {@code spring.datasource.hikari.minimum-idle},
 * {@code spring.kafka.bootstrap-servers}, {@code spring.cloud.stream.kafka.binder.brokers},
 * {@code spring.data.mongodb.uri}, {@code spring.data.mongodb.database}, {@code doanket.infra.kind},
 * plus {@code doanket.infra.postgres.database} and {@code doanket.infra.mongo.database}.
 */
public final class InfrastructureProperties {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private InfrastructureProperties() {
    }

    /**
     * Properties for a new application context on the {@link SharedInfrastructure}: starts what is
     * not running yet and creates a new PostgreSQL database.
     *
     * @param label prefix of the database names (letters, digits; e.g. the service name)
     * @return a mutable, ordered map of property names to values
     */
    public static Map<String, String> forNewContext(String label) {
        SharedInfrastructure infra = SharedInfrastructure.get();
        return forNewContext(label, infra.postgres(), infra.kafka(), infra.mongo(), infra.kind().label());
    }

    /**
     * Properties for a new application context on given servers (e.g. the local stack's persistent
     * ones); creates a new PostgreSQL database.
     *
     * @param label prefix of the database names
     * @param postgres the PostgreSQL server
     * @param kafka the Kafka broker
     * @param mongo the MongoDB server
     * @param kind value for {@code doanket.infra.kind}, e.g. {@code local}
     * @return a mutable, ordered map of property names to values
     */
    public static Map<String, String> forNewContext(String label, PostgresEndpoint postgres, KafkaEndpoint kafka,
            MongoEndpoint mongo, String kind) {
        String name = uniqueName(label);
        return forDatabases(name, name, postgres, kafka, mongo, kind);
    }

    /**
     * Properties for given database names (no uniqueness added); creates the PostgreSQL database
     * if it is missing. The local stack uses this so a restart finds its data again.
     *
     * @param postgresDatabase PostgreSQL database name
     * @param mongoDatabase MongoDB database name
     * @param postgres the PostgreSQL server
     * @param kafka the Kafka broker
     * @param mongo the MongoDB server
     * @param kind value for {@code doanket.infra.kind}
     * @return a mutable, ordered map of property names to values
     */
    public static Map<String, String> forDatabases(String postgresDatabase, String mongoDatabase,
            PostgresEndpoint postgres, KafkaEndpoint kafka, MongoEndpoint mongo, String kind) {
        postgres.createDatabase(postgresDatabase);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", postgres.jdbcUrl(postgresDatabase));
        props.put("spring.datasource.username", postgres.username());
        props.put("spring.datasource.password", postgres.password());
        // many cached test contexts share one server: don't hold idle connections per context
        props.put("spring.datasource.hikari.minimum-idle", "1");
        props.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        props.put("spring.cloud.stream.kafka.binder.brokers", kafka.bootstrapServers());
        props.put("spring.data.mongodb.uri", mongo.connectionString(mongoDatabase));
        props.put("spring.data.mongodb.database", mongoDatabase);
        props.put("doanket.infra.kind", kind);
        props.put("doanket.infra.postgres.database", postgresDatabase);
        props.put("doanket.infra.mongo.database", mongoDatabase);
        return props;
    }

    /**
     * The properties as {@code --name=value} command-line arguments for
     * {@code SpringApplication.run(args)} / {@code SpringApplicationBuilder.run(args)}, where they
     * outrank the application's own {@code application.yml}. (Properties given to
     * {@code SpringApplicationBuilder.properties(...)} are only defaults: a datasource URL in
     * {@code application.yml} would win over them.)
     *
     * @param properties e.g. from {@link #forNewContext(String)}
     * @return one {@code --name=value} argument per entry
     */
    public static String[] asCommandLineArguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    /**
     * The properties typed for {@code SpringApplicationBuilder.properties(Map<String, Object>)}
     * (lowest precedence: defaults only).
     *
     * @param properties e.g. from {@link #forNewContext(String)}
     * @return a mutable copy
     */
    public static Map<String, Object> asObjectMap(Map<String, String> properties) {
        return new LinkedHashMap<>(properties);
    }

    /**
     * A new database name: {@code <label>_<counter>_<random>}, lower case, at most 63 characters.
     *
     * @param label prefix; characters other than letters and digits become {@code _}
     * @return a name unique in this JVM and very likely across JVMs
     */
    public static String uniqueName(String label) {
        String clean = (label == null ? "" : label).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "t" + (clean.isEmpty() ? "" : "_" + clean);
        }
        String suffix = "_" + COUNTER.incrementAndGet() + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        int max = 63 - suffix.length();
        if (clean.length() > max) {
            clean = clean.substring(0, max);
        }
        return clean + suffix;
    }
}
