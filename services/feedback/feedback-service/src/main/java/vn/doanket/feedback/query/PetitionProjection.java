package vn.doanket.feedback.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.axon.DoanketAxonAutoConfiguration;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;
import vn.doanket.feedback.api.*;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The query model of petitions in MongoDB, addressed only by {@code _id}:
 * <ul>
 *   <li>{@code petitions/{_id = petition id}}: the petition's current state (no personal data: the
 *       petitioner's identity stays in PostgreSQL), its handlers, escalations and a history of every step
 *       (event type, when, actor id and role, acting unit, reason), with {@code lastSeq} for idempotency;</li>
 *   <li>{@code unit_petitions/{_id = unit code}}: the ids of the petitions concerning the unit or any unit below
 *       it (the area, its commune, province and {@code VN}), for lists and reports.</li>
 * </ul>
 * Read by the petition API and by the audit/reports packages.
 */
@Component
@ProcessingGroup(PetitionProjection.GROUP)
public class PetitionProjection {

    public static final String GROUP = "petition-projection";
    public static final String PETITIONS = "petitions";
    public static final String UNIT_PETITIONS = "unit_petitions";

    private final MongoTemplate mongo;
    private final Territory territory;

    public PetitionProjection(MongoTemplate mongo, Territory territory) {
        this.mongo = mongo;
        this.territory = territory;
    }

