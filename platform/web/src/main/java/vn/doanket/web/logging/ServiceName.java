package vn.doanket.web.logging;

/**
 * The service a thread works for, for the log line's {@code [service]} field ({@link ServiceNameConverter}).
 * Inherited by every thread a thread creates, so when the local stack starts several services in one JVM, each
 * started with its name set ({@link #runAs}), the threads of its web server, consumers and processors log under
 * its own name instead of the first service's. A service alone in its JVM needs nothing: the converter falls back
 * to {@code spring.application.name}.
 */
public final class ServiceName {

    private static final InheritableThreadLocal<String> CURRENT = new InheritableThreadLocal<>();

    private ServiceName() {
    }

    /** The service of the current thread, or null when none was set. */
    public static String current() {
        return CURRENT.get();
    }

    /** Sets the service of the current thread (and of the threads it creates from now on); null clears it. */
    public static void set(String name) {
        if (name == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(name);
        }
    }

    /** Runs {@code work} (e.g. starting a service) as {@code name}, then restores the thread's former name. */
    public static <T> T runAs(String name, java.util.function.Supplier<T> work) {
        String before = CURRENT.get();
        set(name);
        try {
            return work.get();
        } finally {
            set(before);
        }
    }
}
