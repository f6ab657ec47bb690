package vn.doanket.territory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

/**
 * Load benchmark for {@link Territory#loadOfficial()}; a main class, not a test.
 *
 * <p>Run after {@code mvn test-compile}: {@code java -cp target/classes:target/test-classes
 * vn.doanket.territory.bench.TerritoryLoadBench}. Warms up with 5 loads, times 20, prints the median, and
 * estimates the retained heap of one loaded territory from {@link Runtime} after garbage collection.
 */
public final class TerritoryLoadBench {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;

    private TerritoryLoadBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (int i = 0; i < WARM_UP; i++) {
            Territory.loadOfficial();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[MEASURED];
        double[] cpuMillis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Territory.loadOfficial();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);

        long before = usedAfterGc();
        Territory retained = Territory.loadOfficial();
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT,
                "load: median %.1f ms wall (min %.1f, max %.1f), median %.1f ms CPU of the loading thread,"
                        + " over %d loads after %d warm-up loads%n",
                median(millis), millis[0], millis[MEASURED - 1], median(cpuMillis), MEASURED, WARM_UP);
        System.out.printf(Locale.ROOT, "retained heap of one Territory: %.1f MB (%d communes today)%n",
                (after - before) / (1024.0 * 1024.0), retained.units(Level.COMMUNE,
                        retained.today()).size());
    }

    private static double median(double[] sorted) {
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                // not a wait for a condition: lets the collector finish before the heap is measured (a bench, not a test)
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
