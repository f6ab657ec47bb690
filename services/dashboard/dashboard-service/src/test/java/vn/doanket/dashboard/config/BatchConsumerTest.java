package vn.doanket.dashboard.config;

import vn.doanket.dashboard.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.doanket.dashboard.query.EventBatch;
import vn.doanket.dashboard.query.EventBatchTest;
import vn.doanket.dashboard.rebuild.RebuildTest;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.MalformedEnvelopeException;
import vn.doanket.territory.Territory;
import vn.doanket.testing.InfrastructureProperties;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live consumer's batch step ({@link ConsumerConfig#batches}) on the MongoDB stand-in: a record that
 * cannot be applied stops the batch there, with the records before it written and none after it, and
 * is named to the platform's error handler by its index.
 */
class BatchConsumerTest {

    static final Territory territory = Territory.loadOfficial();

    static MongoTemplate freshDatabase() {
        return new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("consumer"));
    }

    static Message<List<Object>> message(List<Object> payloads) {
        return MessageBuilder.withPayload(payloads).build();
    }

    static byte[] bytes(EventBatch.Item item) {
        return EnvelopeCodec.encode(item.envelope());
    }

    @Test
    void aRecordThatCannotBeAppliedIsNamedWithTheRecordsBeforeItWrittenAndNoneAfterIt() {
        // one binding, one source: membership's events
        List<EventBatch.Item> items = EventBatchTest.items().stream()
                .filter(i -> i.context().equals(EventBatch.Source.MEMBERSHIP.context())).toList();
        int cut = items.size() / 2;
        MongoTemplate before = freshDatabase();
        new EventBatch(before, territory, null).apply(items.subList(0, cut), EventBatchTest.NONE);
        Map<String, List<Document>> expected = RebuildTest.snapshot(before);
        MongoTemplate all = freshDatabase();
        new EventBatch(all, territory, null).apply(items, EventBatchTest.NONE);
        assertThat(RebuildTest.snapshot(all)).as("the records after the cut change the read models").isNotEqualTo(expected);

        // an envelope its projector refuses, in the middle of the poll
        List<Object> poll = new ArrayList<>();
        items.subList(0, cut).forEach(i -> poll.add(bytes(i)));
        poll.add(bytes(EventBatchTest.poison()));
        items.subList(cut, items.size()).forEach(i -> poll.add(bytes(i)));
        MongoTemplate live = freshDatabase();
        EventBatch batch = new EventBatch(live, territory, null);
        assertThatThrownBy(() -> ConsumerConfig.batches(batch, EventBatch.Source.MEMBERSHIP).accept(message(poll)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(cut);
                    assertThat(failed.getCause()).isInstanceOf(MalformedEnvelopeException.class);
                });
        assertThat(RebuildTest.snapshot(live)).isEqualTo(expected);

        // a record that is not an envelope at all, first in the poll: nothing written
        MongoTemplate empty = freshDatabase();
        List<Object> notAnEnvelope = new ArrayList<>(List.of("{ not an envelope".getBytes(StandardCharsets.UTF_8)));
        notAnEnvelope.add(bytes(items.get(0)));
        assertThatThrownBy(() -> ConsumerConfig.batches(new EventBatch(empty, territory, null), EventBatch.Source.MEMBERSHIP)
                .accept(message(notAnEnvelope)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> assertThat(failed.getIndex()).isZero());
        assertThat(RebuildTest.snapshot(empty).values()).allSatisfy(docs -> assertThat(docs).isEmpty());
    }
}
