package vn.doanket.competition.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.competition.api.*;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.doanket.competition.command.CompetitionRules.optionalText;
import static vn.doanket.competition.command.CompetitionRules.requireId;
import static vn.doanket.competition.command.CompetitionRules.requireText;

/**
 * One unit's part in an emulation movement (id {@code <movementId>/<unitCode>}): its registration and pledge, its
 * periodic reports against the movement's criteria, and the organiser's evaluations.
 */
@Aggregate
public class MovementParticipation {

    static final int MAX_REPORTS = 500;
    static final int MAX_VALUE = 500;

    @AggregateIdentifier
    private String participationId;
    private UnitRegisteredForMovementEvent registration;
    private final Map<String, MovementProgressReportedEvent> reports = new HashMap<>();
    private final Map<String, MovementUnitEvaluatedEvent> evaluations = new HashMap<>();

    protected MovementParticipation() {
        // for Axon
    }

    /** The id of a unit's participation in a movement. */
    public static String idOf(String movementId, String unitCode) {
        return movementId + "/" + unitCode;
    }

    /**
     * Registers the unit, or confirms the same registration (no event).
     *
     * @return whether it was registered now
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RegisterForMovementCommand command, CompetitionRules rules) {
        if (command.movementId() == null || command.unitCode() == null
                || !idOf(command.movementId(), command.unitCode()).equals(command.participationId())) {
            throw DomainException.invalid("invalid-participation-id", "Mã tham gia phải là <mã phong trào>/<mã đơn vị>",
                    "The participation id must be <movement id>/<unit code>");
        }
        String pledge = optionalText(command.pledge(), Contest.MAX_REASON, "invalid-pledge", "Nội dung đăng ký",
                "The pledge");
        if (participationId != null) {
            if (Objects.equals(registration.pledge(), pledge)) {
                return false;
            }
            throw DomainException.conflict("already-registered", "Đơn vị đã đăng ký tham gia phong trào",
                    "The unit is already registered for the movement");
        }
        LocalDate on = rules.requirePastOrToday(command.registeredOn(), "Ngày đăng ký", "The day of registration");
        String unit = rules.requireUnit(command.unitCode(), on);
        if (!rules.isAtOrBelow(unit, command.organiserUnit(), on)) {
            throw DomainException.rule("not-below-organiser",
                    "Đơn vị " + unit + " không thuộc đơn vị phát động " + command.organiserUnit(),
                    "The unit " + unit + " is not under the movement's organiser " + command.organiserUnit());
        }
        if (on.isAfter(command.endsOn())) {
            throw DomainException.rule("movement-ended", "Phong trào đã kết thúc ngày " + command.endsOn(),
                    "The movement ended on " + command.endsOn());
        }
        apply(new UnitRegisteredForMovementEvent(command.participationId(), unit, command.movementId(),
                command.organiserUnit(), command.startsOn(), command.endsOn(), List.copyOf(command.criterionIds()), pledge, on));
        return true;
    }

    /**
     * Records a periodic report, or confirms the same report (no event).
     *
     * @return whether it was recorded now
     */
    @CommandHandler
    public boolean handle(ReportMovementProgressCommand command, CompetitionRules rules) {
        requireId(command.reportId(), "invalid-report-id", "Mã báo cáo", "The report id");
        requirePeriod(command.periodFrom(), command.periodTo());
        String summary = optionalText(command.summary(), Contest.MAX_RULES, "invalid-summary", "Tóm tắt", "The summary");
        List<CriterionReport> results = requireResults(command.results());
        MovementProgressReportedEvent existing = reports.get(command.reportId());
        if (existing != null) {
            if (existing.periodFrom().equals(command.periodFrom()) && existing.periodTo().equals(command.periodTo())
                    && existing.results().equals(results) && Objects.equals(existing.summary(), summary)) {
                return false;
            }
            throw DomainException.conflict("report-id-taken", "Mã báo cáo đã được dùng cho một báo cáo khác",
                    "The report id is already used by another report");
        }
        LocalDate on = rules.requirePastOrToday(command.reportedOn(), "Ngày báo cáo", "The day of the report");
        if (reports.size() >= MAX_REPORTS) {
            throw DomainException.rule("too-many-reports", "Tối đa " + MAX_REPORTS + " báo cáo cho một đơn vị",
                    "At most " + MAX_REPORTS + " reports per unit");
        }
        apply(new MovementProgressReportedEvent(participationId, registration.unitCode(), registration.movementId(),
                command.reportId(), command.periodFrom(), command.periodTo(), results, summary, on));
        return true;
    }

