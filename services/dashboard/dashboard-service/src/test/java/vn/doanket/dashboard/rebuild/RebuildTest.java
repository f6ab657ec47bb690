package vn.doanket.dashboard.rebuild;

import vn.doanket.dashboard.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.doanket.dashboard.query.DatedFigures;
import vn.doanket.dashboard.query.FeedbackProjector;
import vn.doanket.dashboard.query.FeedbackProjectorTest;
import vn.doanket.dashboard.query.MembershipProjector;
import vn.doanket.dashboard.query.MembershipProjectorTest;
import vn.doanket.dashboard.query.UnitFigures;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.messaging.AggregateDocuments;
import vn.doanket.testing.InfrastructureProperties;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild on the real broker and the MongoDB stand-in: events published to both topics are
 * replayed by a consumer of its own into a fresh database, which ends identical to the live read
 * models built event by event; the service then serves it, and remembers that across a restart.
 */
public class RebuildTest {

    static final Territory territory = Territory.loadOfficial();

    @Test
    void rebuildsFromTheTopicsIntoAFreshDatabaseIdenticalToTheLiveOneAndSwitches() throws Exception {
        String membershipTopic = InfrastructureProperties.uniqueName("rebuild") + ".doanket.membership.events";
        String feedbackTopic = InfrastructureProperties.uniqueName("rebuild") + ".doanket.feedback.events";
        List<EventEnvelope> membership = new ArrayList<>(MembershipProjectorTest.history());
        membership.addAll(MembershipProjectorTest.committeeHistory());
        List<EventEnvelope> feedback = FeedbackProjectorTest.history();
        publish(membershipTopic, membership);
        publish(feedbackTopic, feedback);

        // the live read models, built event by event in the service's database
        String home = InfrastructureProperties.uniqueName("dashboard");
        ReadModelDatabase databases = new ReadModelDatabase(TestMongo.client(), home);
        MongoTemplate live = new MongoTemplate(databases);
        UnitFigures figures = new UnitFigures(live);
        DatedFigures dated = new DatedFigures(figures, territory);
        AggregateDocuments documents = new AggregateDocuments(live);
        membership.forEach(new MembershipProjector(documents, figures, territory, dated)::handle);
        feedback.forEach(new FeedbackProjector(documents, figures, dated, territory)::handle);
        Map<String, List<Document>> before = snapshot(live);
        assertThat(before.get(UnitFigures.COLLECTION)).isNotEmpty();

        Rebuild rebuild = new Rebuild(databases, territory, SharedInfrastructure.get().kafka().bootstrapServers(),
                Rebuild.topics(membershipTopic, feedbackTopic), Clock.systemUTC());
        Rebuild.Progress started = rebuild.start();
        assertThat(started.state()).isEqualTo(Rebuild.State.RUNNING);
        assertThat(started.serving()).isEqualTo(home);
        Rebuild.Progress done = rebuild.await(Duration.ofMinutes(2));

        assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(Rebuild.State.SWITCHED);
        int events = membership.size() + feedback.size();
        assertThat(done.processed()).isEqualTo(events);
        assertThat(done.total()).isEqualTo(events);
        assertThat(done.eventsPerSecond()).isPositive();
        assertThat(done.database()).startsWith(home + "_r").isNotEqualTo(home);
        assertThat(databases.active()).isEqualTo(done.database());
        // the service's template now reads the rebuilt models, identical to the live ones
        Map<String, List<Document>> after = snapshot(live);
        assertThat(after).isEqualTo(before);
        assertThat(snapshot(new MongoTemplate(TestMongo.client(), home))).as("the old database is kept").isEqualTo(before);
        // a restart serves the rebuilt database
        assertThat(new ReadModelDatabase(TestMongo.client(), home).active()).isEqualTo(done.database());
    }

    public static void publish(String topic, List<EventEnvelope> events) {
        TopicRecords.send(SharedInfrastructure.get().kafka().bootstrapServers(), topic,
                events.stream().map(e -> Map.entry(e.aggregateId(), EnvelopeCodec.encode(e))).toList());
    }

    public static Map<String, List<Document>> snapshot(MongoTemplate mongo) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of(MembershipProjector.AREAS, MembershipProjector.COMMITTEES,
                FeedbackProjector.PETITIONS, UnitFigures.COLLECTION)) {
            List<Document> docs = new ArrayList<>();
            mongo.getCollection(collection).find().into(docs);
            docs.sort((a, b) -> a.get("_id").toString().compareTo(b.get("_id").toString()));
            all.put(collection, docs);
        }
        return all;
    }
}
