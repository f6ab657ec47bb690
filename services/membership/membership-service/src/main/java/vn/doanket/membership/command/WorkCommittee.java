package vn.doanket.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.AppointMemberCommand;
import vn.doanket.membership.api.ChangeMemberPositionCommand;
import vn.doanket.membership.api.ConsolidateWorkCommitteeCommand;
import vn.doanket.membership.api.DismissMemberCommand;
import vn.doanket.membership.api.DissolveWorkCommitteeCommand;
import vn.doanket.membership.api.EstablishWorkCommitteeCommand;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberDismissedEvent;
import vn.doanket.membership.api.MemberPositionChangedEvent;
import vn.doanket.membership.api.Position;
import vn.doanket.membership.api.WorkCommitteeConsolidatedEvent;
import vn.doanket.membership.api.WorkCommitteeDissolvedEvent;
import vn.doanket.membership.api.WorkCommitteeEstablishedEvent;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Front Work Committee (Ban Công tác Mặt trận) of a residential area for one term. Its id is
 * {@code <area code>/<first year of the term>}, so an area has one committee per term (a second
 * establishment for the same term is a 409). Invariants: at most one head at a time; no
 * appointment to a dissolved committee or in a merged-away (or split) residential area; no double appointment of a person to the same position
 * (holding several positions is allowed); every date within the term.
 */
@Aggregate
public class WorkCommittee {

    static final int MAX_TERM_YEARS = 5;
    private static final Pattern AREA_CODE = Pattern.compile(UnitCode.AREA_FORM);

    /** A person in a position. */
    record Holding(String personId, Position position) {
    }

    @AggregateIdentifier
    private String committeeId;
    private String areaCode;
    private LocalDate termStart;
    private LocalDate termEnd;
    private LocalDate establishedOn;
    private int plannedDeputies;
    private int minimumSize;
    private boolean dissolved;
    private final Set<Holding> holdings = new HashSet<>();

    protected WorkCommittee() {
        // for Axon
    }

    @CommandHandler
    public WorkCommittee(EstablishWorkCommitteeCommand command, Territory territory) {
        if (command.areaCode() == null || !AREA_CODE.matcher(command.areaCode()).matches()) {
            throw DomainException.invalid("invalid-area-code", "Mã khu dân cư không hợp lệ", "Invalid residential area code");
        }
        if (command.termStart() == null || command.termEnd() == null || !command.termEnd().isAfter(command.termStart())
                || command.termEnd().isAfter(command.termStart().plusYears(MAX_TERM_YEARS))) {
            throw DomainException.rule("invalid-term", "Nhiệm kỳ phải kết thúc sau khi bắt đầu và không quá 5 năm",
                    "The term must end after it starts and last at most 5 years");
        }
        if (!(command.areaCode() + "/" + command.termStart().getYear()).equals(command.committeeId())) {
            throw DomainException.invalid("invalid-committee-id",
                    "Mã ban công tác phải là <mã khu dân cư>/<năm bắt đầu nhiệm kỳ>",
                    "The committee id must be <area code>/<first year of the term>");
        }
        if (command.plannedDeputies() < 0 || command.plannedDeputies() > 5 || command.minimumSize() < 1
                || command.minimumSize() > 30) {
            throw DomainException.rule("invalid-composition", "Số phó trưởng ban (0–5) hoặc số thành viên tối thiểu (1–30) không hợp lệ",
                    "Planned deputies (0–5) or minimum size (1–30) out of range");
        }
        requireDecision(command.decisionNumber());
        if (command.establishedOn() == null || command.establishedOn().isAfter(command.termEnd())) {
            throw outsideTerm();
        }
        requireAreaInForce(territory, command.areaCode(), command.establishedOn());
        requireNotFuture(territory, command.establishedOn());
        apply(new WorkCommitteeEstablishedEvent(command.committeeId(), command.areaCode(), command.termStart(),
                command.termEnd(), command.plannedDeputies(), command.minimumSize(), command.decisionNumber().strip(),
                command.establishedOn()));
    }

