package vn.doanket.dashboard.rebuild;

import org.junit.jupiter.api.Test;
import vn.doanket.dashboard.query.ContextProjections;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild reads exactly the topics the live consumers read: membership's and feedback's from their bindings, every
 * plugged context's with the same prefix the live binding uses ({@code doanket.dashboard.context-topic-prefix}).
 */
class RebuildTopicsTest {

    @Test
    void everyPluggedTopicIsReadWithThePrefixOfTheLiveBinding() {
        Map<String, String> plain = Rebuild.topics("m.events", "f.events");
        Map<String, String> prefixed = Rebuild.topics("t1.m.events", "t1.f.events", "t1.");

        assertThat(ContextProjections.all()).as("the conference and competition plug-ins are on the dashboard's classpath")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(plain).containsEntry("m.events", ContextProjections.MEMBERSHIP)
                .containsEntry("f.events", ContextProjections.FEEDBACK)
                .hasSize(2 + ContextProjections.all().size());
        assertThat(prefixed).hasSize(plain.size());
        ContextProjections.all().forEach(p -> {
            assertThat(plain).containsEntry(p.topic(), p.context());
            assertThat(prefixed).containsEntry("t1." + p.topic(), p.context()).doesNotContainKey(p.topic());
        });
    }
}
