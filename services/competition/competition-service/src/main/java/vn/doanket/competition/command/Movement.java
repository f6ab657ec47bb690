package vn.doanket.competition.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.competition.api.LaunchMovementCommand;
import vn.doanket.competition.api.MovementCriterion;
import vn.doanket.competition.api.MovementLaunchedEvent;
import vn.doanket.competition.api.OrganiserLevel;
import vn.doanket.events.error.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.doanket.competition.command.CompetitionRules.optionalText;
import static vn.doanket.competition.command.CompetitionRules.requireId;
import static vn.doanket.competition.command.CompetitionRules.requireText;

/**
 * An emulation movement or campaign (phong trào thi đua, cuộc vận động): its organiser, period and the criteria
 * units report against. Units take part through their own {@link MovementParticipation}.
 */
@Aggregate
public class Movement {

    static final int MAX_CRITERIA = 30;

    @AggregateIdentifier
    private String movementId;
    private MovementLaunchedEvent definition;

    protected Movement() {
        // for Axon
    }

    /**
     * Launches the movement, or confirms the same launch (no event).
     *
     * @return whether it was launched now
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(LaunchMovementCommand command, CompetitionRules rules) {
        requireId(command.movementId(), "invalid-movement-id", "Mã phong trào", "The movement id");
        LocalDate on = rules.requirePastOrToday(command.launchedOn(), "Ngày phát động", "The day of launch");
        String unit = rules.requireUnit(command.organiserUnit(), on);
        OrganiserLevel level = CompetitionRules.requireOrganiserLevel(unit, "Đơn vị phát động");
        if (command.kind() == null) {
            throw DomainException.invalid("missing-kind", "Thiếu loại (phong trào hay cuộc vận động)",
                    "The kind (movement or campaign) is missing");
        }
        String title = requireText(command.title(), Contest.MAX_TITLE, "invalid-title", "Tên phong trào", "The title");
        String description = optionalText(command.description(), Contest.MAX_RULES, "invalid-description", "Nội dung",
                "The description");
        if (command.startsOn() == null || command.endsOn() == null || command.endsOn().isBefore(command.startsOn())) {
            throw DomainException.invalid("invalid-period", "Thời gian không hợp lệ (ngày kết thúc trước ngày bắt đầu)",
                    "Invalid period (ends before it starts)");
        }
        List<MovementCriterion> criteria = requireCriteria(command.criteria());
        MovementLaunchedEvent event = new MovementLaunchedEvent(command.movementId(), unit, level, command.kind(), title,
                command.startsOn(), command.endsOn(), description, criteria, on);
        if (movementId != null) {
            MovementLaunchedEvent d = definition;
            if (d.unitCode().equals(unit) && d.kind() == event.kind() && d.title().equals(title)
                    && d.startsOn().equals(event.startsOn()) && d.endsOn().equals(event.endsOn())
                    && Objects.equals(d.description(), description) && d.criteria().equals(criteria)) {
                return false;
            }
            throw DomainException.conflict("movement-id-taken", "Mã phong trào đã được dùng cho một phong trào khác",
                    "The movement id is already used by another movement");
        }
        apply(event);
        return true;
    }

    private static List<MovementCriterion> requireCriteria(List<MovementCriterion> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw DomainException.invalid("invalid-criteria", "Phong trào có từ 1 đến " + MAX_CRITERIA + " tiêu chí",
                    "A movement has 1 to " + MAX_CRITERIA + " criteria");
        }
        Set<String> ids = new HashSet<>();
        List<MovementCriterion> list = new ArrayList<>();
        for (MovementCriterion c : criteria) {
            if (c == null || c.criterionId() == null || !CompetitionRules.ID_FORM_PATTERN.matcher(c.criterionId()).matches()
                    || !ids.add(c.criterionId()) || c.name() == null || c.name().isBlank()
                    || c.name().strip().length() > Contest.MAX_TITLE) {
                throw DomainException.invalid("invalid-criteria", "Tiêu chí không hợp lệ (mã riêng và tên)",
                        "Invalid criterion (a unique id and a name)");
            }
            list.add(new MovementCriterion(c.criterionId(), c.name().strip()));
        }
        return list;
    }

    /** Answers the movement's terms; records nothing. */
    @CommandHandler
    public MovementTerms handle(DescribeMovementCommand command) {
        return new MovementTerms(movementId, definition.unitCode(), definition.startsOn(), definition.endsOn(),
                definition.criteria().stream().map(MovementCriterion::criterionId).toList());
    }

    @EventSourcingHandler
    void on(MovementLaunchedEvent e) {
        movementId = e.movementId();
        definition = e;
    }
}
