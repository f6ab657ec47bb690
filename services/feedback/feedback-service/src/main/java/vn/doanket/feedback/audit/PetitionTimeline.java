package vn.doanket.feedback.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.doanket.axon.DoanketAxonAutoConfiguration;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventTypes;
import vn.doanket.feedback.api.PetitionStatus;
import vn.doanket.reports.ReportColumn;
import vn.doanket.reports.ReportTable;
import vn.doanket.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A petition's timeline, built from its events in the event store (the record the audit chain
 * protects, not the query model): for each step who (user id), in which role, for which unit,
 * when, what happened and what changed, and why.
 */
@Component
public class PetitionTimeline {

    /** Payload fields that are not "what changed" (identity, scope, reasons are shown apart). */
    private static final Set<String> NOT_CHANGES = Set.of("petitionId", "unitCode", "actingUnit", "reason", "note");
    private static final int MAX_VALUE = 300;

    private final EventStore eventStore;

    public PetitionTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * One step of a petition's handling.
     *
     * @param seq sequence number of the event in the petition's stream
     * @param eventId the event's id
     * @param eventType stable event type, e.g. {@code PetitionForwarded}
     * @param at when it was recorded
     * @param actorId who (user id; never personal data)
     * @param actorRole the role they acted in
     * @param actorRoleVi that role in Vietnamese
     * @param actingUnit the unit of the actor's scope
     * @param unitCode the unit the petition concerns, as recorded
     * @param whatVi what happened, Vietnamese
     * @param whatEn what happened, English
     * @param changes what changed: the event's fields (other than ids and reasons)
     * @param reason why (reason or note), if given
     * @param statusAfter the petition's status after this step
     */
    public record Entry(long seq, String eventId, String eventType, Instant at, String actorId, String actorRole,
                        String actorRoleVi, String actingUnit, String unitCode, String whatVi, String whatEn,
                        Map<String, String> changes, String reason, String statusAfter) {
    }

