package vn.doanket.events;

import java.util.Objects;

/**
 * Who caused a fact: a user id and the role they acted in. Never personal data
 * (no names, phone numbers or ID numbers), so it may travel on every topic.
 */
public record Actor(String userId, String role) {

    /** The platform itself (schedulers, imports, demo data). */
    public static final Actor SYSTEM = new Actor("system", "SYSTEM");

    /** A caller that was not authenticated (only where a route allows it). */
    public static final Actor ANONYMOUS = new Actor("anonymous", "ANONYMOUS");

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
