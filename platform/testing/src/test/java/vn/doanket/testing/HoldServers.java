package vn.doanket.testing;

import java.nio.file.Path;

/** Test helper run in a child JVM: starts servers, prints their pids, then waits to be killed. */
public final class HoldServers {

    private HoldServers() {
    }

    /**
     * @param args the Kafka log directory
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        PostgresServer pg = PostgresServer.start(PostgresOptions.temporary());
        KafkaBroker kafka = KafkaBroker.childProcess(Path.of(args[0]));
        System.out.println("POSTGRES " + pg.postmasterPid().orElseThrow() + " " + pg.port() + " " + pg.dataDirectory());
        System.out.println("KAFKA " + kafka.processHandle().orElseThrow().pid());
        System.out.println("READY");
        System.out.flush();
        // not a wait for a condition: keeps this JVM and its servers alive until WatchdogTest kills it
        Thread.sleep(Long.MAX_VALUE);
    }
}
