package vn.doanket.web;

import vn.doanket.events.error.TextScrubber;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of an exception for the log: same class name (in the message), stack trace and causes, with
 * what looks like personal data scrubbed from the messages — e-mail addresses, phone and ID numbers
 * (8+ digits) and {@code dd/mm/yyyy} dates. Exceptions thrown by drivers and libraries quote values
 * ({@code … WHERE phone = '0912345678'}); the log must not.
 */
final class LogSafeThrowable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private LogSafeThrowable(String message) {
        super(message); // not (message, null, …): a null cause can never be set, and initCause below would throw
    }

    static Throwable of(Throwable original) {
        return copy(original, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable original, Map<Throwable, Throwable> seen) {
        Throwable done = seen.get(original);
        if (done != null) {
            return done;
        }
        String message = original.getMessage() == null ? original.getClass().getName()
                : original.getClass().getName() + ": " + scrub(original.getMessage());
        LogSafeThrowable copy = new LogSafeThrowable(message);
        seen.put(original, copy);
        copy.setStackTrace(original.getStackTrace());
        if (original.getCause() != null && original.getCause() != original) {
            copy.initCause(copy(original.getCause(), seen));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, seen));
        }
        return copy;
    }

    static String scrub(String text) {
        return TextScrubber.scrub(text);
    }

    /** Prints as the original would, without this wrapper's class name. */
    @Override
    public String toString() {
        return getMessage();
    }
}
