package vn.doanket.events;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The stable, published names of event classes: {@code ResidentialAreaRegisteredEvent}
 * is published as {@code ResidentialAreaRegistered}, never as a Java class name.
 */
public final class EventTypes {

    private static final ConcurrentMap<Class<?>, String> NAMES = new ConcurrentHashMap<>();

    private EventTypes() {
    }

    /** The published event type of an event class. */
    public static String nameOf(Class<?> eventClass) {
        return NAMES.computeIfAbsent(eventClass, c -> {
            String simple = c.getSimpleName();
            return simple.endsWith("Event") && simple.length() > "Event".length()
                    ? simple.substring(0, simple.length() - "Event".length())
                    : simple;
        });
    }

    /** The schema version of an event class ({@link SchemaVersion}, default 1). */
    public static int schemaVersionOf(Class<?> eventClass) {
        SchemaVersion version = eventClass.getAnnotation(SchemaVersion.class);
        return version == null ? 1 : version.value();
    }
}
