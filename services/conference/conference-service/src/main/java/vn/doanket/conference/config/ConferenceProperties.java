package vn.doanket.conference.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the conference service ({@code doanket.conference.*}). */
@ConfigurationProperties("doanket.conference")
public class ConferenceProperties {

    private final CheckIn checkIn = new CheckIn();
    private final Feedback feedback = new Feedback();
    /** Aggregates with many events (conferences, training classes) are snapshotted every this many events. */
    private int snapshotThreshold = 50;

    public CheckIn getCheckIn() {
        return checkIn;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public int getSnapshotThreshold() {
        return snapshotThreshold;
    }

    public void setSnapshotThreshold(int snapshotThreshold) {
        this.snapshotThreshold = snapshotThreshold;
    }

    /** Check-in codes. */
    public static class CheckIn {
        /**
         * The key that signs check-in codes (HMAC-SHA256), at least 32 bytes, the same on every instance. The default
         * is for development only: set {@code DOANKET_CONFERENCE_CHECK_IN_KEY} from a secret store in production
         * (changing it invalidates every printed code).
         */
        private String signingKey;

        public String getSigningKey() {
            return signingKey;
        }

        public void setSigningKey(String signingKey) {
            this.signingKey = signingKey;
        }
    }

    /** The feed of petitions opened from opinions. */
    public static class Feedback {
        /** Whether to consume the feedback service's events (opinion → petition links and states). */
        private boolean enabled = true;
        /** The feedback service's topic. */
        private String topic = "doanket.feedback.events";
        /** This service's consumer group on it. */
        private String group = "conference";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }
    }
}
