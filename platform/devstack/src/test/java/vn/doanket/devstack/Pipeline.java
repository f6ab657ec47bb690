package vn.doanket.devstack;

import vn.doanket.dashboard.DashboardApplication;
import vn.doanket.feedback.FeedbackApplication;
import vn.doanket.membership.MembershipApplication;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;

import java.util.Map;

/**
 * Membership and dashboard started as in the local stack, on the shared infrastructure, with a topic,
 * consumer group and databases of their own — so test classes share the broker without seeing each
 * other's events.
 *
 * @param topic      membership's topic for this pipeline
 * @param group      the dashboard's consumer group
 * @param membership the membership service
 * @param dashboard  the dashboard service
 * @param feedbackTopic feedback's topic for this pipeline
 * @param feedback   the feedback service (its escalation scanner off: tests drive time themselves)
 */
record Pipeline(String topic, String group, ServiceApps.RunningService membership,
                ServiceApps.RunningService dashboard, String feedbackTopic,
                ServiceApps.RunningService feedback, String namespace,
                Map<String, ServiceApps.RunningService> contexts) implements AutoCloseable {

    /** Starts a pipeline whose names begin with {@code label}, with every plugged context's service. */
    static Pipeline start(String label) {
        String ns = InfrastructureProperties.uniqueName(label);
        String topic = ns + ".doanket.membership.events";
        String group = ns + "-dashboard";
        String feedbackTopic = ns + ".doanket.feedback.events";
        java.util.Deque<ServiceApps.RunningService> started = new java.util.ArrayDeque<>();
        try {
            ServiceApps.RunningService membership = ServiceApps.start("membership", MembershipApplication.class,
                    membershipProps(topic));
            started.push(membership);
            Map<String, String> dashboardProps = dashboardProps(topic, feedbackTopic, group);
            dashboardProps.put("doanket.dashboard.context-topic-prefix", ns + ".");
            ServiceApps.RunningService dashboard = ServiceApps.start("dashboard", DashboardApplication.class, dashboardProps);
            started.push(dashboard);
            Map<String, String> feedbackProps = feedbackProps(feedbackTopic, topic);
            feedbackProps.putAll(crossContextTopics(ns));
            ServiceApps.RunningService feedback = ServiceApps.start("feedback", FeedbackApplication.class, feedbackProps);
            started.push(feedback);
            Map<String, ServiceApps.RunningService> contexts = new java.util.LinkedHashMap<>();
            for (vn.doanket.context.ContextService context : DevStack.contexts()) {
                if (BUILT_IN.contains(context.name())) {
                    continue; // started above, on this pipeline's topics
                }
                Map<String, String> props = InfrastructureProperties.forNewContext(context.name());
                props.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
                props.put("server.port", "0");
                props.put("doanket.axon.publisher.topic", ns + "." + vn.doanket.events.Topics.eventsOf(context.name()));
                props.put("doanket.membership.territory.topic", topic);
                props.putAll(crossContextTopics(ns));
                ServiceApps.RunningService service = ServiceApps.start(context.name(), context.application(), props);
                started.push(service);
                contexts.put(context.name(), service);
            }
            return new Pipeline(topic, group, membership, dashboard, feedbackTopic, feedback, ns, Map.copyOf(contexts));
        } catch (RuntimeException e) {
            while (!started.isEmpty()) {
                started.pop().close();
            }
            throw e;
        }
    }

    /** The services this fixture starts with their own properties (above); every other context is generic. */
    static final java.util.Set<String> BUILT_IN = java.util.Set.of("membership", "dashboard", "feedback");

    /**
     * The topics one context consumes from another, in this pipeline's namespace: each context's consumer reads the
     * property {@code doanket.topics.<context>} (default {@code doanket.<context>.events}).
     */
    static Map<String, String> crossContextTopics(String ns) {
        Map<String, String> props = new java.util.HashMap<>();
        props.put("doanket.topics.membership", ns + ".doanket.membership.events");
        props.put("doanket.topics.feedback", ns + ".doanket.feedback.events");
        DevStack.contexts().stream().filter(c -> !BUILT_IN.contains(c.name())).forEach(c -> props.put("doanket.topics." + c.name(),
                ns + "." + vn.doanket.events.Topics.eventsOf(c.name())));
        return props;
    }

    /** A started service by name (built-in or plugged). */
    ServiceApps.RunningService service(String name) {
        return switch (name) {
            case "membership" -> membership;
            case "dashboard" -> dashboard;
            case "feedback" -> feedback;
            default -> java.util.Optional.ofNullable(contexts.get(name))
                    .orElseThrow(() -> new IllegalArgumentException("No service " + name));
        };
    }

    /** Every started service by name. */
    Map<String, ServiceApps.RunningService> services() {
        Map<String, ServiceApps.RunningService> all = new java.util.LinkedHashMap<>();
        all.put("membership", membership);
        all.put("dashboard", dashboard);
        all.put("feedback", feedback);
        all.putAll(contexts);
        return all;
    }

    /** Properties of a membership service publishing to {@code topic}, on fresh databases. */
    static Map<String, String> membershipProps(String topic) {
        Map<String, String> props = InfrastructureProperties.forNewContext("membership");
        props.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("doanket.axon.publisher.topic", topic);
        return props;
    }

    /**
     * Properties of a feedback service publishing to {@code topic}, on fresh databases, its territory
     * following membership's {@code membershipTopic}.
     */
    static Map<String, String> feedbackProps(String topic, String membershipTopic) {
        Map<String, String> props = InfrastructureProperties.forNewContext("feedback");
        props.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("doanket.axon.publisher.topic", topic);
        props.put("doanket.feedback.escalation.enabled", "false");
        props.put("doanket.membership.territory.topic", membershipTopic);
        return props;
    }

    /**
     * Properties of a dashboard consuming membership's {@code topic} and feedback's {@code feedbackTopic}
     * as {@code group}, on fresh databases.
     */
    static Map<String, String> dashboardProps(String topic, String feedbackTopic, String group) {
        Map<String, String> props = InfrastructureProperties.forNewContext("dashboard");
        props.putAll(SharedInfrastructure.get().identity().resourceServerProperties());
        props.put("server.port", "0");
        props.put("spring.cloud.stream.bindings.membershipEvents-in-0.destination", topic);
        props.put("spring.cloud.stream.bindings.membershipEvents-in-0.group", group);
        props.put("spring.cloud.stream.bindings.feedbackEvents-in-0.destination", feedbackTopic);
        props.put("spring.cloud.stream.bindings.feedbackEvents-in-0.group", group);
        return props;
    }

    @Override
    public void close() {
        contexts.values().forEach(ServiceApps.RunningService::close);
        try {
            feedback.close();
        } finally {
            try {
                dashboard.close();
            } finally {
                membership.close();
            }
        }
    }
}
