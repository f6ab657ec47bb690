package vn.doanket.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.RecordReorganisationDecisionCommand;
import vn.doanket.membership.api.ReorganisationDecisionRecordedEvent;
import vn.doanket.membership.api.ReorganisationKind;
import vn.doanket.membership.api.ReorganisedUnit;
import vn.doanket.membership.api.UnitOrigin;
import vn.doanket.membership.api.UnitTransfer;
import vn.doanket.membership.territory.ReorganisationTranslation;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A reorganisation decision of official units (merger, split, rename of communes or provinces), recorded once (its id
 * is derived from the decision number, so recording it twice is a 409). It is checked against the territory tree
 * (the shipped snapshot plus decisions recorded before): a historical unit that already exists, a predecessor or
 * continuing successor whose name or existence contradicts the tree, or territory that cannot move as described is
 * rejected with the reason in Vietnamese and English.
 */
@Aggregate
public class ReorganisationDecision {

    private static final Pattern CODE = Pattern.compile(UnitCode.OFFICIAL_FORM);

    @AggregateIdentifier
    private String decisionId;

    protected ReorganisationDecision() {
        // for Axon
    }

    /** The id of a decision number: {@code 1685/NQ-UBTVQH15} is {@code 1685_NQ-UBTVQH15}. */
    public static String idOf(String decisionNumber) {
        return decisionNumber.strip().replace('/', '_').replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    @CommandHandler
    public ReorganisationDecision(RecordReorganisationDecisionCommand command, Territory territory) {
        if (command.decisionNumber() == null || command.decisionNumber().isBlank() || command.decisionNumber().length() > 60) {
            throw DomainException.invalid("missing-decision", "Thiếu số quyết định/nghị quyết", "The decision number is missing");
        }
        if (!idOf(command.decisionNumber()).equals(command.decisionId())) {
            throw DomainException.invalid("invalid-decision-id", "Mã quyết định phải suy ra từ số quyết định",
                    "The decision id must derive from the decision number");
        }
        if (command.kind() == null || command.effectiveDate() == null) {
            throw DomainException.invalid("incomplete-decision", "Thiếu loại hoặc ngày hiệu lực", "Kind or effective date missing");
        }
        List<ReorganisedUnit> predecessors = command.predecessors() == null ? List.of() : command.predecessors();
        List<ReorganisedUnit> successors = command.successors() == null ? List.of() : command.successors();
        checkShape(command.kind(), predecessors, successors);
        LocalDate day = command.effectiveDate();
        LocalDate dayBefore = day.minusDays(1);
        for (ReorganisedUnit p : predecessors) {
            if (p.origin() == UnitOrigin.HISTORICAL) {
                Optional<AdministrativeUnit> known = territory.versions(p.code()).stream()
                        .filter(v -> v.validFrom() == null || v.validFrom().isBefore(day)).findFirst();
                if (known.isPresent()) {
                    throw DomainException.rule("historical-unit-exists",
                            "Đơn vị " + p.code() + " đã có trong danh mục (" + known.get().name() + "): không đăng ký lại là đơn vị lịch sử",
                            "Unit " + p.code() + " already exists (" + known.get().name() + "): it cannot be registered as a historical unit");
                }
                if (p.existedFrom() != null && !p.existedFrom().isBefore(day)) {
                    throw DomainException.invalid("invalid-history", "Đơn vị lịch sử phải tồn tại trước ngày hiệu lực",
                            "A historical unit must exist before the effective date");
                }
            } else {
                AdministrativeUnit unit = requireOnMap(territory, p, dayBefore, "trước ngày hiệu lực",
                        "the day before the effective date");
                if (unit.validTo() != null && !unit.validTo().equals(day)) {
                    throw DomainException.rule("contradicts-snapshot",
                            "Theo danh mục, " + unit.name() + " (" + unit.code() + ") còn tồn tại đến " + unit.validTo().minusDays(1),
                            "On record, " + unit.name() + " (" + unit.code() + ") existed until " + unit.validTo().minusDays(1));
                }
            }
        }
        for (ReorganisedUnit s : successors) {
            if (s.origin() == UnitOrigin.ON_MAP) {
                requireOnMap(territory, s, day, "vào ngày hiệu lực", "on the effective date");
            }
        }
        List<UnitTransfer> transfers = command.transfers() == null || command.transfers().isEmpty()
                ? derivedTransfers(predecessors, successors) : command.transfers();
        try {
            territory.checkReorganisation(
                    ReorganisationTranslation.reorganisation(command.decisionNumber().strip(), day, successors, transfers),
                    ReorganisationTranslation.historicalUnits(predecessors));
        } catch (IllegalArgumentException | IllegalStateException contradiction) {
            throw DomainException.rule("contradicts-snapshot",
                    "Quyết định mâu thuẫn với danh mục đơn vị hành chính: " + contradiction.getMessage(),
                    "The decision contradicts the administrative units on record: " + contradiction.getMessage());
        }
        apply(new ReorganisationDecisionRecordedEvent(command.decisionId(), command.decisionNumber().strip(),
                command.kind(), day, unitCode(successors), predecessors, successors, transfers));
    }

    private static void checkShape(ReorganisationKind kind, List<ReorganisedUnit> predecessors,
                                   List<ReorganisedUnit> successors) {
        boolean shape = switch (kind) {
            case MERGER -> !predecessors.isEmpty() && successors.size() == 1;
            case SPLIT -> predecessors.size() == 1 && successors.size() >= 2;
            case RENAME -> predecessors.size() == 1 && successors.size() == 1
                    && successors.get(0).origin() == UnitOrigin.NEW;
        };
        if (!shape) {
            throw DomainException.invalid("invalid-shape",
                    "Sáp nhập: nhiều đơn vị thành một; chia tách: một thành nhiều; đổi tên: một đơn vị mới từ một đơn vị",
                    "A merger has one successor, a split one predecessor and several successors, a rename one of each (new)");
        }
        Set<String> codes = new HashSet<>();
        for (ReorganisedUnit u : predecessors) {
            requireUnit(u);
            if (u.origin() == UnitOrigin.NEW || !codes.add(u.code())) {
                throw DomainException.invalid("invalid-predecessor",
                        "Đơn vị trước sắp xếp phải có trong danh mục hoặc là đơn vị lịch sử, không trùng lặp",
                        "A predecessor is on the map or historical, and named once");
            }
        }
        Set<String> successorCodes = new HashSet<>();
        for (ReorganisedUnit u : successors) {
            requireUnit(u);
            if (u.origin() == UnitOrigin.HISTORICAL || !successorCodes.add(u.code())
                    || (u.origin() == UnitOrigin.ON_MAP && codes.contains(u.code()))) {
                throw DomainException.invalid("invalid-successor",
                        "Đơn vị sau sắp xếp phải là đơn vị mới hoặc đơn vị tiếp tục tồn tại (không đồng thời bị giải thể)",
                        "A successor is new or continues (and is not also closed)");
            }
        }
        if (predecessors.stream().map(ReorganisedUnit::level).distinct().count() > 1
                || successors.stream().anyMatch(s -> s.level() != predecessors.get(0).level())) {
            throw DomainException.invalid("mixed-levels", "Các đơn vị phải cùng cấp", "All units must be on the same level");
        }
    }

    private static void requireUnit(ReorganisedUnit u) {
        if (u == null || u.code() == null || !CODE.matcher(u.code()).matches() || u.name() == null || u.name().isBlank()
                || u.level() == null || u.origin() == null || u.parentCode() == null || u.parentCode().isBlank()) {
            throw DomainException.invalid("invalid-unit", "Đơn vị thiếu mã (2, 3 hoặc 5 chữ số), tên, cấp, nguồn gốc hoặc đơn vị cấp trên",
                    "A unit lacks its code (2, 3 or 5 digits), name, level, origin or parent");
        }
    }

    private static AdministrativeUnit requireOnMap(Territory territory, ReorganisedUnit u, LocalDate on, String whenVi, String whenEn) {
        AdministrativeUnit unit = territory.unit(u.code(), on).orElseThrow(() -> DomainException.rule("contradicts-snapshot",
                "Đơn vị " + u.code() + " không có trong danh mục " + whenVi,
                "Unit " + u.code() + " is not on record " + whenEn));
        if (!normalise(unit.name()).equals(normalise(u.name()))
                || unit.level() != ReorganisationTranslation.level(u.level())) {
            throw DomainException.rule("contradicts-snapshot",
                    "Đơn vị " + u.code() + " " + whenVi + " là " + unit.name() + ", không phải " + u.name(),
                    "Unit " + u.code() + " " + whenEn + " is " + unit.name() + ", not " + u.name());
        }
        return unit;
    }

    private static String normalise(String name) {
        return ReorganisationTranslation.withoutDiacritics(name.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT)
                .replace("hoà", "hoa").replace("hòa", "hoa");
    }

    private static List<UnitTransfer> derivedTransfers(List<ReorganisedUnit> predecessors, List<ReorganisedUnit> successors) {
        List<UnitTransfer> transfers = new ArrayList<>();
        if (successors.size() == 1) {
            for (ReorganisedUnit p : predecessors) {
                transfers.add(new UnitTransfer(p.code(), successors.get(0).code(), false));
            }
        } else {
            for (ReorganisedUnit s : successors) {
                transfers.add(new UnitTransfer(predecessors.get(0).code(), s.code(), true));
            }
        }
        return transfers;
    }

    /** The successors' common parent, else the nation. */
    private static String unitCode(List<ReorganisedUnit> successors) {
        Set<String> parents = new HashSet<>();
        successors.forEach(s -> parents.add(s.parentCode()));
        return parents.size() == 1 ? parents.iterator().next() : Territory.NATION_CODE;
    }

    @EventSourcingHandler
    void on(ReorganisationDecisionRecordedEvent event) {
        decisionId = event.decisionId();
    }
}
