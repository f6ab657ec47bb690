package vn.doanket.testing.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The platform's architecture rules, as ArchUnit rules every context's code is checked against
 * ({@code platform/devstack} {@code ArchitectureTest} over all of it; a new context's own tests may reuse them).
 *
 * <p>Code lives in {@code <root>.<context>.<part>}: a context ({@code membership}, {@code feedback}, …) or a platform
 * library ({@code events}, {@code territory}, …). What a context publishes for others is its {@code api} (commands,
 * events, queries as records) and the small modules made to be used elsewhere ({@value #PUBLISHED_DOC}); everything
 * else ({@code command}, {@code query}, {@code web}, {@code config}, …) is its own.
 */
public final class ArchitectureRules {

    static final String PUBLISHED_DOC = "api, territory (membership's territory feed), dashboard (a context's dashboard plug-in)";
    /** The parts of a context other contexts may use. */
    public static final Set<String> PUBLISHED = Set.of("api", "territory", "dashboard");
    /** The platform libraries of the project ({@code platform/*}): usable by every context. */
    public static final Set<String> PLATFORM = Set.of("events", "territory", "calendar", "security", "audit", "reports",
            "axon", "messaging", "web", "testing", "devstack", "logaudit", "certificates", "bench", "context");

    private final String root;
    private final Set<String> platform;

    /**
     * @param root     the root package ({@code vn.doanket})
     * @param platform the platform libraries' names under it
     */
    public ArchitectureRules(String root, Set<String> platform) {
        this.root = root;
        this.platform = Set.copyOf(platform);
    }

    /** The rules of this project. */
    public static ArchitectureRules project() {
        return new ArchitectureRules("vn.doanket", PLATFORM);
    }

    /** No cycle between the parts of a context ({@code command}, {@code query}, {@code web}, {@code config}, …). */
    public ArchRule noCyclesBetweenParts() {
        return slices().matching(root + ".(*).(*)..").namingSlices("$1.$2")
                .should().beFreeOfCycles()
                .because("a context's parts (command, query, web, config) depend one way only");
    }

    /**
     * A context's {@code api} depends only on the platform's events module, its own api and the JDK (and Axon's
     * {@code @TargetAggregateIdentifier} on commands): consumers depend on the published language, nothing else.
     */
    public ArchRule apiDependsOnlyOnEvents() {
        return classes().that(inPart("api")).should(new ArchCondition<>("depend only on its own api, " + root
                + ".events, the JDK and Axon's command annotations") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String context = context(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String pkg = target.getPackageName();
                    boolean allowed = target.isPrimitive() || pkg.startsWith("java.")
                            || pkg.equals(root + "." + context + ".api") || pkg.startsWith(root + "." + context + ".api.")
                            || pkg.equals(root + ".events") || pkg.startsWith(root + ".events.")
                            || pkg.equals("org.axonframework.modelling.command");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        });
    }

    /** The dashboard uses other contexts only through what they publish, never their service internals. */
    public ArchRule dashboardImportsNoServiceInternals() {
        return classes().that(inContext("dashboard")).should(useOtherContextsOnlyThroughWhatTheyPublish())
                .because("the dashboard is built only from published events and plug-ins");
    }

    /**
     * A context's dashboard plug-in ({@code <context>.dashboard}, loaded inside the dashboard) uses only its context's
     * published language ({@code api}), the platform's {@code events} and {@code context} modules, BSON, Jackson and the
     * JDK: never its own service's internals, which are not on the dashboard's classpath.
     */
    public ArchRule dashboardPluginsUseOnlyThePublishedLanguage() {
        return classes().that(inPart("dashboard")).should(new ArchCondition<>("depend only on its own api and dashboard, "
                + root + ".events, " + root + ".context, BSON, Jackson and the JDK") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String context = context(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String pkg = target.getPackageName();
                    String own = root + "." + context + ".";
                    boolean allowed = target.isPrimitive() || pkg.startsWith("java.")
                            || pkg.startsWith(own + "api") || pkg.startsWith(own + "dashboard")
                            || pkg.equals(root + ".events") || pkg.startsWith(root + ".events.")
                            || pkg.equals(root + ".context") || pkg.startsWith(root + ".context.")
                            || pkg.startsWith("org.bson") || pkg.startsWith("com.fasterxml.jackson");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    /** No context uses another context's service internals (only its api and published modules). */
    public ArchRule noContextImportsAnotherContextsService() {
        return classes().that(inAContext()).should(useOtherContextsOnlyThroughWhatTheyPublish())
                .because("each context owns its aggregates; others know only its published language");
    }

    private ArchCondition<JavaClass> useOtherContextsOnlyThroughWhatTheyPublish() {
        return new ArchCondition<>("use other contexts only through their " + PUBLISHED_DOC) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String context = context(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String other = context(target);
                    if (other == null || other.equals(context) || platform.contains(other)) {
                        continue;
                    }
                    if (!PUBLISHED.contains(part(target))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private DescribedPredicate<JavaClass> inPart(String part) {
        return DescribedPredicate.describe("are in a context's " + part, c -> context(c) != null
                && !platform.contains(context(c)) && part.equals(part(c)));
    }

    private DescribedPredicate<JavaClass> inContext(String context) {
        return DescribedPredicate.describe("are in context " + context, c -> context.equals(context(c)));
    }

    private DescribedPredicate<JavaClass> inAContext() {
        return DescribedPredicate.describe("are in a context", c -> context(c) != null && !platform.contains(context(c)));
    }

    /** The context (or platform library) of a class: the package segment after the root, or null outside the root. */
    String context(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The part of a context a class is in ({@code api}, {@code command}, …), or "" for the context's top package. */
    String part(JavaClass c) {
        String pkg = c.getPackageName();
        String rest = pkg.substring(root.length() + 1);
        String[] segments = rest.split("\\.");
        return segments.length > 1 ? segments[1] : "";
    }
}
