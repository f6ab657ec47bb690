package vn.doanket.devstack;

import vn.doanket.dashboard.DashboardApplication;
import vn.doanket.feedback.FeedbackApplication;
import vn.doanket.membership.MembershipApplication;
import vn.doanket.testing.IdentityProvider;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.KafkaBroker;
import vn.doanket.testing.MongoStandIn;
import vn.doanket.testing.PostgresOptions;
import vn.doanket.testing.PostgresServer;

import java.time.Duration;
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
 * <pre>./devstack [--reset] [--data-dir DIR] [--no-demo]</pre>
 */
public final class DevStack implements AutoCloseable {

    /** Launch options. */
    public record Options(Path dataDirectory, boolean reset, boolean demoData, int dashboardPort, int membershipPort,
                          int identityPort, int feedbackPort) {

        static Options parse(String[] args) {
            Path dir = Paths.get(".devstack");
            boolean reset = false;
            boolean demo = true;
            int dashboard = 8080;
            int membership = 8081;
            int identityPort = 9000;
            int feedbackPort = 8082;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reset" -> reset = true;
                    case "--no-demo" -> demo = false;
                    case "--data-dir" -> dir = Paths.get(args[++i]);
                    case "--dashboard-port" -> dashboard = Integer.parseInt(args[++i]);
                    case "--membership-port" -> membership = Integer.parseInt(args[++i]);
                    case "--identity-port" -> identityPort = Integer.parseInt(args[++i]);
                    case "--feedback-port" -> feedbackPort = Integer.parseInt(args[++i]);
                    case "-h", "--help" -> {
                        System.out.println("Usage: ./devstack [--reset] [--no-demo] [--data-dir DIR] "
                                + "[--dashboard-port N] [--membership-port N] [--identity-port N] [--feedback-port N]");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + " (try --help)");
                }
            }
            return new Options(dir.toAbsolutePath(), reset, demo, dashboard, membership, identityPort, feedbackPort);
        }
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private ServiceApps.RunningService membership;
    private ServiceApps.RunningService dashboard;
    private ServiceApps.RunningService feedback;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private MongoStandIn mongo;
    private IdentityProvider identity;

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
        out.println("  Bảng điều khiển / dashboard : " + stack.dashboard.url() + "/");
        out.println("  Số liệu / figures (JSON)   : " + stack.dashboard.url() + "/api/units/VN/figures");
        out.println("  Thành viên / membership API: " + stack.membership.url() + "/api/residential-areas");
        out.println("  Ý kiến / feedback API      : " + stack.feedback.url() + "/api/petitions?unit=VN  (Open311: "
                + stack.feedback.url() + "/open311/v2/services.json)");
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
        identity = IdentityProvider.start(IdentityProvider.locateJar(), ServiceApps.preferredPort(options.identityPort()),
                data.resolve("identity").resolve("identity.log"),
                Map.of("doanket.identity.key-file", data.resolve("identity").resolve("signing-key.json").toString()));
        running.push(identity);
        out.println("ok " + identity.issuer() + " (" + identity.startMillis() + " ms)");

        membership = startService("membership", MembershipApplication.class, options.membershipPort(), out);
        dashboard = startService("dashboard", DashboardApplication.class, options.dashboardPort(), out);
        boolean feedbackWasEmpty = isEmpty(postgres, "feedback");
        feedback = startService("feedback", FeedbackApplication.class, options.feedbackPort(), out);

        if (options.demoData() && isEmpty(postgres)) {
            out.print("Dữ liệu mẫu / demo data… ");
            out.println(DemoData.load(membership.url(), identity.bearer("quan-tri")) + " khu dân cư / residential areas");
        }
        if (options.demoData() && feedbackWasEmpty) {
            out.print("Ý kiến mẫu / demo petitions… ");
            out.println(FeedbackDemoData.load(feedback.context(), 300) + " ý kiến, kiến nghị / petitions");
            out.print("Chuyển cấp trên kiến nghị quá hạn / escalating overdue petitions… ");
            out.println(FeedbackDemoData.escalateOverdue(feedback.context(), Duration.ofSeconds(60)));
        }
    }

    /** Starts a service in this JVM on its own databases (named after it) and a preferred port. */
    private ServiceApps.RunningService startService(String name, Class<?> application, int preferredPort, PrintStream out) {
        out.print(name + "… ");
        Map<String, String> props = InfrastructureProperties.forDatabases(name, name, postgres, kafka, mongo, "stack");
        props.put("server.port", Integer.toString(ServiceApps.preferredPort(preferredPort)));
        props.putAll(identity.resourceServerProperties());
        ServiceApps.RunningService service = ServiceApps.start(name, application, props);
        running.push(service);
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

    private static boolean isEmpty(PostgresServer postgres) throws SQLException {
        try (Connection c = postgres.connect("membership"); Statement s = c.createStatement();
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
        Files.writeString(data.resolve("urls.env"),
                "DASHBOARD_URL=" + stack.dashboard.url() + "\n"
                        + "MEMBERSHIP_URL=" + stack.membership.url() + "\n"
                        + "FEEDBACK_URL=" + stack.feedback.url() + "\n"
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
