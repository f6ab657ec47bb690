package vn.doanket.dashboard.query;

import vn.doanket.context.ContextProjection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The contexts plugged into the dashboard: every {@link ContextProjection} on the classpath
 * ({@code META-INF/services/vn.doanket.context.ContextProjection} of each context's dashboard-facing module, which the
 * root pom's {@code context-projections} profile puts on the dashboard's classpath). Live consumption, rebuilds,
 * labels, pages and exports follow from this list. Membership and feedback predate it and are wired in directly.
 */
public final class ContextProjections {

    /** Built-in contexts (their projectors live in the dashboard). */
    public static final String MEMBERSHIP = "membership";
    public static final String FEEDBACK = "feedback";

    private static final List<ContextProjection> ALL = discover();

    private ContextProjections() {
    }

    /** The plugged contexts' projections, in context-name order. */
    public static List<ContextProjection> all() {
        return ALL;
    }

    /** The projection of a plugged context. */
    public static Optional<ContextProjection> of(String context) {
        return ALL.stream().filter(p -> p.context().equals(context)).findFirst();
    }

    /** The projection whose collections include {@code collection}. */
    public static Optional<ContextProjection> byCollection(String collection) {
        return ALL.stream().filter(p -> p.collections().contains(collection)).findFirst();
    }

    /** Whether a collection's aggregates publish sequences with gaps (a context keeping some events internal). */
    public static boolean gapsExpected(String collection) {
        return ALL.stream().anyMatch(p -> !p.publishesEverySequence() && p.collections().contains(collection));
    }

    /** Property: a prefix of every plugged context's topic (tests give each pipeline topics of its own). */
    public static final String TOPIC_PREFIX = "doanket.dashboard.context-topic-prefix";

    /** Topic → context of every plugged context. */
    public static Map<String, String> topics() {
        return topics("");
    }

    /** Topic → context of every plugged context, each topic with {@code prefix} in front. */
    public static Map<String, String> topics(String prefix) {
        Map<String, String> topics = new LinkedHashMap<>();
        ALL.forEach(p -> topics.put(prefix + p.topic(), p.context()));
        return topics;
    }

    private static List<ContextProjection> discover() {
        List<ContextProjection> found = new ArrayList<>();
        ServiceLoader.load(ContextProjection.class, ContextProjections.class.getClassLoader()).forEach(found::add);
        found.sort(java.util.Comparator.comparing(ContextProjection::context));
        Set<String> contexts = new HashSet<>(Set.of(MEMBERSHIP, FEEDBACK));
        Set<String> names = new HashSet<>();
        Set<String> collections = new HashSet<>(Set.of(MembershipProjector.AREAS, MembershipProjector.COMMITTEES,
                FeedbackProjector.PETITIONS, SourcePlacements.WAITLIST, UnitFigures.COLLECTION));
        for (ContextProjection p : found) {
            if (!contexts.add(p.context())) {
                throw new IllegalStateException("Two projections of context " + p.context());
            }
            p.figures().forEach(f -> {
                if (!names.add(f.name())) {
                    throw new IllegalStateException("Figure " + f.name() + " declared twice (" + p.context() + ")");
                }
            });
            p.collections().forEach(c -> {
                if (!collections.add(c)) {
                    throw new IllegalStateException("Collection " + c + " of " + p.context() + " is taken");
                }
            });
        }
        return Collections.unmodifiableList(found);
    }
}
