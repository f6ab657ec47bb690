package vn.doanket.conference.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.conference.api.*;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.MemberOrganisation;

import java.util.Arrays;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One invitation to a conference (id {@code <conferenceId>/<invitationId>}): who is invited, their answer, and whether
 * its single-use check-in code has been used. Its own aggregate so that checking one attendee in loads one
 * invitation, never the conference's thousands. The code is verified here against the service's key
 * ({@link CheckInCodes}): a forged code — or a code of another invitation or conference — is refused as invalid
 * (422 {@code invalid-check-in-code}), a used one as already used (409 {@code check-in-code-used}).
 */
@Aggregate
public class Invitation {

    static final int MAX_NAME = 200;

    @AggregateIdentifier
    private String invitationKey;
    private String conferenceId;
    private String invitationId;
    private String unitCode;
    private InviteeKind inviteeKind;
    private String inviteeUnitCode;
    private boolean walkIn;
    private boolean checkedIn;
    private RegistrationResponse response;
    private String creation;
    private String nameFingerprint;

    protected Invitation() {
        // for Axon (and the creation policy CREATE_IF_MISSING)
    }

    /** What a check-in answers: who it was, for the conference's count. */
    public record CheckedIn(InviteeKind inviteeKind, String inviteeUnitCode) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome send(SendInvitationCommand command, ConferenceRules rules) {
        String name = command.displayName() == null || command.displayName().isBlank() ? null
                : command.displayName().strip();
        String unit = inviteeUnit(command.inviteeKind(), command.inviteeRef(), command.inviteeUnitCode());
        String fingerprint = Fingerprint.of(command.inviteeKind(), command.inviteeRef(), unit, command.walkIn());
        if (invitationKey != null) {
            if (creation.equals(fingerprint) && java.util.Objects.equals(nameFingerprint, nameFingerprint(name))) {
                return Outcome.UNCHANGED;
            }
            throw DomainException.conflict("id-conflict", "Mã này đã được dùng cho một giấy mời khác với nội dung khác",
                    "This id is already used by another invitation with different content");
        }
        ConferenceRules.requireId(command.invitationId(), "Mã giấy mời", "The invitation id");
        if (command.inviteeKind() == null) {
            throw DomainException.invalid("missing-invitee-kind", "Thiếu loại người được mời", "The invitee kind is missing");
        }
        if (command.inviteeRef() == null && !command.walkIn()) {
            throw DomainException.invalid("missing-invitee", "Thiếu mã người/đơn vị được mời", "The invitee is missing");
        }
        if (command.inviteeRef() != null && !validRef(command.inviteeKind(), command.inviteeRef())) {
            throw DomainException.invalid("invalid-invitee", switch (command.inviteeKind()) {
                case PERSON -> "Mã người không hợp lệ (p-…)";
                case COMMITTEE -> "Mã ban công tác không hợp lệ (<mã khu dân cư>/<năm nhiệm kỳ>)";
                case MEMBER_ORGANISATION -> "Mã tổ chức thành viên không có trong danh mục";
                case COMMUNE -> "Mã xã/phường không hợp lệ (5 chữ số)";
            }, switch (command.inviteeKind()) {
                case PERSON -> "Invalid person id (p-…)";
                case COMMITTEE -> "Invalid committee id (<area code>/<term year>)";
                case MEMBER_ORGANISATION -> "Unknown member organisation";
                case COMMUNE -> "Invalid commune code (5 digits)";
            });
        }
        if (unit != null && !UnitCode.isValid(unit)) {
            throw DomainException.invalid("invalid-unit", "Mã đơn vị của người được mời không hợp lệ",
                    "The invitee's unit code is invalid");
        }
        if (command.inviteeKind() == InviteeKind.MEMBER_ORGANISATION && unit == null) {
            throw DomainException.invalid("missing-unit", "Tổ chức thành viên được mời ở đơn vị nào (inviteeUnitCode)",
                    "A member organisation is invited at a unit (inviteeUnitCode)");
        }
        if (name != null && (name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl))) {
            throw DomainException.invalid("invalid-display-name", "Tên trên giấy mời tối đa 200 ký tự",
                    "The name on the invitation has at most 200 characters");
        }
        if (command.sentOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
        rules.requireNotFuture(command.sentOn(), "Ngày gửi", "The day of sending");
        apply(new InvitationSentEvent(command.conferenceId(), command.invitationId(), command.unitCode(),
                command.inviteeKind(), command.inviteeRef(), unit, command.walkIn(), command.sentOn()));
        if (name != null) {
            apply(new InviteeNameRecordedEvent(command.conferenceId(), command.invitationId(), name));
        }
        return Outcome.CREATED;
    }