    private List<CriterionReport> requireResults(List<CriterionReport> results) {
        Set<String> seen = new HashSet<>();
        if (results == null || results.isEmpty()) {
            throw DomainException.invalid("invalid-results", "Báo cáo cần kết quả của ít nhất một tiêu chí",
                    "A report needs results on at least one criterion");
        }
        for (CriterionReport r : results) {
            if (r == null || r.criterionId() == null || !registration.criterionIds().contains(r.criterionId())
                    || !seen.add(r.criterionId())) {
                throw DomainException.invalid("invalid-results",
                        "Kết quả phải theo các tiêu chí của phong trào, mỗi tiêu chí một lần",
                        "Results must be on the movement's criteria, each at most once");
            }
            requireText(r.value(), MAX_VALUE, "invalid-results", "Kết quả của tiêu chí", "A criterion's result");
        }
        return results.stream().map(r -> new CriterionReport(r.criterionId(), r.value().strip())).toList();
    }

    private void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("invalid-period", "Kỳ báo cáo không hợp lệ", "Invalid period");
        }
        if (from.isBefore(registration.startsOn()) || to.isAfter(registration.endsOn())) {
            throw DomainException.rule("period-outside-movement",
                    "Kỳ " + from + " – " + to + " nằm ngoài thời gian của phong trào (" + registration.startsOn() + " – "
                            + registration.endsOn() + ")",
                    "The period " + from + " – " + to + " is outside the movement (" + registration.startsOn() + " – "
                            + registration.endsOn() + ")");
        }
    }

    /**
     * Records the organiser's evaluation, or confirms the same evaluation (no event).
     *
     * @return whether it was recorded now
     */
    @CommandHandler
    public boolean handle(EvaluateMovementUnitCommand command, CompetitionRules rules) {
        requireId(command.evaluationId(), "invalid-evaluation-id", "Mã đánh giá", "The evaluation id");
        requirePeriod(command.periodFrom(), command.periodTo());
        if (command.rating() == null) {
            throw DomainException.invalid("missing-rating", "Thiếu xếp loại", "The rating is missing");
        }
        String note = optionalText(command.note(), Contest.MAX_REASON, "invalid-note", "Ghi chú", "The note");
        MovementUnitEvaluatedEvent existing = evaluations.get(command.evaluationId());
        if (existing != null) {
            if (existing.periodFrom().equals(command.periodFrom()) && existing.periodTo().equals(command.periodTo())
                    && existing.rating() == command.rating() && Objects.equals(existing.note(), note)) {
                return false;
            }
            throw DomainException.conflict("evaluation-id-taken", "Mã đánh giá đã được dùng cho một lần đánh giá khác",
                    "The evaluation id is already used by another evaluation");
        }
        LocalDate on = rules.requirePastOrToday(command.evaluatedOn(), "Ngày đánh giá", "The day of evaluation");
        if (evaluations.size() >= MAX_REPORTS) {
            throw DomainException.rule("too-many-evaluations", "Tối đa " + MAX_REPORTS + " lần đánh giá cho một đơn vị",
                    "At most " + MAX_REPORTS + " evaluations per unit");
        }
        apply(new MovementUnitEvaluatedEvent(participationId, registration.unitCode(), registration.movementId(),
                command.evaluationId(), command.periodFrom(), command.periodTo(), command.rating(), note, on));
        return true;
    }

    @EventSourcingHandler
    void on(UnitRegisteredForMovementEvent e) {
        participationId = e.participationId();
        registration = e;
    }

    @EventSourcingHandler
    void on(MovementProgressReportedEvent e) {
        reports.put(e.reportId(), e);
    }

    @EventSourcingHandler
    void on(MovementUnitEvaluatedEvent e) {
        evaluations.put(e.evaluationId(), e);
    }
}
