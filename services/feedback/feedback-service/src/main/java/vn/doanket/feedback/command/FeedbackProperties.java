package vn.doanket.feedback.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.doanket.feedback.api.HandlingLevel;
import vn.doanket.feedback.api.Topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Settings of the feedback service ({@code doanket.feedback.*} in {@code feedback.yml}). */
@ConfigurationProperties("doanket.feedback")
public class FeedbackProperties {

    /** The topic taxonomy: code → labels. Defaults to {@link Topic}; add codes to extend it. */
    private Map<String, TopicLabels> topics = defaultTopics();

    /**
     * A fact (a receipt, a forwarding) is <em>recorded late</em> when it is entered into the system more than this
     * many calendar days after the day it happened (a forwarding also when its deadline had already passed).
     */
    private int recordedLateAfterDays = 7;

    private final Sla sla = new Sla();
    private final Escalation escalation = new Escalation();
    private final Open311 open311 = new Open311();
    private final Notifications notifications = new Notifications();

    static Map<String, TopicLabels> defaultTopics() {
        Map<String, TopicLabels> topics = new LinkedHashMap<>();
        Arrays.stream(Topic.values()).forEach(t -> topics.put(t.name(), new TopicLabels(t.labelVi(), t.labelEn())));
        return topics;
    }

    public Map<String, TopicLabels> getTopics() {
        return topics;
    }

    public void setTopics(Map<String, TopicLabels> topics) {
        this.topics = topics;
    }

    public int getRecordedLateAfterDays() {
        return recordedLateAfterDays;
    }

    public void setRecordedLateAfterDays(int recordedLateAfterDays) {
        this.recordedLateAfterDays = recordedLateAfterDays;
    }

    public Sla getSla() {
        return sla;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public Open311 getOpen311() {
        return open311;
    }

    public Notifications getNotifications() {
        return notifications;
    }

    /** Labels of a topic. */
    public record TopicLabels(String vi, String en) {
    }

    /**
     * Time allowed for an answer, in Vietnamese working days, by handling level, with per-topic overrides.
     * Defaults follow the Law on Complaints/Denunciations practice: 15 working days at commune level, 30 at
     * province level, 45 at national level; land disputes get 30/45/60.
     */
    public static class Sla {
        private Map<HandlingLevel, Integer> workingDays = new EnumMap<>(Map.of(
                HandlingLevel.COMMUNE, 15, HandlingLevel.PROVINCE, 30, HandlingLevel.NATIONAL, 45));
        private Map<String, Map<HandlingLevel, Integer>> topics = new LinkedHashMap<>(Map.of(
                Topic.LAND.name(), new EnumMap<>(Map.of(
                        HandlingLevel.COMMUNE, 30, HandlingLevel.PROVINCE, 45, HandlingLevel.NATIONAL, 60))));

        public Map<HandlingLevel, Integer> getWorkingDays() {
            return workingDays;
        }

        public void setWorkingDays(Map<HandlingLevel, Integer> workingDays) {
            this.workingDays = workingDays;
        }

        public Map<String, Map<HandlingLevel, Integer>> getTopics() {
            return topics;
        }

        public void setTopics(Map<String, Map<HandlingLevel, Integer>> topics) {
            this.topics = topics;
        }
    }

    /** The scanner that escalates overdue petitions. */
    public static class Escalation {
        /** Whether the scanner runs. */
        private boolean enabled = true;
        /** Time between scans. */
        private Duration interval = Duration.ofMinutes(5);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    /** Open311 GeoReport v2 intake: one client per API key, each tied to the jurisdiction unit it reports to. */
    public static class Open311 {
        private List<Client> clients = new ArrayList<>();

        public List<Client> getClients() {
            return clients;
        }

        public void setClients(List<Client> clients) {
            this.clients = clients;
        }
    }

    /**
     * One Open311 client (a city app).
     *
     * @param apiKey         the key it sends as {@code api_key}
     * @param clientId       recorded as the actor's user id ({@code open311:<clientId>})
     * @param jurisdictionId its {@code jurisdiction_id}
     * @param unitCode       the administrative unit its requests concern
     */
    public record Client(String apiKey, String clientId, String jurisdictionId, String unitCode) {
    }

    /** Notifications to citizens and handlers. */
    public static class Notifications {
        /** {@code log} (default) or {@code smtp}. */
        private String adapter = "log";
        /** Sender address for e-mail. */
        private String from = "khong-tra-loi@doanket.vn";

        public String getAdapter() {
            return adapter;
        }

        public void setAdapter(String adapter) {
            this.adapter = adapter;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }
    }
}
