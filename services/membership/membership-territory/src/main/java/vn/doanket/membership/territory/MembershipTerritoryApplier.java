package vn.doanket.membership.territory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.ResidentialAreaRenamedEvent;
import vn.doanket.membership.api.ResidentialAreaSplitEvent;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.LineageEdge;
import vn.doanket.territory.LineageKind;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Applies membership's published facts to a {@link Territory}: residential areas registered, renamed, merged and
 * split become area versions with lineage, and recorded reorganisation decisions of official units are added like
 * the shipped lineage (historical units included). Idempotent per (aggregate, sequence) and per effect, so
 * redeliveries and a tree that already knows a fact change nothing.
 *
 * <p>Events of different aggregates come from different partitions, so a fact may arrive before one it depends on
 * (an area merged into an area whose registration is still on its way). Such a fact waits, together with the later
 * facts of its aggregate, and is retried after every batch ({@link #retryPending()}). Thread-safe.
 */
public class MembershipTerritoryApplier {

    private static final Logger log = LoggerFactory.getLogger(MembershipTerritoryApplier.class);
    static final int MAX_ATTEMPTS = 1_000;

    private final Territory territory;
    private final Map<String, Long> lastSequence = new HashMap<>();
    /** Waiting facts by aggregate, in arrival order; each aggregate's facts stay in order. */
    private final Map<String, List<Pending>> pending = new LinkedHashMap<>();
    private final Set<String> appliedDecisions = new HashSet<>();
    private final List<Consumer<ReorganisationDecisionRecordedEvent>> decisionListeners = new CopyOnWriteArrayList<>();
    private long applied;

    private static final class Pending {
        final EventEnvelope envelope;
        int attempts;
        String lastError;

        Pending(EventEnvelope envelope) {
            this.envelope = envelope;
        }
    }

    public MembershipTerritoryApplier(Territory territory) {
        this.territory = territory;
    }

    /**
     * Calls {@code listener} after each reorganisation decision this applier adds to the tree (not for a decision the
     * tree already had, nor for a duplicate), on the thread that applied it, outside any lock of the tree. A listener
     * must return quickly; an exception it throws is logged and does not undo the decision.
     *
     * @param listener told of each decision that changed the map
     */
    public void onDecisionApplied(Consumer<ReorganisationDecisionRecordedEvent> listener) {
        decisionListeners.add(listener);
    }

    /** The tree this applier keeps current. */
    public Territory territory() {
        return territory;
    }

    /**
     * Applies one published fact, or keeps it waiting if something it depends on is not known yet.
     *
     * @return {@code true} if applied now (or a no-op for this tree), {@code false} if a duplicate or waiting
     */
    public synchronized boolean apply(EventEnvelope envelope) {
        String aggregate = envelope.aggregateId();
        Long last = lastSequence.get(aggregate);
        if (last != null && envelope.sequence() <= last) {
            return false;
        }
        List<Pending> waiting = pending.get(aggregate);
        if (waiting != null) {
            if (waiting.stream().noneMatch(p -> p.envelope.sequence() == envelope.sequence())) {
                waiting.add(new Pending(envelope));
            }
            return false;
        }
        Pending p = new Pending(envelope);
        if (attempt(p)) {
            return true;
        }
        pending.computeIfAbsent(aggregate, k -> new ArrayList<>()).add(p);
        return false;
    }

    /** Retries waiting facts until nothing more can be applied. */
    public synchronized void retryPending() {
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Iterator<Map.Entry<String, List<Pending>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                List<Pending> queue = it.next().getValue();
                while (!queue.isEmpty()) {
                    Pending head = queue.get(0);
                    if (attempt(head)) {
                        queue.remove(0);
                        progress = true;
                    } else if (head.attempts >= MAX_ATTEMPTS) {
                        log.warn("Giving up on {} {}#{} after {} attempts: {}", head.envelope.eventType(),
                                head.envelope.aggregateId(), head.envelope.sequence(), head.attempts, head.lastError);
                        lastSequence.put(head.envelope.aggregateId(), head.envelope.sequence());
                        queue.remove(0);
                        progress = true;
                    } else {
                        break;
                    }
                }
                if (queue.isEmpty()) {
                    it.remove();
                }
            }
        }
    }

    /** How many facts are waiting for facts they depend on. */
    public synchronized int pendingCount() {
        return pending.values().stream().mapToInt(List::size).sum();
    }

    /** How many facts changed (or were already reflected in) the tree. */
    public synchronized long appliedCount() {
        return applied;
    }

    private boolean attempt(Pending p) {
        EventEnvelope envelope = p.envelope;
        try {
            switch (envelope.eventType()) {
                case "ResidentialAreaRegistered" -> registered(EnvelopeCodec.payload(envelope, ResidentialAreaRegisteredEvent.class));
                case "ResidentialAreaRenamed" -> renamed(EnvelopeCodec.payload(envelope, ResidentialAreaRenamedEvent.class));
                case "ResidentialAreaMerged" -> merged(EnvelopeCodec.payload(envelope, ResidentialAreaMergedEvent.class));
                case "ResidentialAreaSplit" -> split(EnvelopeCodec.payload(envelope, ResidentialAreaSplitEvent.class));
                case "ReorganisationDecisionRecorded" -> decision(EnvelopeCodec.payload(envelope, ReorganisationDecisionRecordedEvent.class));
                default -> {
                    // not about the map
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException notYet) {
            p.attempts++;
            p.lastError = notYet.getMessage();
            if (p.attempts == 1) {
                log.debug("{} {}#{} waits: {}", envelope.eventType(), envelope.aggregateId(), envelope.sequence(),
                        notYet.getMessage());
            }
            return false;
        }
        lastSequence.merge(envelope.aggregateId(), envelope.sequence(), Math::max);
        applied++;
        return true;
    }

    private void registered(ResidentialAreaRegisteredEvent event) {
        if (territory.unit(event.areaCode(), event.registeredOn()).isPresent()
                || !territory.versions(event.areaCode()).isEmpty()) {
            return;
        }
        boolean commune = territory.unit(event.communeCode(), event.registeredOn())
                .map(u -> u.level() == vn.doanket.territory.Level.COMMUNE).orElse(false);
        if (!commune) {
            log.info("Residential area {} is under {}, not a commune on {}: counted through that unit",
                    event.areaCode(), event.communeCode(), event.registeredOn());
            return;
        }
        // under the commune of that day; when a reorganisation closed it since, the area moved with it
        territory.attachResidentialAreaThroughLineage(event.areaCode(), event.communeCode(), event.name(), event.registeredOn());
    }

    private void renamed(ResidentialAreaRenamedEvent event) {
        LocalDate day = event.renamedOn();
        Optional<AdministrativeUnit> current = territory.unit(event.areaCode(), day);
        if (current.isPresent() && day.equals(current.get().validFrom()) && current.get().name().equals(event.name())) {
            return; // already applied
        }
        if (territory.versions(event.areaCode()).isEmpty()) {
            return; // an area this tree does not place (see registered)
        }
        AdministrativeUnit before = territory.unit(event.areaCode(), day.minusDays(1))
                .orElseThrow(() -> new NoSuchElementException(event.areaCode() + " not in force before " + day));
        territory.detachResidentialArea(event.areaCode(), day);
        territory.attachResidentialArea(event.areaCode(), before.parentCode(), event.name(), day);
        territory.linkResidentialAreas(event.areaCode(), event.areaCode(), LineageKind.RENAMED, day,
                event.decisionNumber());
    }

    private void merged(ResidentialAreaMergedEvent event) {
        close(event.areaCode(), event.mergedOn());
        if (!territory.versions(event.areaCode()).isEmpty()) {
            territory.linkResidentialAreas(event.areaCode(), event.intoAreaCode(), LineageKind.MERGED_INTO,
                    event.mergedOn(), event.decisionNumber());
        }
    }

    private void split(ResidentialAreaSplitEvent event) {
        close(event.areaCode(), event.splitOn());
        if (!territory.versions(event.areaCode()).isEmpty()) {
            for (String into : event.intoAreaCodes()) {
                territory.linkResidentialAreas(event.areaCode(), into, LineageKind.SPLIT_INTO, event.splitOn(),
                        event.decisionNumber());
            }
        }
    }

    private void close(String areaCode, LocalDate day) {
        if (territory.unit(areaCode, day).isPresent()) {
            territory.detachResidentialArea(areaCode, day);
        }
    }

    private void decision(ReorganisationDecisionRecordedEvent event) {
        if (appliedDecisions.contains(event.decisionId()) || alreadyOnTheMap(event)) {
            appliedDecisions.add(event.decisionId());
            return;
        }
        territory.addReorganisation(ReorganisationTranslation.reorganisation(event),
                ReorganisationTranslation.historicalUnits(event.predecessors()));
        appliedDecisions.add(event.decisionId());
        for (Consumer<ReorganisationDecisionRecordedEvent> listener : decisionListeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of decision {} failed: {}", event.decisionId(), e.toString());
            }
        }
    }

    /** Whether every transfer is already a lineage edge with this decision's basis (e.g. shipped in the snapshot). */
    private boolean alreadyOnTheMap(ReorganisationDecisionRecordedEvent event) {
        LocalDate dayBefore = event.effectiveDate().minusDays(1);
        for (UnitTransfer t : event.transfers()) {
            List<LineageEdge> edges = territory.successorEdges(t.fromCode(), dayBefore);
            boolean found = edges.stream().anyMatch(e -> e.to().code().equals(t.toCode())
                    && event.effectiveDate().equals(e.effectiveDate())
                    && event.decisionNumber().equals(e.legalBasis()));
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