    @CommandHandler
    public void handle(AppointMemberCommand command, Territory territory, PersonRegistry people) {
        requireActive();
        requireWithinTerm(command.appointedOn());
        requireAreaInForce(territory, areaCode, command.appointedOn());
        requireNotFuture(territory, command.appointedOn());
        requireDecision(command.decisionNumber());
        if (command.personId() == null || command.personId().isBlank() || command.position() == null
                || command.representing() == null) {
            throw DomainException.invalid("invalid-appointment", "Thiếu người, chức danh hoặc tổ chức đại diện",
                    "Person, position or represented organisation missing");
        }
        if (holdings.contains(new Holding(command.personId(), command.position()))) {
            throw DomainException.rule("already-holds-position", "Người này đã giữ chức danh này trong ban",
                    "This person already holds this position on the committee");
        }
        if (command.position() == Position.HEAD && hasHead()) {
            throw headTaken();
        }
        // a reference to another aggregate, checked on the event store (consistent), last: the committee's own rules first
        String personUnit = people.unitOf(command.personId()).orElseThrow(() -> DomainException.rule("person-not-registered",
                "Người được bổ nhiệm chưa được đăng ký; hãy đăng ký người này trước",
                "The person appointed is not registered; register the person first"));
        if (!PersonRegistry.sameCommune(personUnit, areaCode)) {
            throw DomainException.rule("person-out-of-scope",
                    "Người được bổ nhiệm không cư trú trong xã/phường của khu dân cư này",
                    "The person appointed does not live in this residential area's commune");
        }
        apply(new MemberAppointedEvent(committeeId, areaCode, command.personId(), command.position(),
                command.representing(), command.appointedOn(), command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(ChangeMemberPositionCommand command, Territory territory) {
        requireActive();
        requireWithinTerm(command.changedOn());
        requireAreaInForce(territory, areaCode, command.changedOn());
        requireNotFuture(territory, command.changedOn());
        requireDecision(command.decisionNumber());
        requireHolds(command.personId(), command.from());
        if (command.to() == null || command.to() == command.from()
                || holdings.contains(new Holding(command.personId(), command.to()))) {
            throw DomainException.rule("already-holds-position", "Người này đã giữ chức danh mới",
                    "This person already holds the new position");
        }
        if (command.to() == Position.HEAD && hasHead()) {
            throw headTaken();
        }
        apply(new MemberPositionChangedEvent(committeeId, areaCode, command.personId(), command.from(), command.to(),
                command.changedOn(), command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(DismissMemberCommand command, Territory territory) {
        requireActive();
        requireWithinTerm(command.dismissedOn());
        requireNotFuture(territory, command.dismissedOn());
        requireDecision(command.decisionNumber());
        requireHolds(command.personId(), command.position());
        if (command.reason() == null || command.reason().isBlank()) {
            throw DomainException.invalid("missing-reason", "Thiếu lý do miễn nhiệm", "The reason for the dismissal is missing");
        }
        apply(new MemberDismissedEvent(committeeId, areaCode, command.personId(), command.position(),
                command.dismissedOn(), command.reason().strip(), command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(ConsolidateWorkCommitteeCommand command, Territory territory) {
        requireActive();
        requireWithinTerm(command.consolidatedOn());
        requireAreaInForce(territory, areaCode, command.consolidatedOn());
        requireNotFuture(territory, command.consolidatedOn());
        requireDecision(command.decisionNumber());
        apply(new WorkCommitteeConsolidatedEvent(committeeId, areaCode, command.consolidatedOn(),
                command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(DissolveWorkCommitteeCommand command, Territory territory) {
        requireActive();
        if (command.dissolvedOn() == null || command.dissolvedOn().isBefore(establishedOn)) {
            throw outsideTerm();
        }
        requireNotFuture(territory, command.dissolvedOn());
        if (command.reason() == null || command.reason().isBlank()) {
            throw DomainException.invalid("missing-reason", "Thiếu lý do giải thể", "The reason for the dissolution is missing");
        }
        apply(new WorkCommitteeDissolvedEvent(committeeId, areaCode, command.dissolvedOn(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(WorkCommitteeEstablishedEvent event) {
        committeeId = event.committeeId();
        areaCode = event.areaCode();
        termStart = event.termStart();
        termEnd = event.termEnd();
        establishedOn = event.establishedOn();
        plannedDeputies = event.plannedDeputies();
        minimumSize = event.minimumSize();
    }

    @EventSourcingHandler
    void on(MemberAppointedEvent event) {
        holdings.add(new Holding(event.personId(), event.position()));
    }

    @EventSourcingHandler
    void on(MemberPositionChangedEvent event) {
        holdings.remove(new Holding(event.personId(), event.from()));
        holdings.add(new Holding(event.personId(), event.to()));
    }

    @EventSourcingHandler
    void on(MemberDismissedEvent event) {
        holdings.remove(new Holding(event.personId(), event.position()));
    }

    @EventSourcingHandler
    void on(WorkCommitteeDissolvedEvent event) {
        dissolved = true;
    }

    /** The committee's composition now: members, positions and what is vacant. */
    Composition composition() {
        return Composition.of(holdings, plannedDeputies, minimumSize);
    }

    boolean dissolved() {
        return dissolved;
    }

    private boolean hasHead() {
        return holdings.stream().anyMatch(h -> h.position() == Position.HEAD);
    }

    private void requireActive() {
        if (dissolved) {
            throw DomainException.rule("committee-dissolved", "Ban công tác đã giải thể", "The committee has been dissolved");
        }
    }

    /**
     * A residential area merged away or split (closed in the territory tree on that day) takes no establishment,
     * appointment, position change or consolidation from that day: its committee must be re-formed in the receiving
     * area. Days before the area was registered in the system are allowed (committees predate registration), and
     * areas the tree does not know are not checked.
     */
    private static void requireAreaInForce(Territory territory, String areaCode, LocalDate day) {
        List<AdministrativeUnit> versions = territory.versions(areaCode);
        if (versions.isEmpty() || territory.unit(areaCode, day).isPresent()) {
            return;
        }
        LocalDate registeredOn = versions.get(0).validFrom();
        if (registeredOn != null && day.isBefore(registeredOn)) {
            throw DomainException.rule("date-before-area",
                    "Ngày " + day + " trước ngày khu dân cư " + areaCode + " được đăng ký (" + registeredOn + ")",
                    "The date " + day + " is before the residential area " + areaCode + " was registered ("
                            + registeredOn + ")");
        }
        LocalDate closedOn = versions.get(versions.size() - 1).validTo();
        if (closedOn != null && !day.isBefore(closedOn)) {
            throw DomainException.rule("area-not-in-force",
                    "Khu dân cư không tồn tại vào ngày này (đã sáp nhập hoặc chia tách): cần kiện toàn ban công tác ở khu dân cư mới",
                    "The residential area does not exist on that day (merged or split): re-form the committee in the receiving area");
        }
    }

    private void requireWithinTerm(LocalDate date) {
        if (date == null || date.isBefore(termStart) || date.isAfter(termEnd)) {
            throw outsideTerm();
        }
        if (date.isBefore(establishedOn)) {
            throw DomainException.rule("date-outside-term",
                    "Ngày " + date + " trước ngày thành lập ban (" + establishedOn + ")",
                    "The date " + date + " is before the committee was established (" + establishedOn + ")");
        }
    }

    /** A fact of the committee cannot be recorded before it happens. */
    private static void requireNotFuture(Territory territory, LocalDate date) {
        LocalDate today = territory.today();
        if (date.isAfter(today)) {
            throw DomainException.rule("date-in-future",
                    "Ngày " + date + " không được sau ngày hôm nay (" + today + ")",
                    "The date " + date + " cannot be after today (" + today + ")");
        }
    }

    private void requireHolds(String personId, Position position) {
        if (!holdings.contains(new Holding(personId, position))) {
            throw DomainException.rule("not-holding-position", "Người này không giữ chức danh đó trong ban",
                    "This person does not hold that position on the committee");
        }
    }

    private static void requireDecision(String decisionNumber) {
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw DomainException.invalid("missing-decision", "Thiếu số quyết định", "The decision number is missing");
        }
    }

    private static DomainException outsideTerm() {
        return DomainException.rule("date-outside-term", "Ngày không nằm trong nhiệm kỳ của ban",
                "The date is outside the committee's term");
    }

    private static DomainException headTaken() {
        return DomainException.rule("head-already-appointed", "Ban đã có Trưởng ban", "The committee already has a head");
    }
}