    /**
     * @param petitionId a petition
     * @return its timeline in sequence order (empty for an unknown petition)
     */
    public List<Entry> of(String petitionId) {
        List<Entry> entries = new ArrayList<>();
        String status = null;
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(petitionId).asStream().iterator();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            Object payload = event.getPayload();
            String type = EventTypes.nameOf(payload.getClass());
            JsonNode tree = EnvelopeCodec.toTree(payload);
            Map<String, String> changes = new LinkedHashMap<>();
            tree.fieldNames().forEachRemaining(name -> {
                if (!NOT_CHANGES.contains(name)) {
                    String value = text(tree.get(name));
                    if (value != null) {
                        changes.put(name, value);
                    }
                }
            });
            String reason = firstText(tree, "reason", "note");
            status = statusAfter(type, status);
            Object actorId = event.getMetaData().get(DoanketAxonAutoConfiguration.ACTOR_ID);
            Object actorRole = event.getMetaData().get(DoanketAxonAutoConfiguration.ACTOR_ROLE);
            String[] what = label(type);
            entries.add(new Entry(event.getSequenceNumber(), event.getIdentifier(), type, event.getTimestamp(),
                    actorId == null ? null : actorId.toString(), actorRole == null ? null : actorRole.toString(),
                    roleVi(actorRole), firstText(tree, "actingUnit"), firstText(tree, "unitCode"), what[0], what[1],
                    changes, reason, status));
        }
        return entries;
    }

    /**
     * @param petitionId the petition
     * @param entries its timeline
     * @return the timeline as a table for CSV/PDF export
     */
    public static ReportTable table(String petitionId, List<Entry> entries) {
        ReportTable.Builder table = ReportTable.builder("Dòng thời gian xử lý ý kiến " + petitionId,
                        "Handling timeline of petition " + petitionId)
                .column(ReportColumn.number("seq", "STT", "No."))
                .column(ReportColumn.dateTime("at", "Thời điểm", "When"))
                .column(ReportColumn.text("actorId", "Người thực hiện", "Who"))
                .column(ReportColumn.text("role", "Vai trò", "Role"))
                .column(ReportColumn.text("actingUnit", "Đơn vị", "Unit"))
                .column(ReportColumn.text("what", "Hoạt động", "What happened"))
                .column(ReportColumn.text("changes", "Nội dung thay đổi", "What changed"))
                .column(ReportColumn.text("reason", "Lý do", "Why"))
                .column(ReportColumn.text("status", "Trạng thái sau", "Status after"));
        for (Entry e : entries) {
            StringBuilder changes = new StringBuilder();
            e.changes().forEach((k, v) -> changes.append(changes.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
            table.row(e.seq(), e.at(), e.actorId(), e.actorRoleVi() != null ? e.actorRoleVi() : e.actorRole(),
                    e.actingUnit(), e.whatVi() + " (" + e.whatEn() + ")", changes.toString(), e.reason(),
                    e.statusAfter() == null ? null : PetitionStatus.valueOf(e.statusAfter()).labelVi());
        }
        return table.build();
    }

    /** @return the status a petition has after an event of this type (else {@code previous}) */
    public static String statusAfter(String eventType, String previous) {
        return switch (eventType) {
            case "PetitionReceived" -> PetitionStatus.RECEIVED.name();
            case "PetitionClassified", "PetitionReopened" -> PetitionStatus.CLASSIFIED.name();
            case "PetitionForwarded" -> PetitionStatus.FORWARDED.name();
            case "PetitionAnswered" -> PetitionStatus.ANSWERED.name();
            case "AnswerCommunicated" -> PetitionStatus.COMMUNICATED.name();
            case "PetitionClosed" -> PetitionStatus.CLOSED.name();
            case "PetitionWithdrawn" -> PetitionStatus.WITHDRAWN.name();
            case "PetitionMergedInto" -> PetitionStatus.MERGED.name();
            case "PetitionSplit" -> PetitionStatus.SPLIT.name();
            default -> previous;
        };
    }

    static String[] label(String eventType) {
        return switch (eventType) {
            case "PetitionReceived" -> new String[]{"Tiếp nhận ý kiến, kiến nghị", "Petition received"};
            case "PetitionClassified" -> new String[]{"Phân loại", "Classified"};
            case "PetitionForwarded" -> new String[]{"Chuyển đến cơ quan có thẩm quyền", "Forwarded to a responsible body"};
            case "PetitionAnswered" -> new String[]{"Ghi nhận văn bản trả lời", "Answer recorded"};
            case "AnswerCommunicated" -> new String[]{"Thông báo kết quả cho người gửi", "Answer communicated"};
            case "PetitionClosed" -> new String[]{"Kết thúc xử lý", "Closed"};
            case "PetitionReopened" -> new String[]{"Mở lại", "Reopened"};
            case "PetitionWithdrawn" -> new String[]{"Rút ý kiến", "Withdrawn"};
            case "PetitionsMerged" -> new String[]{"Gộp các ý kiến trùng vào ý kiến này", "Duplicates merged in"};
            case "PetitionMergedInto" -> new String[]{"Gộp vào ý kiến khác", "Merged into another petition"};
            case "PetitionSplit" -> new String[]{"Tách thành nhiều ý kiến", "Split into parts"};
            case "PetitionEscalated" -> new String[]{"Chuyển lên cấp trên do quá hạn", "Escalated to the level above"};
            default -> new String[]{eventType, eventType};
        };
    }

    private static String roleVi(Object role) {
        if (role == null) {
            return null;
        }
        for (Role r : Role.values()) {
            if (r.name().equals(role.toString())) {
                return r.labelVi();
            }
        }
        return role.toString();
    }

    private static String firstText(JsonNode tree, String... names) {
        for (String name : names) {
            String value = text(tree.get(name));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || (node.isContainerNode() && node.isEmpty())) {
            return null;
        }
        String value;
        if (node.isValueNode()) {
            value = node.asText();
        } else if (node.has("name") && node.get("name").isTextual()) {
            value = node.get("name").asText();
        } else {
            value = node.toString();
        }
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
    }
}
