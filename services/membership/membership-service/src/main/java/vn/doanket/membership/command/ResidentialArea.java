package vn.doanket.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.RegisterResidentialAreaCommand;
import vn.doanket.membership.api.ResidentialAreaKind;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A residential area (khu dân cư: thôn, ấp, bản, tổ dân phố, khu phố) under a commune.
 * State changes only in event-sourcing handlers.
 */
@Aggregate
public class ResidentialArea {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private String areaCode;
    private String communeCode;
    private String name;
    private ResidentialAreaKind kind;

    protected ResidentialArea() {
        // for Axon
    }

    @CommandHandler
    public ResidentialArea(RegisterResidentialAreaCommand command, Territory territory) {
        AdministrativeUnit commune = territory.unit(command.communeCode(), command.registeredOn())
                .filter(u -> u.level() == Level.COMMUNE)
                .orElseThrow(() -> DomainException.rule("unknown-unit",
                        "Mã xã/phường không tồn tại vào ngày đăng ký",
                        "The commune code does not exist on the registration date"));
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

    @EventSourcingHandler
    void on(ResidentialAreaRegisteredEvent event) {
        this.areaCode = event.areaCode();
        this.communeCode = event.communeCode();
        this.name = event.name();
        this.kind = event.kind();
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
