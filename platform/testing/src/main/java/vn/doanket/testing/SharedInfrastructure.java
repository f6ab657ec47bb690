package vn.doanket.testing;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * The infrastructure of one test JVM: each server is started at most once, lazily and
 * thread-safely, and all are stopped by one shutdown hook. Tests isolate themselves with unique
 * database names, topics and ids (see {@link InfrastructureProperties}).
 *
 * <p>By default the servers are local: {@link PostgresServer} in a temporary directory,
 * {@link KafkaBroker#inProcess()} and {@link MongoStandIn#inMemory()}. With system property
 * {@code doanket.infra=containers} (or environment {@code DOANKET_INFRA=containers}) and a working
 * Docker, Testcontainers are used instead; without Docker the local servers are used and a
 * warning is logged.
 */
public final class SharedInfrastructure {

    private static final System.Logger LOG = System.getLogger(SharedInfrastructure.class.getName());
    private static final Object LOCK = new Object();
    private static volatile SharedInfrastructure instance;

    private final InfrastructureKind kind;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile PostgresEndpoint postgres;
    private volatile KafkaEndpoint kafka;
    private volatile MongoEndpoint mongo;
    private volatile IdentityProvider identity;

    private SharedInfrastructure(InfrastructureKind kind) {
        this.kind = kind;
    }

    /**
     * The JVM-wide instance; nothing is started until a server is asked for.
     *
     * @return the shared infrastructure
     */
    public static SharedInfrastructure get() {
        SharedInfrastructure current = instance;
        if (current == null) {
            synchronized (LOCK) {
                current = instance;
                if (current == null) {
                    current = new SharedInfrastructure(chooseKind());
                    Runtime.getRuntime().addShutdownHook(new Thread(current::stopAll, "doanket-infrastructure-stop"));
                    instance = current;
                }
            }
        }
        return current;
    }

    private static InfrastructureKind chooseKind() {
        if (InfrastructureKind.requested() != InfrastructureKind.CONTAINERS) {
            return InfrastructureKind.LOCAL;
        }
        if (ContainerInfrastructure.dockerAvailable()) {
            return InfrastructureKind.CONTAINERS;
        }
        LOG.log(Level.WARNING, "{0}=containers was asked for, but Docker is not available: using local servers",
                InfrastructureKind.PROPERTY);
        return InfrastructureKind.LOCAL;
    }

    /** @return whether servers are local or containers */
    public InfrastructureKind kind() {
        return kind;
    }

    /** @return the PostgreSQL server, started on first use */
    public PostgresEndpoint postgres() {
        PostgresEndpoint result = postgres;
        if (result == null) {
            synchronized (this) {
                if (postgres == null) {
                    postgres = register(kind == InfrastructureKind.CONTAINERS ? ContainerInfrastructure.Postgres::new
                            : () -> PostgresServer.start(PostgresOptions.temporary()));
                }
                result = postgres;
            }
        }
        return result;
    }

    /** @return the Kafka broker, started on first use */
    public KafkaEndpoint kafka() {
        KafkaEndpoint result = kafka;
        if (result == null) {
            synchronized (this) {
                if (kafka == null) {
                    kafka = register(kind == InfrastructureKind.CONTAINERS ? ContainerInfrastructure.Kafka::new
                            : KafkaBroker::inProcess);
                }
                result = kafka;
            }
        }
        return result;
    }

    /** @return the MongoDB (stand-in) server, started on first use */
    public MongoEndpoint mongo() {
        MongoEndpoint result = mongo;
        if (result == null) {
            synchronized (this) {
                if (mongo == null) {
                    mongo = register(kind == InfrastructureKind.CONTAINERS ? ContainerInfrastructure.Mongo::new
                            : MongoStandIn::inMemory);
                }
                result = mongo;
            }
        }
        return result;
    }

    /** @return the identity provider (its own JVM, from its executable jar), started on first use */
    public IdentityProvider identity() {
        IdentityProvider result = identity;
        if (result == null) {
            synchronized (this) {
                if (identity == null) {
                    identity = register(IdentityProvider::startLocated);
                }
                result = identity;
            }
        }
        return result;
    }

    private <T extends AutoCloseable> T register(Supplier<T> starter) {
        T server = starter.get();
        synchronized (started) {
            started.push(server);
        }
        return server;
    }

    private void stopAll() {
        synchronized (started) {
            while (!started.isEmpty()) {
                AutoCloseable server = started.pop();
                try {
                    server.close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Stopping " + server + " failed", e);
                }
            }
        }
    }
}