    /** Records the invitee's answer; answers the earlier one (null if none). */
    @CommandHandler
    public RegistrationResponse respond(RespondToInvitationCommand command) {
        if (walkIn) {
            throw DomainException.rule("walk-in", "Người đến trực tiếp không đăng ký trước",
                    "A walk-in does not register beforehand");
        }
        if (checkedIn) {
            throw DomainException.conflict("already-checked-in", "Người được mời đã điểm danh",
                    "The invitee has already checked in");
        }
        if (command.response() == null) {
            throw DomainException.invalid("missing-response", "Thiếu trả lời", "The response is missing");
        }
        if (command.respondedOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
        RegistrationResponse previous = response;
        if (command.response() != previous) {
            apply(new InvitationRespondedEvent(conferenceId, invitationId, unitCode, command.response(),
                    command.respondedOn()));
        }
        return previous;
    }

    /**
     * Uses the check-in code: refused as invalid unless it is this invitation's code at this conference (a walk-in is
     * checked in at the door without one), as already used when it was used before.
     */
    @CommandHandler
    public CheckedIn checkIn(CheckInInvitationCommand command, CheckInCodes codes, ConferenceRules rules) {
        boolean atTheDoor = command.method() == CheckInMethod.WALK_IN;
        boolean valid = atTheDoor
                ? walkIn && command.code() == null && conferenceId.equals(command.conferenceId())
                : !walkIn && conferenceId.equals(command.conferenceId())
                        && codes.verify(conferenceId, invitationId, command.code());
        if (!valid) {
            throw invalidCode();
        }
        if (checkedIn) {
            throw DomainException.conflict("check-in-code-used", "Mã điểm danh đã sử dụng",
                    "The check-in code has already been used");
        }
        if (command.checkedInOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày", "The date is missing");
        }
        rules.requireNotFuture(command.checkedInOn(), "Ngày điểm danh", "The day of check-in");
        apply(new InvitationCheckedInEvent(conferenceId, invitationId, unitCode, command.method(),
                command.checkedInOn()));
        return new CheckedIn(inviteeKind, inviteeUnitCode);
    }

    /** The one answer for a code that is not a valid code of an invitation of this conference. */
    public static DomainException invalidCode() {
        return DomainException.rule("invalid-check-in-code", "Mã điểm danh không hợp lệ",
                "The check-in code is invalid");
    }

    private static boolean validRef(InviteeKind kind, String ref) {
        return switch (kind) {
            case PERSON -> ConferenceRules.isPersonId(ref);
            case COMMITTEE -> ConferenceRules.isCommitteeId(ref);
            case MEMBER_ORGANISATION -> Arrays.stream(MemberOrganisation.values()).anyMatch(o -> o.name().equals(ref));
            case COMMUNE -> UnitCode.isCommune(ref);
        };
    }

    /** The invitee's unit: a committee's area, a commune itself, else as given. */
    private static String inviteeUnit(InviteeKind kind, String ref, String given) {
        if (kind == InviteeKind.COMMITTEE && ConferenceRules.isCommitteeId(ref)) {
            return ConferenceRules.areaOfCommittee(ref);
        }
        if (kind == InviteeKind.COMMUNE && UnitCode.isCommune(ref)) {
            return ref;
        }
        return given;
    }

    private static String nameFingerprint(String name) {
        return name == null ? null : Fingerprint.of(name);
    }

    @EventSourcingHandler
    void on(InvitationSentEvent event) {
        invitationKey = Invitations.key(event.conferenceId(), event.invitationId());
        conferenceId = event.conferenceId();
        invitationId = event.invitationId();
        unitCode = event.unitCode();
        inviteeKind = event.inviteeKind();
        inviteeUnitCode = event.inviteeUnitCode();
        walkIn = event.walkIn();
        creation = Fingerprint.of(event.inviteeKind(), event.inviteeRef(), event.inviteeUnitCode(), event.walkIn());
    }

    @EventSourcingHandler
    void on(InviteeNameRecordedEvent event) {
        nameFingerprint = nameFingerprint(event.displayName());
    }

    @EventSourcingHandler
    void on(InvitationRespondedEvent event) {
        response = event.response();
    }

    @EventSourcingHandler
    void on(InvitationCheckedInEvent event) {
        checkedIn = true;
    }
}
