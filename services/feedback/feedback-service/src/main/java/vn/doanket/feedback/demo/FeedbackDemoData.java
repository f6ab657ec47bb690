package vn.doanket.feedback.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.feedback.api.*;
import vn.doanket.feedback.escalation.EscalationScanner;
import vn.doanket.feedback.query.DeadlineProjection;
import vn.doanket.feedback.command.PetitionService;
import vn.doanket.feedback.command.ResponsibleBodies;
import vn.doanket.territory.Territory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo petitions for the local stack: a few hundred across the demo units (residential areas and communes
 * in Hồ Chí Minh City, Hà Nội and Cao Bằng), in every state — received, classified, forwarded (some long
 * overdue, which the escalation scanner takes up a level; some overdue at the national level, which stay
 * overdue), answered, communicated, closed satisfied or not, reopened, withdrawn, merged and split — with
 * dates over the last months. Sent as commands through the feedback service's own command bus (so the
 * dates of record can lie in the past), attributed to the demo accounts. Petitioners are obviously fictitious.
 */
public final class FeedbackDemoData {

    static final List<String> UNITS = List.of("26560-KP01", "26560-KP02", "26560-KP03", "26560-AP01", "26560",
            "26506-KP01", "26506-KP02", "26506", "00004-TDP01", "00004-TDP02", "00004", "00008-TDP01", "00008",
            "01294-BAN01", "01294");
    static final String[] TOPICS = {"LAND", "ENVIRONMENT", "SOCIAL_POLICY", "PUBLIC_ORDER", "INFRASTRUCTURE",
            "ADMINISTRATIVE_PROCEDURES", "OFFICIALS_CONDUCT", "OTHER"};
    static final String[][] SUBJECTS = {
            {"Lấn chiếm lối đi chung", "Đề nghị xử lý việc lấn chiếm lối đi chung trong hẻm."},
            {"Khói bụi từ xưởng sản xuất", "Xưởng gỗ gây khói bụi ảnh hưởng sức khỏe người dân."},
            {"Chậm chi trả trợ cấp", "Đề nghị xem xét việc chậm chi trả trợ cấp cho người cao tuổi."},
            {"Tụ tập gây mất trật tự", "Thanh niên tụ tập đua xe vào ban đêm."},
            {"Đường ngập sau mưa", "Đoạn đường thường xuyên ngập sau mưa lớn, đề nghị nâng cấp cống thoát nước."},
            {"Thủ tục cấp giấy chứng nhận kéo dài", "Hồ sơ cấp giấy chứng nhận quá hạn chưa được giải quyết."},
            {"Thái độ cán bộ tiếp dân", "Phản ánh thái độ chưa đúng mực của cán bộ tiếp công dân."},
            {"Lắp đặt đèn chiếu sáng", "Đề nghị lắp đặt đèn chiếu sáng tại khu vực đường tối."}};
    static final Channel[] CHANNELS = {Channel.COMMITTEE, Channel.DIRECT_VISIT, Channel.PHONE, Channel.ONLINE,
            Channel.LETTER, Channel.CONFERENCE_OPINION};

    private FeedbackDemoData() {
    }

