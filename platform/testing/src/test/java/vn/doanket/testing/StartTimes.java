package vn.doanket.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures how long each starter takes until ready (not a test; run by hand):
 * {@code java -cp <test classpath> vn.doanket.testing.StartTimes [rounds]}.
 */
public final class StartTimes {

    private StartTimes() {
    }

    /**
     * @param args optional number of rounds (default 3)
     * @throws Exception when a starter fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path kafkaDir = Files.createTempDirectory("doanket-kafka-times-");
        try {
            measure("PostgreSQL, local binaries, temp dir (initdb + start)", rounds,
                    () -> PostgresServer.start(PostgresOptions.temporary()));
            measure("PostgreSQL, embedded binaries, temp dir (initdb + start)", rounds,
                    () -> PostgresServer.start(PostgresOptions.temporary().withEmbeddedBinaries(true)));
            Path pgDir = Files.createTempDirectory("doanket-pg-times-").resolve("data");
            measure("PostgreSQL, local binaries, existing data dir (start only)", rounds + 1,
                    () -> PostgresServer.start(PostgresOptions.persistent(pgDir)));
            ProcessSupport.deleteTree(pgDir.getParent());
            measure("Kafka in-process (EmbeddedKafkaKraftBroker)", rounds, KafkaBroker::inProcess);
            measure("Kafka child process (first start includes storage format)", rounds,
                    () -> KafkaBroker.childProcess(kafkaDir));
            measure("Mongo stand-in, memory", rounds, MongoStandIn::inMemory);
            Path h2 = kafkaDir.resolve("mongo.mv.db");
            measure("Mongo stand-in, H2 file", rounds, () -> MongoStandIn.h2(h2));
        } finally {
            ProcessSupport.deleteTree(kafkaDir);
        }
    }

    private static void measure(String what, int rounds, Supplier<? extends AutoCloseable> starter) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            AutoCloseable server = starter.get();
            millis.add((System.nanoTime() - t0) / 1_000_000);
            server.close();
        }
        System.out.printf("%-62s %s ms%n", what, millis);
    }
}
