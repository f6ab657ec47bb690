package vn.doanket.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.MergeResidentialAreaCommand;
import vn.doanket.membership.api.RegisterResidentialAreaCommand;
import vn.doanket.membership.api.RenameResidentialAreaCommand;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.ResidentialAreaRenamedEvent;
import vn.doanket.membership.api.ResidentialAreaSplitEvent;
import vn.doanket.membership.api.SplitResidentialAreaCommand;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A residential area (khu dân cư: thôn, ấp, bản, tổ dân phố, khu phố) under a commune.
 * Renamed (same code), merged into another area or split into several: a merged or split area is closed and takes
 * no further changes (its committee must be re-formed in the receiving area). State changes only in
 * event-sourcing handlers.
 */
@Aggregate
public class ResidentialArea {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private String areaCode;
    private String communeCode;
    private String name;
    private ResidentialAreaKind kind;
    private LocalDate validFrom;
    private LocalDate registeredOn;
    private LocalDate closedOn;
    static final Pattern AREA_CODE = Pattern.compile(UnitCode.AREA_FORM);

    protected ResidentialArea() {
        // for Axon
    }

    /**
     * Registers an area under the commune in force on {@code registeredOn}: today's commune, or — for records of the
     * past — the commune of that day (a pre-2025 commune from the official data, or one membership knows from a
     * recorded reorganisation decision). A code that denotes no commune that day is refused with what was in force
     * (before the commune took effect) or what it became (after it was merged or split).
     */
    @CommandHandler
    public ResidentialArea(RegisterResidentialAreaCommand command, Territory territory) {
        if (command.registeredOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày đăng ký", "The registration date is missing");
        }
        // a registration of its own is never in the future (refused at the door, 400); an area created by a merge or
        // split takes the decision's effective day, which may be ahead
        AdministrativeUnit commune = PastUnits.communeInForce(territory, command.communeCode(), command.registeredOn());
        if (command.name() == null || command.name().isBlank() || command.name().strip().length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid("invalid-name",
                    "Tên khu dân cư phải có từ 1 đến " + MAX_NAME_LENGTH + " ký tự",
                    "The residential area's name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (command.kind() == null) {
            throw DomainException.invalid("missing-kind", "Thiếu loại khu dân cư", "The residential area's kind is missing");
        }
        if (!command.areaCode().startsWith(commune.code() + "-")) {
            throw DomainException.invalid("invalid-area-code",
                    "Mã khu dân cư phải bắt đầu bằng mã xã/phường",
                    "The residential area's code must start with its commune's code");
        }
        apply(new ResidentialAreaRegisteredEvent(command.areaCode(), commune.code(), command.name().strip(),
                command.kind(), command.registeredOn()));
    }

    /** Confirms the area is open on a day (e.g. the receiving area of a merge); changes nothing. */
    @CommandHandler
    public String handle(ConfirmResidentialAreaOpenCommand command) {
        requireOpen();
        if (command.on() == null || command.on().isBefore(validFrom)) {
            throw beforeRegistration();
        }
        return communeCode;
    }

    /**
     * Confirms the area existed on a day (a committee established or a member appointed then): not before it was
     * registered, not on or after it was merged or split; changes nothing.
     */
    @CommandHandler
    public String handle(ConfirmResidentialAreaExistedCommand command) {
        if (command.on() == null || command.on().isBefore(registeredOn)) {
            throw DomainException.rule("date-before-area",
                    "Ngày " + command.on() + " trước ngày khu dân cư " + areaCode + " được đăng ký (" + registeredOn + ")",
                    "The date " + command.on() + " is before the residential area " + areaCode + " was registered ("
                            + registeredOn + ")");
        }
        if (closedOn != null && !command.on().isBefore(closedOn)) {
            throw DomainException.rule("area-not-in-force",
                    "Khu dân cư không tồn tại vào ngày này (đã sáp nhập hoặc chia tách từ ngày " + closedOn
                            + "): cần kiện toàn ban công tác ở khu dân cư mới",
                    "The residential area does not exist on that day (merged or split on " + closedOn
                            + "): re-form the committee in the receiving area");
        }
        return communeCode;
    }

    @CommandHandler
    public void handle(RenameResidentialAreaCommand command) {
        requireOpen();
        requireChangeDate(command.renamedOn(), command.decisionNumber());
        if (command.name() == null || command.name().isBlank() || command.name().strip().length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid("invalid-name",
                    "Tên khu dân cư phải có từ 1 đến " + MAX_NAME_LENGTH + " ký tự",
                    "The residential area's name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        ResidentialAreaKind newKind = command.kind() == null ? kind : command.kind();
        if (command.name().strip().equals(name) && newKind == kind) {
            throw DomainException.rule("same-name", "Tên và loại khu dân cư không thay đổi",
                    "The name and kind are unchanged");
        }
        apply(new ResidentialAreaRenamedEvent(areaCode, communeCode, name, command.name().strip(), newKind,
                command.renamedOn(), command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(MergeResidentialAreaCommand command) {
        requireOpen();
        requireChangeDate(command.mergedOn(), command.decisionNumber());
        if (command.intoAreaCode() == null || !AREA_CODE.matcher(command.intoAreaCode()).matches()
                || command.intoAreaCode().equals(areaCode)) {
            throw DomainException.invalid("invalid-merge-target", "Khu dân cư nhận sáp nhập không hợp lệ",
                    "The receiving residential area is invalid");
        }
        List<String> merged = command.mergedAreaCodes() == null ? List.of(areaCode) : command.mergedAreaCodes();
        if (!merged.contains(areaCode) || merged.contains(command.intoAreaCode())
                || new HashSet<>(merged).size() != merged.size()) {
            throw DomainException.invalid("invalid-merge-sources",
                    "Danh sách khu dân cư sáp nhập phải gồm khu này, không trùng lặp và không gồm khu nhận",
                    "The merged areas must include this one, without duplicates or the receiving area");
        }
        if (!command.intoAreaCode().startsWith(communeCode + "-")) {
            throw DomainException.rule("merge-across-communes",
                    "Chỉ sáp nhập khu dân cư trong cùng một xã/phường", "Residential areas merge within one commune");
        }
        apply(new ResidentialAreaMergedEvent(areaCode, communeCode, command.intoAreaCode(), merged,
                command.mergedOn(), command.decisionNumber().strip()));
    }

    @CommandHandler
    public void handle(SplitResidentialAreaCommand command) {
        requireOpen();
        requireChangeDate(command.splitOn(), command.decisionNumber());
        List<String> into = command.intoAreaCodes() == null ? List.of() : command.intoAreaCodes();
        if (into.size() < 2 || new HashSet<>(into).size() != into.size() || into.contains(areaCode)
                || into.stream().anyMatch(c -> c == null || !c.startsWith(communeCode + "-"))) {
            throw DomainException.invalid("invalid-split",
                    "Chia tách phải tạo ít nhất hai khu dân cư mới khác nhau trong cùng xã/phường",
                    "A split needs at least two distinct new areas in the same commune");
        }
        apply(new ResidentialAreaSplitEvent(areaCode, communeCode, into, command.splitOn(),
                command.decisionNumber().strip()));
    }

    @EventSourcingHandler
    void on(ResidentialAreaRegisteredEvent event) {
        this.areaCode = event.areaCode();
        this.communeCode = event.communeCode();
        this.name = event.name();
        this.kind = event.kind();
        this.validFrom = event.registeredOn();
        this.registeredOn = event.registeredOn();
    }

    @EventSourcingHandler
    void on(ResidentialAreaRenamedEvent event) {
        this.name = event.name();
        this.kind = event.kind();
        this.validFrom = event.renamedOn();
    }

    @EventSourcingHandler
    void on(ResidentialAreaMergedEvent event) {
        this.closedOn = event.mergedOn();
    }

    @EventSourcingHandler
    void on(ResidentialAreaSplitEvent event) {
        this.closedOn = event.splitOn();
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw DomainException.rule("area-closed",
                    "Khu dân cư đã sáp nhập hoặc chia tách từ ngày " + closedOn,
                    "The residential area was merged or split on " + closedOn);
        }
    }

    private void requireChangeDate(LocalDate day, String decisionNumber) {
        if (day == null || !day.isAfter(validFrom)) {
            throw beforeRegistration();
        }
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw DomainException.invalid("missing-decision", "Thiếu số quyết định", "The decision number is missing");
        }
    }

    private static DomainException beforeRegistration() {
        return DomainException.rule("date-before-area",
                "Ngày thay đổi phải sau ngày khu dân cư được đăng ký (hoặc đổi tên lần trước)",
                "The date must be after the area was registered (or last renamed)");
    }

    boolean closed() {
        return closedOn != null;
    }

    String communeCode() {
        return communeCode;
    }

    String name() {
        return name;
    }

    ResidentialAreaKind kind() {
        return kind;
    }
}
