package vn.doanket.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Testcontainers-backed endpoints; only loaded when containers are asked for. */
final class ContainerInfrastructure {

    static final String POSTGRES_IMAGE = "postgres:15-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:3.9.2";
    static final String MONGO_IMAGE = "mongo:7";

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** A started PostgreSQL container. */
    static final class Postgres implements PostgresEndpoint, AutoCloseable {
        private final PostgreSQLContainer<?> container;

        @SuppressWarnings("resource")
        Postgres() {
            container = new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE))
                    .withCommand("postgres", "-c", "max_connections=200", "-c", "fsync=off");
            container.start();
        }

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + container.getHost() + ":"
                    + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public void createDatabase(String database) {
            PostgresServer.createDatabase(this, database);
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    /** A started Kafka container (KRaft). */
    static final class Kafka implements KafkaEndpoint, AutoCloseable {
        private final KafkaContainer container;

        Kafka() {
            container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    /** A started single-node MongoDB replica set. */
    static final class Mongo implements MongoEndpoint, AutoCloseable {
        private final MongoDBContainer container;

        Mongo() {
            container = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
            container.start();
        }

        @Override
        public String connectionString() {
            return container.getConnectionString() + "/?directConnection=true";
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