    /** Loads {@code count} demo petitions through the feedback service's command bus; returns how many. */
    public static int load(ApplicationContext feedback, int count) {
        CommandSender commands = feedback.getBean(CommandSender.class);
        ResponsibleBodies bodies = feedback.getBean(ResponsibleBodies.class);
        // intake through the application service: it writes the registry row with the first event
        PetitionService petitions = feedback.getBean(PetitionService.class);
        LocalDate today = LocalDate.now(Territory.ZONE);
        java.util.Map<String, List<String>> mergeable = new java.util.HashMap<>();
        int loaded = 0;
        for (int i = 0; i < count; i++) {
            String unit = UNITS.get(i % UNITS.size());
            String commune = unit.substring(0, Math.min(5, unit.length()));
            boolean baRia = commune.equals("26560");
            Actor officer = baRia ? new Actor("u-can-bo-ba-ria", "OFFICER")
                    : commune.startsWith("265") ? new Actor("u-can-bo-hcm", "OFFICER")
                    : commune.equals("01294") ? new Actor("u-can-bo-cao-bang", "OFFICER")
                    : new Actor("u-quan-tri", "ADMINISTRATOR");
            String officerUnit = baRia ? "26560" : commune.startsWith("265") ? "79" : commune.equals("01294") ? "04" : "VN";
            Actor handler = baRia ? new Actor("u-xu-ly-don-ba-ria", "PETITION_HANDLER") : officer;
            String handlerUnit = baRia ? "26560" : officerUnit;
            String topic = TOPICS[i % TOPICS.length];
            String[] text = SUBJECTS[i % SUBJECTS.length];
            Channel channel = CHANNELS[i % CHANNELS.length];
            int stage = i % 10;
            int age = stage == 4 ? 70 + i % 60 : 3 + (i * 7) % 110;
            LocalDate received = today.minusDays(age);
            boolean anonymous = i % 4 == 0;
            String id = String.format("PA-%s-DEMO%04d", commune, i);
            ConferenceProvenance conference = channel == Channel.CONFERENCE_OPINION
                    ? new ConferenceProvenance("HN-" + commune + "-" + received.getYear() + "-Q" + ((received.getMonthValue() - 1) / 3 + 1),
                    "Hội nghị tiếp xúc cử tri", received.minusDays(1), commune, "YK-" + (i % 20 + 1)) : null;
            petitions.receive(new ReceivePetitionCommand(id, unit, channel, topic, text[0], text[1], anonymous,
                    anonymous ? null : new PetitionerIdentity("Công dân mẫu " + (i + 1), null, null,
                            "Địa chỉ mẫu " + unit, null), officer.userId(), received, List.of(), conference, null,
                    officerUnit), officer);
            loaded++;
            if (stage == 0) {
                List<String> candidates = mergeable.computeIfAbsent(commune, c -> new ArrayList<>());
                if (i % 20 == 0 && !candidates.isEmpty()) {
                    String survivor = candidates.remove(candidates.size() - 1);
                    commands.send(new MergePetitionIntoCommand(id, survivor, received, "Trùng nội dung", handlerUnit), handler);
                    commands.send(new MergePetitionsCommand(survivor, List.of(id), received, "Trùng nội dung", handlerUnit), handler);
                } else {
                    candidates.add(id);
                }
                continue;
            }
            HandlingLevel level = stage == 4 && i % 20 == 14 ? HandlingLevel.NATIONAL : null;
            if (unit.length() == 2) {
                level = null;
            }
            commands.send(new ClassifyPetitionCommand(id, topic, level, baRia ? "u-xu-ly-don-ba-ria" : null, null, handlerUnit), handler);
            if (stage == 1) {
                if (i % 30 == 11) {
                    List<String> parts = List.of(id + "A", id + "B");
                    commands.send(new SplitPetitionCommand(id, parts, received.plusDays(1), "Hai nội dung khác nhau", handlerUnit), handler);
                    for (int p = 0; p < parts.size(); p++) {
                        petitions.receive(new ReceivePetitionCommand(parts.get(p), unit, channel, TOPICS[(i + p) % TOPICS.length],
                                text[0] + " (phần " + (p + 1) + ")", text[1], anonymous, null, officer.userId(),
                                received.plusDays(1), List.of(), conference, id, officerUnit), officer);
                        loaded++;
                    }
                }
                continue;
            }
            if (stage == 9) {
                commands.send(new WithdrawPetitionCommand(id, received.plusDays(2), "Công dân rút ý kiến", handlerUnit), handler);
                continue;
            }
            String bodyUnit = level == HandlingLevel.NATIONAL ? "VN" : commune;
            List<ResponsibleBody> catalogue = bodies.of(bodyUnit);
            ResponsibleBody body = catalogue.get(i % catalogue.size());
            LocalDate forwarded = received.plusDays(1);
            commands.send(new ForwardPetitionCommand(id, body, null, forwarded, null, handlerUnit), handler);
            if (stage == 2 || stage == 3 || stage == 4) {
                continue;
            }
            LocalDate answered = min(forwarded.plusDays(10), today);
            commands.send(new AnswerPetitionCommand(id, answered, "Cơ quan đã xem xét và trả lời bằng văn bản.",
                    (300 + i) + "/UBND", handlerUnit), handler);
            if (stage == 5) {
                continue;
            }
            LocalDate communicated = min(answered.plusDays(2), today);
            commands.send(new CommunicateAnswerCommand(id, CommunicationMethod.values()[i % CommunicationMethod.values().length],
                    communicated, handlerUnit), handler);
            if (stage == 6) {
                continue;
            }
            boolean satisfied = stage == 7;
            LocalDate closed = min(communicated.plusDays(3), today);
            commands.send(new ClosePetitionCommand(id, satisfied, closed, satisfied ? null : "Công dân chưa đồng ý với trả lời",
                    handlerUnit), handler);
            if (!satisfied && i % 3 == 0) {
                commands.send(new ReopenPetitionCommand(id, min(closed.plusDays(5), today), "Trả lời chưa được thực hiện",
                        handlerUnit), handler);
            }
        }
        return loaded;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Escalates the demo petitions that are already overdue, at once rather than at the scanner's
     * next scheduled round: waits until the deadline projection has processed every stored event,
     * then runs one scan. Returns how many were escalated (0 if the projection did not catch up in time;
     * the scheduled round then takes them up).
     */
    public static int escalateOverdue(ApplicationContext feedback, Duration patience) throws InterruptedException {
        EventStore events = feedback.getBean(EventStore.class);
        TrackingToken head = events.createHeadToken();
        long deadline = System.nanoTime() + patience.toNanos();
        while (!caughtUp(feedback, head)) {
            if (System.nanoTime() > deadline) {
                return 0;
            }
            Thread.sleep(100);
        }
        return feedback.getBean(EscalationScanner.class).scan();
    }

    private static boolean caughtUp(ApplicationContext feedback, TrackingToken head) {
        return feedback.getBean(EventProcessingConfiguration.class).eventProcessor(DeadlineProjection.GROUP)
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(p -> !p.processingStatus().isEmpty() && p.processingStatus().values().stream()
                        .map(EventTrackerStatus::getTrackingToken)
                        .allMatch(t -> head == null || t != null && t.covers(head)))
                .orElse(false);
    }
}
