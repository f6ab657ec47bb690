package vn.doanket.events;

import java.util.regex.Pattern;

/** Names of the Kafka topics of the published language. */
public final class Topics {

    private static final Pattern CONTEXT = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private Topics() {
    }

    /** {@code doanket.<context>.events}: every event a bounded context publishes. */
    public static String eventsOf(String context) {
        if (!CONTEXT.matcher(context).matches()) {
            throw new IllegalArgumentException("Invalid context name: " + context);
        }
        return "doanket." + context + ".events";
    }
}
