package vn.doanket.devstack;

import vn.doanket.testing.IdentityProvider;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.KafkaBroker;
import vn.doanket.testing.MongoStandIn;
import vn.doanket.testing.PostgresOptions;
import vn.doanket.testing.PostgresServer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import vn.doanket.context.ContextService;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole platform on one machine with one command: PostgreSQL (the machine's server, or
 * embedded binaries), a Kafka broker (KRaft, child process), the MongoDB stand-in (H2 file),
 * and every service, then demo data on first start. Data persists in the data directory
 * between runs; {@code --reset} starts from nothing. Ctrl-C stops everything.
 *
 * <pre>./devstack [--reset] [--data-dir DIR] [--no-demo] [--port NAME=N]...</pre>
 */
public final class DevStack implements AutoCloseable {

    /** The identity provider runs as its own JVM; every other service brings its port ({@link ContextService#defaultPort()}). */
    static final Map<String, Integer> BUILT_IN_PORTS = Map.of("identity", 9000);

    /**
     * Launch options; {@code ports}: service name → preferred port ({@code --port NAME=N}; the former
     * {@code --NAME-port N} still works).
     */
    public record Options(Path dataDirectory, boolean reset, boolean demoData, Map<String, Integer> ports) {

        static Options parse(String[] args) {
            Path dir = Paths.get(".devstack");
            boolean reset = false;
            boolean demo = true;
            Map<String, Integer> ports = new java.util.TreeMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--reset" -> reset = true;
                    case "--no-demo" -> demo = false;
                    case "--data-dir" -> dir = Paths.get(value(args, ++i, arg));
                    case "--port" -> {
                        String spec = value(args, ++i, arg);
                        int eq = spec.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--port needs NAME=N, e.g. --port dashboard=8090");
                        }
                        ports.put(spec.substring(0, eq), parsePort(spec.substring(eq + 1)));
                    }
                    case "-h", "--help" -> {
                        System.out.println("Usage: ./devstack [--reset] [--no-demo] [--data-dir DIR] [--port NAME=N]...\n"
                                + "  services: " + String.join(", ", serviceNames()) + "\n"
                                + "  (--NAME-port N works too)");
                        System.exit(0);
                    }
                    default -> {
                        if (arg.startsWith("--") && arg.endsWith("-port")) {
                            ports.put(arg.substring(2, arg.length() - "-port".length()), parsePort(value(args, ++i, arg)));
                        } else {
                            throw new IllegalArgumentException("Unknown option " + arg + " (try --help)");
                        }
                    }
                }
            }
            java.util.Set<String> known = new java.util.HashSet<>(serviceNames());
            ports.keySet().stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
                throw new IllegalArgumentException("Unknown service " + n + " (services: " + String.join(", ", serviceNames()) + ")");
            });
            return new Options(dir.toAbsolutePath(), reset, demo, Map.copyOf(ports));
        }

        /** The preferred port of a service. */
        public int port(String service) {
            Integer port = ports.get(service);
            if (port != null) {
                return port;
            }
            Integer builtIn = BUILT_IN_PORTS.get(service);
            return builtIn != null ? builtIn : contexts().stream().filter(c -> c.name().equals(service))
                    .findFirst().map(ContextService::defaultPort).orElse(0);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port: " + value);
            }
        }
    }

    /** Every service this stack starts: the built-in ones, then every context found on the classpath. */
    static List<String> serviceNames() {
        List<String> names = new ArrayList<>(List.of("identity"));
        contexts().forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * Every service of the stack but the identity provider ({@code META-INF/services/vn.doanket.context.ContextService}
     * of each service; those of the contexts registered in the root pom come through its profile context-services),
     * in start order.
     */
    public static List<ContextService> contexts() {
        List<ContextService> found = new ArrayList<>();
        java.util.ServiceLoader.load(ContextService.class, DevStack.class.getClassLoader()).forEach(found::add);
        found.sort(java.util.Comparator.comparingInt(ContextService::startOrder).thenComparing(ContextService::name));
        return found;
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private ServiceApps.RunningService membership;
    private ServiceApps.RunningService dashboard;
    private ServiceApps.RunningService feedback;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private MongoStandIn mongo;
    private IdentityProvider identity;
    /** Every started service by name, in start order. */
    private final Map<String, ServiceApps.RunningService> services = new java.util.LinkedHashMap<>();

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        vn.doanket.web.logging.ServiceName.set("devstack");
        Options options = Options.parse(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        DevStack stack = new DevStack();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Đang dừng / stopping…");
            stack.close();
            out.println("Đã dừng / stopped.");
        }, "devstack-stop"));
        stack.start(options, out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.printf("%nĐoàn Kết đang chạy / is running (ready in %.1f s):%n", ms / 1000.0);
        for (ContextService context : contexts()) {
            ServiceApps.RunningService service = stack.services.get(context.name());
            out.printf("  %-27s: %s%s%n", context.label(), service.url(), context.tour());
        }
        out.println("  Định danh / identity        : " + stack.identity.issuer() + "  (tài khoản mẫu / demo accounts: "
                + "README › Accounts and access; mật khẩu / password doanket2025)");
        out.println("  PostgreSQL                 : " + stack.postgres.jdbcUrl("membership"));
        out.println("  Kafka                      : " + stack.kafka.bootstrapServers());
        out.println("  MongoDB (stand-in)         : " + stack.mongo.connectionString());
        out.println("  Dữ liệu / data             : " + options.dataDirectory());
        out.println("Nhấn Ctrl-C để dừng / press Ctrl-C to stop.");
        writeUrls(options.dataDirectory(), stack);
        Thread.currentThread().join();
    }

    /** Starts everything; used by {@link #main} and by the end-to-end tests. */
    public static DevStack start(Options options) throws Exception {
        DevStack stack = new DevStack();
        try {
            stack.start(options, new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void start(Options options, PrintStream out) throws Exception {
        Path data = options.dataDirectory();
        if (options.reset() && Files.exists(data)) {
            out.println("Xoá dữ liệu cũ / resetting " + data);
            deleteRecursively(data);
        }
        Files.createDirectories(data);

        out.print("PostgreSQL… ");
        postgres = PostgresServer.start(PostgresOptions.persistent(data.resolve("postgres")).withReuseExisting(true));
        running.push(postgres);
        out.println("ok (" + postgres.startMillis() + " ms)");

        out.print("Kafka… ");
        kafka = KafkaBroker.childProcess(data.resolve("kafka"));
        running.push(kafka);
        out.println("ok (" + kafka.startMillis() + " ms)");

        out.print("MongoDB stand-in… ");
        Files.createDirectories(data.resolve("mongo"));
        mongo = MongoStandIn.h2(data.resolve("mongo").resolve("dashboard.mv.db"));
        running.push(mongo);
        out.println("ok (" + mongo.startMillis() + " ms)");

        out.print("identity… ");
        identity = IdentityProvider.start(IdentityProvider.locateJar(), ServiceApps.preferredPort(options.port("identity")),
                data.resolve("identity").resolve("identity.log"),
                Map.of("doanket.identity.key-file", data.resolve("identity").resolve("signing-key.json").toString()));
        running.push(identity);
        out.println("ok " + identity.issuer() + " (" + identity.startMillis() + " ms)");

        // every service the classpath declares (membership, dashboard, feedback, then the other contexts), in order;
        // demo data for those whose event store was empty, once all have started
        List<ContextService> emptyContexts = new ArrayList<>();
        for (ContextService context : contexts()) {
            if (isEmpty(postgres, context.name())) {
                emptyContexts.add(context);
            }
            startService(context.name(), context.application(), options.port(context.name()), context.properties(stackView()), out);
        }
        membership = services.get("membership");
        dashboard = services.get("dashboard");
        feedback = services.get("feedback");

        if (options.demoData()) {
            for (ContextService context : emptyContexts) {
                String summary = context.loadDemoData(stackView());
                if (summary != null) {
                    out.println("Dữ liệu mẫu / demo data — " + context.name() + ": " + summary);
                }
            }
        }
    }

    /** What a context's service sees of this stack. */
    ContextService.Stack stackView() {
        return new ContextService.Stack() {
            @Override
            public java.net.URI url(String service) {
                ServiceApps.RunningService running = services.get(service);
                if (running == null) {
                    throw new IllegalArgumentException("No service " + service + " in this stack");
                }
                return java.net.URI.create(running.url());
            }

            @Override
            public String bearer(String username) {
                return identity.bearer(username);
            }

            @Override
            public Object applicationContext(String service) {
                ServiceApps.RunningService running = services.get(service);
                if (running == null) {
                    throw new IllegalArgumentException("No service " + service + " in this stack");
                }
                return running.context();
            }
        };
    }

    /** Starts a service in this JVM on its own databases (named after it) and a preferred port. */
    private ServiceApps.RunningService startService(String name, Class<?> application, int preferredPort,
                                                    Map<String, String> extra, PrintStream out) {
        out.print(name + "… ");
        Map<String, String> props = InfrastructureProperties.forDatabases(name, name, postgres, kafka, mongo, "stack");
        props.put("server.port", Integer.toString(ServiceApps.preferredPort(preferredPort)));
        props.putAll(identity.resourceServerProperties());
        props.putAll(extra);
        ServiceApps.RunningService service = ServiceApps.start(name, application, props);
        running.push(service);
        services.put(name, service);
        out.println("ok " + service.url());
        return service;
    }

    /** Whether a service's event store is empty or not there yet (first start). */
    private static boolean isEmpty(PostgresServer postgres, String database) throws SQLException {
        postgres.createDatabase(database);
        try (Connection c = postgres.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename = 'domain_event_entry'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return true;
            }
        }
        try (Connection c = postgres.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    public ServiceApps.RunningService membership() {
        return membership;
    }

    public ServiceApps.RunningService dashboard() {
        return dashboard;
    }

    public ServiceApps.RunningService feedback() {
        return feedback;
    }

    /** A started service by name (built-in or plugged). */
    public ServiceApps.RunningService service(String name) {
        return services.get(name);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public IdentityProvider identity() {
        return identity;
    }

    public MongoStandIn mongo() {
        return mongo;
    }

    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("Stop failed: " + e);
            }
        }
    }

    private static void writeUrls(Path data, DevStack stack) throws IOException {
        StringBuilder urls = new StringBuilder();
        // one entry per service: <NAME>_URL
        stack.services.forEach((name, service) -> urls.append(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                .append("_URL=").append(service.url()).append('\n'));
        Files.writeString(data.resolve("urls.env"),
                urls
                        + "IDENTITY_URL=" + stack.identity.issuer() + "\n"
                        + "KAFKA_BOOTSTRAP=" + stack.kafka.bootstrapServers() + "\n"
                        + "MONGO_URI=" + stack.mongo.connectionString() + "\n"
                        + "POSTGRES_URL=" + stack.postgres.jdbcUrl("membership") + "\n", StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
