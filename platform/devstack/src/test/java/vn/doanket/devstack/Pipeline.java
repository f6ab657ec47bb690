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
                ServiceApps.RunningService feedback) implements AutoCloseable {

    /** Starts a pipeline whose names begin with {@code label}. */
    static Pipeline start(String label) {
        String ns = InfrastructureProperties.uniqueName(label);
        String topic = ns + ".doanket.membership.events";
        String group = ns + "-dashboard";
        String feedbackTopic = ns + ".doanket.feedback.events";
        ServiceApps.RunningService membership = ServiceApps.start("membership", MembershipApplication.class,
                membershipProps(topic));
        ServiceApps.RunningService dashboard = null;
        try {
            dashboard = ServiceApps.start("dashboard", DashboardApplication.class, dashboardProps(topic, feedbackTopic, group));
            return new Pipeline(topic, group, membership, dashboard, feedbackTopic,
                    ServiceApps.start("feedback", FeedbackApplication.class, feedbackProps(feedbackTopic, topic)));
        } catch (RuntimeException e) {
            if (dashboard != null) {
                dashboard.close();
            }
            membership.close();
            throw e;
        }
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
