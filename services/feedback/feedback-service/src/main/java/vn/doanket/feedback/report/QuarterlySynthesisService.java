package vn.doanket.feedback.report;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.feedback.api.PetitionStatus;
import vn.doanket.feedback.audit.PetitionTimeline;
import vn.doanket.feedback.command.FeedbackProperties;
import vn.doanket.feedback.query.PetitionProjection;
import vn.doanket.reports.ReportColumn;
import vn.doanket.reports.ReportDocument;
import vn.doanket.reports.ReportTable;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes the {@link QuarterlySynthesis} from the petition query model (documents read by
 * {@code _id}: the unit's index, then each petition). A petition's status on a day is the status
 * after its last step recorded on or before that day; a step's day is its business date where the
 * event carries one (received, forwarded, answered, communicated, closed, withdrawn), else the day
 * it was recorded (Vietnam time).
 */
@Component
public class QuarterlySynthesisService {

    static final Set<String> OPEN = Set.of(PetitionStatus.RECEIVED.name(), PetitionStatus.CLASSIFIED.name(),
            PetitionStatus.FORWARDED.name());
    static final String NOT_FORWARDED = "NONE";

    private static final Map<String, String> BUSINESS_DATE = Map.of(
            "PetitionReceived", "receivedOn", "PetitionForwarded", "forwardedOn", "PetitionAnswered", "answeredOn",
            "AnswerCommunicated", "communicatedOn", "PetitionClosed", "closedOn", "PetitionWithdrawn", "withdrawnOn");

    private final MongoTemplate mongo;
    private final Territory territory;
    private final FeedbackProperties properties;
    private final Clock clock;

    public QuarterlySynthesisService(MongoTemplate mongo, Territory territory, FeedbackProperties properties, Clock clock) {
        this.mongo = mongo;
        this.territory = territory;
        this.properties = properties;
        this.clock = clock;
    }

    /** One petition as the synthesis sees it. */
    record Item(String id, LocalDate receivedOn, String topic, String bodyId, String bodyName, LocalDate forwardedOn,
                LocalDate deadline, List<Step> steps) {

        String statusOn(LocalDate day) {
            String status = null;
            for (Step step : steps) {
                if (!step.day().isAfter(day)) {
                    status = PetitionTimeline.statusAfter(step.eventType(), status);
                }
            }
            return status;
        }

        boolean answeredBetween(LocalDate from, LocalDate to) {
            return steps.stream().anyMatch(s -> s.eventType().equals("PetitionAnswered")
                    && !s.day().isBefore(from) && !s.day().isAfter(to));
        }
    }

    record Step(long seq, String eventType, LocalDate day) {
    }

    /**
     * @param unitCode the unit
     * @param year the year
     * @param quarter 1–4
     * @return the synthesis
     */
    public QuarterlySynthesis synthesise(String unitCode, int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        LocalDate dayBefore = from.minusDays(1);

        List<Item> items = new ArrayList<>();
        Map<String, Boolean> carriedIn = new HashMap<>();
        for (Item item : petitions(unitCode)) {
            if (item.receivedOn() == null || item.receivedOn().isAfter(to)) {
                continue;
            }
            boolean isNew = !item.receivedOn().isBefore(from);
            boolean carried = !isNew && OPEN.contains(item.statusOn(dayBefore));
            if (isNew || carried) {
                items.add(item);
                carriedIn.put(item.id(), carried);
            }
        }
        items.sort(Comparator.comparing(Item::receivedOn).thenComparing(Item::id));

        Function<List<Item>, QuarterlySynthesis.Figures> figures = group -> new QuarterlySynthesis.Figures(group.size(),
                (int) group.stream().filter(i -> !carriedIn.get(i.id())).count(),
                (int) group.stream().filter(i -> carriedIn.get(i.id())).count(),
                (int) group.stream().filter(i -> i.answeredBetween(from, to)).count(),
                (int) group.stream().filter(i -> OPEN.contains(i.statusOn(to))).count());

        Map<String, List<Item>> byTopic = new LinkedHashMap<>();
        properties.getTopics().keySet().forEach(code -> byTopic.put(code, new ArrayList<>()));
        items.forEach(i -> byTopic.computeIfAbsent(i.topic() == null ? "OTHER" : i.topic(), k -> new ArrayList<>()).add(i));
        List<QuarterlySynthesis.Line> topicLines = new ArrayList<>();
        byTopic.forEach((code, group) -> {
            FeedbackProperties.TopicLabels labels = properties.getTopics().get(code);
            topicLines.add(new QuarterlySynthesis.Line(code, labels == null ? code : labels.vi(),
                    labels == null ? code : labels.en(), figures.apply(group)));
        });

        Map<String, List<Item>> byRecipient = new LinkedHashMap<>();
        Map<String, String> recipientNames = new HashMap<>();
        for (Item i : items) {
            boolean forwarded = i.bodyId() != null && i.forwardedOn() != null && !i.forwardedOn().isAfter(to);
            String key = forwarded ? i.bodyId() : NOT_FORWARDED;
            recipientNames.putIfAbsent(key, forwarded ? i.bodyName() : null);
            byRecipient.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<QuarterlySynthesis.Line> recipientLines = new ArrayList<>();
        byRecipient.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Item>> e) -> e.getKey().equals(NOT_FORWARDED))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> recipientLines.add(new QuarterlySynthesis.Line(e.getKey(),
                        e.getKey().equals(NOT_FORWARDED) ? "Chưa chuyển cơ quan có thẩm quyền" : recipientNames.get(e.getKey()),
                        e.getKey().equals(NOT_FORWARDED) ? "Not forwarded" : recipientNames.get(e.getKey()),
                        figures.apply(e.getValue()))));

        Map<PetitionStatus, Integer> statusCounts = new EnumMap<>(PetitionStatus.class);
        for (PetitionStatus s : PetitionStatus.values()) {
            statusCounts.put(s, 0);
        }
        items.forEach(i -> {
            String s = i.statusOn(to);
            if (s != null) {
                statusCounts.merge(PetitionStatus.valueOf(s), 1, Integer::sum);
            }
        });
        List<QuarterlySynthesis.StatusCount> byStatus = statusCounts.entrySet().stream()
                .map(e -> new QuarterlySynthesis.StatusCount(e.getKey().name(), e.getKey().labelVi(), e.getKey().labelEn(),
                        e.getValue())).toList();

        List<QuarterlySynthesis.CarriedItem> carriedOver = items.stream().filter(i -> OPEN.contains(i.statusOn(to)))
                .map(i -> {
                    boolean forwarded = i.forwardedOn() != null && !i.forwardedOn().isAfter(to);
                    FeedbackProperties.TopicLabels labels = properties.getTopics().get(i.topic());
                    return new QuarterlySynthesis.CarriedItem(i.id(), i.receivedOn(), i.topic(),
                            labels == null ? i.topic() : labels.vi(), forwarded ? i.bodyName() : null, i.statusOn(to),
                            forwarded ? i.deadline() : null, forwarded && i.deadline() != null && i.deadline().isBefore(to));
                }).toList();

        return new QuarterlySynthesis(unitCode, unitName(unitCode, to), year, quarter, from, to, Instant.now(clock),
                figures.apply(items), topicLines, recipientLines, byStatus, carriedOver);
    }

    /**
     * @param s a synthesis
     * @return it as a document for XLSX, PDF or DOCX export
     */
    public static ReportDocument document(QuarterlySynthesis s) {
        List<ReportTable> tables = new ArrayList<>();
        ReportTable.Builder summary = figuresTable("Tổng hợp chung", "Summary", "Chỉ tiêu", "Figure");
        tables.add(summary.row(figuresRow("Toàn đơn vị", "Whole unit", s.totals())).build());
        ReportTable.Builder topics = figuresTable("Theo lĩnh vực", "By topic", "Lĩnh vực", "Topic");
        s.byTopic().forEach(l -> topics.row(figuresRow(l.labelVi(), l.labelEn(), l.figures())));
        tables.add(topics.build());
        ReportTable.Builder recipients = figuresTable("Theo cơ quan nhận", "By recipient", "Cơ quan nhận", "Recipient");
        s.byRecipient().forEach(l -> recipients.row(figuresRow(l.labelVi(), l.labelEn(), l.figures())));
        tables.add(recipients.build());
        ReportTable.Builder statuses = ReportTable.builder("Theo trạng thái cuối quý", "By status at the end of the quarter")
                .column(ReportColumn.text("status", "Trạng thái", "Status"))
                .column(ReportColumn.number("count", "Số lượng", "Count"));
        s.byStatus().forEach(c -> statuses.row(c.labelVi(), c.count()));
        tables.add(statuses.build());
        ReportTable.Builder carried = ReportTable.builder("Chưa được trả lời, chuyển sang quý sau",
                        "Unanswered, carried over to the next quarter")
                .column(ReportColumn.text("id", "Mã ý kiến", "Petition"))
                .column(ReportColumn.date("receivedOn", "Ngày tiếp nhận", "Received"))
                .column(ReportColumn.text("topic", "Lĩnh vực", "Topic"))
                .column(ReportColumn.text("recipient", "Cơ quan nhận", "Recipient"))
                .column(ReportColumn.date("deadline", "Hạn trả lời", "Deadline"))
                .column(ReportColumn.text("overdue", "Quá hạn", "Overdue"));
        s.carriedOver().forEach(c -> carried.row(c.petitionId(), c.receivedOn(), c.topicVi(),
                c.recipient() == null ? "Chưa chuyển" : c.recipient(), c.deadline(), c.overdue() ? "Quá hạn" : ""));
        tables.add(carried.build());
        return new ReportDocument("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân",
                "Synthesis of opinions and petitions of voters and the people",
                List.of("Đơn vị (unit): " + s.unitName() + " (" + s.unitCode() + ")",
                        "Quý " + s.quarter() + " năm " + s.year() + " (từ " + vi(s.from()) + " đến " + vi(s.to()) + ")",
                        "Tổng số: " + s.totals().items() + " ý kiến, kiến nghị; tiếp nhận mới " + s.totals().receivedInQuarter()
                                + "; kỳ trước chuyển sang " + s.totals().carriedIn() + "; đã có trả lời trong quý "
                                + s.totals().answeredInQuarter() + "; chuyển sang quý sau " + s.totals().carriedOver()),
                tables);
    }

    private static ReportTable.Builder figuresTable(String titleVi, String titleEn, String keyVi, String keyEn) {
        return ReportTable.builder(titleVi, titleEn)
                .column(ReportColumn.text("group", keyVi, keyEn))
                .column(ReportColumn.number("items", "Tổng số", "Items"))
                .column(ReportColumn.number("received", "Tiếp nhận trong quý", "Received in quarter"))
                .column(ReportColumn.number("carriedIn", "Kỳ trước chuyển sang", "Carried in"))
                .column(ReportColumn.number("answered", "Đã có trả lời", "Answered in quarter"))
                .column(ReportColumn.number("carriedOver", "Chuyển sang quý sau", "Carried over"));
    }

    private static Object[] figuresRow(String labelVi, String labelEn, QuarterlySynthesis.Figures f) {
        return new Object[]{labelVi, f.items(), f.receivedInQuarter(), f.carriedIn(), f.answeredInQuarter(), f.carriedOver()};
    }

    private static String vi(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private String unitName(String code, LocalDate on) {
        try {
            return territory.nameOf(code, on);
        } catch (RuntimeException e) {
            return code;
        }
    }

    private List<Item> petitions(String unitCode) {
        Document index = mongo.getCollection(PetitionProjection.UNIT_PETITIONS).find(Filters.eq("_id", unitCode)).first();
        List<Item> items = new ArrayList<>();
        if (index == null) {
            return items;
        }
        for (String id : index.getList("ids", String.class, List.of())) {
            Document doc = mongo.getCollection(PetitionProjection.PETITIONS).find(Filters.eq("_id", id)).first();
            if (doc != null) {
                items.add(item(doc));
            }
        }
        return items;
    }

    static Item item(Document doc) {
        List<Document> history = doc.getList("history", Document.class, List.of());
        Map<String, Long> lastOfType = new HashMap<>();
        history.forEach(h -> lastOfType.put(h.getString("eventType"), ((Number) h.get("sequence")).longValue()));
        List<Step> steps = new ArrayList<>();
        for (Document h : history) {
            String type = h.getString("eventType");
            long seq = ((Number) h.get("sequence")).longValue();
            LocalDate day = Instant.parse(h.getString("at")).atZone(Territory.ZONE).toLocalDate();
            String field = BUSINESS_DATE.get(type);
            if (field != null && lastOfType.get(type) == seq && doc.getString(field) != null) {
                day = LocalDate.parse(doc.getString(field));
            }
            steps.add(new Step(seq, type, day));
        }
        steps.sort(Comparator.comparingLong(Step::seq));
        Document body = doc.get("body", Document.class);
        return new Item(doc.getString("_id"), date(doc.getString("receivedOn")), doc.getString("topic"),
                body == null ? null : body.getString("bodyId"), body == null ? null : body.getString("name"),
                date(doc.getString("forwardedOn")), date(doc.getString("deadline")), steps);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
