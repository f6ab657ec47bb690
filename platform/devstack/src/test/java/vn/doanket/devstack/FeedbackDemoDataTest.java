package vn.doanket.devstack;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.feedback.FeedbackApplication;
import vn.doanket.feedback.demo.FeedbackDemoData;
import vn.doanket.feedback.escalation.EscalationScanner;
import vn.doanket.feedback.query.PetitionProjection;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack's demo petitions: every state, several provinces, some overdue and escalated, merges and splits. */
class FeedbackDemoDataTest {

    @Test
    void demoPetitionsCoverEveryStateAndEscalateWhenOverdue() throws Exception {
        String demo = vn.doanket.testing.InfrastructureProperties.uniqueName("demo");
        Map<String, String> props = Pipeline.feedbackProps(demo + ".feedback", demo + ".membership");
        // the scanner runs when this test says so
        props.put("doanket.feedback.escalation.enabled", "true");
        props.put("doanket.feedback.escalation.initial-delay", "1h");
        props.put("doanket.feedback.escalation.interval", "1h");
        try (ServiceApps.RunningService feedback = ServiceApps.start("feedback", FeedbackApplication.class, props)) {
            int loaded = FeedbackDemoData.load(feedback.context(), 300);
            assertThat(loaded).isGreaterThanOrEqualTo(300);
            MongoTemplate mongo = feedback.context().getBean(MongoTemplate.class);
            E2e.await("demo petitions in the query model", Duration.ofSeconds(120), () ->
                    mongo.getCollection(PetitionProjection.PETITIONS).countDocuments() == loaded);
            // every petition is in the query model, but the events after their receipt (classified, forwarded, ...,
            // merged, split) are applied by the processor's segments in no order between petitions: read until every
            // state is there
            Map<String, Integer> byStatus = new TreeMap<>();
            Set<String> provinces = new java.util.TreeSet<>();
            Awaitility.await("every state in the query model").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                        byStatus.clear();
                        provinces.clear();
                        for (Document doc : mongo.getCollection(PetitionProjection.PETITIONS).find()) {
                            byStatus.merge(doc.getString("status"), 1, Integer::sum);
                            provinces.add(doc.getString("unitCode").substring(0, 2));
                        }
                        assertThat(byStatus.keySet()).containsExactlyInAnyOrder("RECEIVED", "CLASSIFIED", "FORWARDED",
                                "ANSWERED", "COMMUNICATED", "CLOSED", "WITHDRAWN", "MERGED", "SPLIT");
                        assertThat(provinces).contains("26", "00", "01");
                    });
            JdbcTemplate jdbc = feedback.context().getBean(JdbcTemplate.class);
            E2e.await("deadlines", Duration.ofSeconds(60), () ->
                    jdbc.queryForObject("select count(*) from petition_deadline", Long.class) >= 90);
            long overdue = jdbc.queryForObject("select count(*) from petition_deadline where deadline < current_date", Long.class);
            assertThat(overdue).isPositive();
            // the stack's own step after loading: wait for the deadline projection, then one scan
            assertThat(FeedbackDemoData.escalateOverdue(feedback.context(), Duration.ofSeconds(60))).isPositive();
            assertThat(feedback.context().getBean(EscalationScanner.class).scan()).as("a second scan escalates nothing more").isZero();
            assertThat(jdbc.queryForObject("select count(*) from petition_deadline where deadline < current_date "
                    + "and level = 'NATIONAL'", Long.class)).as("overdue at the top level stay overdue").isPositive();
            System.out.println("FeedbackDemoDataTest " + loaded + " petitions " + byStatus);
        }
    }
}
