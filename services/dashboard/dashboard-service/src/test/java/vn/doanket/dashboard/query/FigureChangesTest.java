package vn.doanket.dashboard.query;

import vn.doanket.dashboard.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.doanket.testing.InfrastructureProperties;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A subscriber that went away never keeps the others of its unit from getting a change. */
class FigureChangesTest {

    /** An emitter whose browser goes away after the first message: sending fails, and so does completing it (as Tomcat does). */
    static final class Gone extends SseEmitter {
        volatile int attempts;

        @Override
        public void send(SseEventBuilder builder) {
            if (++attempts > 1) {
                throw new IllegalStateException("AsyncContext used after an error");
            }
        }

        @Override
        public synchronized void completeWithError(Throwable ex) {
            throw new IllegalStateException("A non-container thread attempted to use the AsyncContext after an error");
        }
    }

    /** An emitter of an open page: records what it is sent. */
    static final class Open extends SseEmitter {
        final List<Object> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SseEventBuilder builder) {
            sent.add(builder.build());
        }
    }

    @Test
    void aGoneSubscriberIsDroppedAndTheOpenPageStillGetsTheChange() throws Exception {
        UnitFigures figures = new UnitFigures(new MongoTemplate(TestMongo.client(), InfrastructureProperties.uniqueName("sse")));
        FigureChanges changes = new FigureChanges(figures);
        Gone gone = new Gone();
        Open open = new Open();
        try {
            changes.register("26560", gone);
            changes.register("26560", new Gone());
            changes.register("26560", open);
            changes.register("26560", new Gone());
            int primed = open.sent.size();
            assertThat(primed).isEqualTo(1);
            changes.start();
            figures.changed(DatedFigures.CURRENT, List.of("26560-KP01", "26560", "79", "VN"));
            await("the change sent to the open page").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> open.sent.size() > primed);
            assertThat(open.sent).as("the open page got the change").hasSize(primed + 1);
            // the flush sends in subscription order on its own thread: the page registered after the open one fails
            // (and is dropped) just after the open page got the change
            await("the gone pages dropped").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> {
                        assertThat(changes.subscriptions()).as("only the open page is left").isEqualTo(1);
                        assertThat(gone.attempts).isEqualTo(2);
                    });
        } finally {
            changes.stop();
        }
    }
}