    @EventHandler
    void on(PetitionReceivedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("unitCode", e.unitCode());
            doc.put("channel", e.channel().name());
            doc.put("topic", e.topic());
            doc.put("subject", e.subject());
            doc.put("content", e.content());
            doc.put("anonymous", e.anonymous());
            doc.put("hasPetitioner", e.hasPetitioner());
            doc.put("enteredOnBehalfBy", e.enteredOnBehalfBy());
            doc.put("receivedOn", e.receivedOn().toString());
            doc.put("receivedAt", at.toString());
            // schema 2: the day it was entered and whether that was late (version-1 events: the envelope's day, not late)
            doc.put("recordedOn", (e.recordedOn() != null ? e.recordedOn() : at.atZone(Territory.ZONE).toLocalDate()).toString());
            doc.put("recordedLate", Boolean.TRUE.equals(e.recordedLate()));
            doc.put("status", PetitionStatus.RECEIVED.name());
            // recorded by the command handler (stored v1/v2 events are upcast with them)
            doc.put("level", e.handlingLevel().name());
            doc.put("handlingUnit", e.handlingUnit());
            doc.put("attachments", tree(e.attachments()));
            doc.put("conference", tree(e.conference()));
            // schema 4: where a petition received from another context's events comes from (null before)
            doc.put("provenance", tree(e.provenance()));
            doc.put("splitFrom", e.splitFrom());
            doc.put("handlers", new ArrayList<String>());
            doc.put("escalations", new ArrayList<Document>());
        }, null);
        index(e.petitionId(), e.unitCode(), e.receivedOn());
    }

    @EventHandler
    void on(PetitionClassifiedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.CLASSIFIED.name());
            doc.put("topic", e.topic());
            doc.put("level", e.level().name());
            if (e.handlingUnit() != null) {
                doc.put("handlingUnit", e.handlingUnit());
            }
            if (e.handlerUserId() != null) {
                addHandler(doc, e.handlerUserId());
            }
        }, e.note());
    }

    @EventHandler
    void on(PetitionForwardedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.FORWARDED.name());
            doc.put("body", tree(e.body()));
            doc.put("forwardedOn", e.forwardedOn().toString());
            doc.put("workingDays", e.workingDays());
            doc.put("deadline", e.deadline().toString());
            doc.put("handlingUnit", e.handlingUnit());
            doc.put("forwardingRecordedLate", Boolean.TRUE.equals(e.recordedLate()));
            if (Boolean.TRUE.equals(e.recordedLate())) {
                doc.put("recordedLate", true); // the petition is recorded late if its receipt or a forwarding was
            }
            doc.remove("answer");
        }, e.note());
    }

    @EventHandler
    void on(PetitionAnsweredEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.ANSWERED.name());
            doc.put("answer", new Document("answeredOn", e.answeredOn().toString()).append("summary", e.summary())
                    .append("documentRef", e.documentRef()).append("bodyId", e.bodyId()));
            doc.put("answeredOn", e.answeredOn().toString());
        }, null);
    }

    @EventHandler
    void on(AnswerCommunicatedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.COMMUNICATED.name());
            doc.put("communicatedOn", e.communicatedOn().toString());
            doc.put("communicationMethod", e.method().name());
        }, null);
    }

    @EventHandler
    void on(PetitionClosedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.CLOSED.name());
            doc.put("satisfied", e.satisfied());
            doc.put("closedOn", e.closedOn().toString());
        }, e.reason());
    }

    @EventHandler
    void on(PetitionReopenedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.CLASSIFIED.name());
            doc.put("reopenCount", doc.get("reopenCount", 0) + 1);
            doc.remove("satisfied");
            doc.remove("closedOn");
            doc.remove("deadline");
        }, e.reason());
    }

    @EventHandler
    void on(PetitionWithdrawnEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.WITHDRAWN.name());
            doc.put("withdrawnOn", e.withdrawnOn().toString());
        }, e.reason());
    }

    @EventHandler
    void on(PetitionsMergedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            List<String> all = new ArrayList<>(doc.getList("duplicateIds", String.class, List.of()));
            e.duplicateIds().stream().filter(id -> !all.contains(id)).forEach(all::add);
            doc.put("duplicateIds", all);
        }, e.reason());
    }

    @EventHandler
    void on(PetitionMergedIntoEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.MERGED.name());
            doc.put("survivorId", e.survivorId());
        }, e.reason());
    }

    @EventHandler
    void on(PetitionSplitEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("status", PetitionStatus.SPLIT.name());
            doc.put("partIds", e.partIds());
        }, e.reason());
    }

    @EventHandler
    void on(PetitionEscalatedEvent e, EventMessage<?> m, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.petitionId(), seq, m, at, doc -> {
            doc.put("level", e.toLevel().name());
            doc.put("handlingUnit", e.toUnit());
            doc.put("deadline", e.newDeadline().toString());
            doc.put("workingDays", e.workingDays());
            List<Document> escalations = new ArrayList<>(doc.getList("escalations", Document.class, List.of()));
            escalations.add(new Document("fromLevel", e.fromLevel().name()).append("fromUnit", e.fromUnit())
                    .append("toLevel", e.toLevel().name()).append("toUnit", e.toUnit())
                    .append("missedDeadline", e.missedDeadline().toString())
                    .append("escalatedOn", e.escalatedOn().toString())
                    .append("newDeadline", e.newDeadline().toString()).append("reason", e.reason().name()));
            doc.put("escalations", escalations);
        }, e.reason().labelVi());
    }

    /** Read by {@code _id}, decide from {@code lastSeq}, write back by {@code _id}: idempotent on replays. */
    private void apply(String petitionId, long seq, EventMessage<?> message, Instant at, Consumer<Document> change,
                       String reason) {
        MongoCollection<Document> petitions = mongo.getCollection(PETITIONS);
        Document current = petitions.find(Filters.eq("_id", petitionId)).first();
        long lastSeq = current == null ? -1 : current.get("lastSeq", Number.class).longValue();
        if (seq <= lastSeq) {
            return;
        }
        Document doc = current == null ? new Document("_id", petitionId) : new Document(current);
        change.accept(doc);
        Object actorId = message.getMetaData().get(DoanketAxonAutoConfiguration.ACTOR_ID);
        Object actorRole = message.getMetaData().get(DoanketAxonAutoConfiguration.ACTOR_ROLE);
        if ("PETITION_HANDLER".equals(actorRole) && actorId != null) {
            addHandler(doc, actorId.toString());
        }
        List<Document> history = new ArrayList<>(doc.getList("history", Document.class, List.of()));
        Object payload = message.getPayload();
        history.add(new Document("sequence", seq).append("eventType", EventTypes.nameOf(payload.getClass()))
                .append("at", at.toString()).append("actorId", actorId).append("actorRole", actorRole)
                .append("actingUnit", actingUnit(payload)).append("reason", reason));
        doc.put("history", history);
        doc.put("updatedAt", at.toString());
        doc.put("lastSeq", seq);
        petitions.replaceOne(Filters.eq("_id", petitionId), doc, new ReplaceOptions().upsert(true));
    }

    private static String actingUnit(Object payload) {
        var unit = EnvelopeCodec.toTree(payload).get("actingUnit");
        return unit == null || unit.isNull() ? null : unit.asText();
    }

    private static void addHandler(Document doc, String userId) {
        List<String> handlers = new ArrayList<>(doc.getList("handlers", String.class, List.of()));
        if (!handlers.contains(userId)) {
            handlers.add(userId);
        }
        doc.put("handlers", handlers);
    }

    /** Adds the petition to the lists of its unit and every unit above it (today's map). */
    private void index(String petitionId, String unitCode, java.time.LocalDate receivedOn) {
        LinkedHashSet<String> units = new LinkedHashSet<>();
        units.add(unitCode);
        String unit = unitCode.length() > 5 && unitCode.charAt(5) == '-' ? unitCode.substring(0, 5) : unitCode;
        units.add(unit);
        try {
            units.addAll(territory.rollUpChain(unit, receivedOn, MapView.current()));
        } catch (RuntimeException unmapped) {
            // the unit itself is enough
        }
        units.add(Territory.NATION_CODE);
        MongoCollection<Document> index = mongo.getCollection(UNIT_PETITIONS);
        for (String code : units) {
            index.updateOne(Filters.eq("_id", code), Updates.addToSet("ids", petitionId), new UpdateOptions().upsert(true));
        }
    }

    @SuppressWarnings("unchecked")
    private static Object tree(Object value) {
        if (value == null) {
            return null;
        }
        Object converted = EnvelopeCodec.mapper().convertValue(value, Object.class);
        if (converted instanceof Map<?, ?> map) {
            return new Document((Map<String, Object>) map);
        }
        if (converted instanceof List<?> list) {
            return list.stream().map(o -> o instanceof Map<?, ?> mm ? new Document((Map<String, Object>) mm) : o).toList();
        }
        return converted;
    }
}
