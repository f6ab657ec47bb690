package vn.doanket.membership.territory;

import org.junit.jupiter.api.Test;
import vn.doanket.events.Actor;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.territory.Territory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Listeners hear of each decision that changed the tree, once: not of duplicates, nor of a decision already on it. */
class DecisionListenerTest {

    @Test
    void aListenerHearsOfEachDecisionThatChangedTheTreeOnce() {
        Territory territory = Territory.loadOfficial();
        MembershipTerritoryApplier applier = new MembershipTerritoryApplier(territory);
        List<String> heard = new ArrayList<>();
        applier.onDecisionApplied(e -> heard.add(e.decisionId()));
        applier.onDecisionApplied(e -> {
            throw new IllegalStateException("a failing listener changes nothing");
        });
        ReorganisationDecisionRecordedEvent decision = MembershipTerritoryFeedTest.historicalDecision();

        assertThat(applier.apply(envelope(decision, 0))).isTrue();
        assertThat(heard).containsExactly(decision.decisionId());
        assertThat(territory.unit("26551", LocalDate.of(2019, 1, 1))).isPresent();
        assertThat(territory.mapChangeDates()).contains(LocalDate.of(2020, 1, 1));
        // a duplicate, and the same decision read again by another applier on a tree that already has it
        assertThat(applier.apply(envelope(decision, 0))).isFalse();
        MembershipTerritoryApplier again = new MembershipTerritoryApplier(territory);
        again.onDecisionApplied(e -> heard.add("again:" + e.decisionId()));
        assertThat(again.apply(envelope(decision, 0))).isTrue();
        assertThat(heard).containsExactly(decision.decisionId());
    }

    private static EventEnvelope envelope(ReorganisationDecisionRecordedEvent event, long sequence) {
        return EnvelopeCodec.envelope(UUID.nameUUIDFromBytes((event.decisionId() + "#" + sequence)
                        .getBytes(StandardCharsets.UTF_8)), "ReorganisationDecision", event.decisionId(), sequence,
                Instant.now(), Actor.SYSTEM, null, event);
    }
}
