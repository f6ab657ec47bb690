package vn.doanket.conference.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.api.*;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The conference use cases the web layer calls. Those that change several aggregates run as one transaction of the
 * event store ({@link CommandSender#atomically}, ADR 0006): a refusal half-way leaves nothing written. Every decision
 * is taken by the aggregates on their own state, or on the synchronous {@link ConferenceRegistry} (what exists, and
 * under which unit) — never on the query model.
 */
@Service
public class ConferenceService {

    /** The registry's kind of an invitation sent beforehand, and of one registered at the door. */
    static final String INVITED = "INVITED";
    static final String WALK_IN = "WALK_IN";

    private final CommandSender commands;
    private final ConferenceRegistry registry;
    private final Clock clock;

    public ConferenceService(CommandSender commands, ConferenceRegistry registry, Clock clock) {
        this.commands = commands;
        this.registry = registry;
        this.clock = clock;
    }

    /** Today on the service's clock (Vietnam time). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Plans a conference; a Great Unity Day also claims its area's slot of the year (refused, with nothing written,
     * when the area already has one that year). The registry row is written with the first event.
     */
    public Outcome plan(PlanConferenceCommand command, Actor actor) {
        return commands.atomically(() -> {
            registry.requireFreeFor(command.conferenceId(), ConferenceRegistry.Type.CONFERENCE);
            Outcome outcome = commands.send(command, actor);
            if (outcome == Outcome.CREATED) {
                registry.register(command.conferenceId(), ConferenceRegistry.Type.CONFERENCE, command.unitCode(),
                        command.kind().name());
                if (command.kind() == ConferenceKind.UNITY_DAY) {
                    int year = command.startsAt().getYear();
                    commands.send(new ClaimUnityDaySlotCommand(UnityDaySlot.idOf(command.unitCode(), year),
                            command.unitCode(), year, command.conferenceId()), actor);
                }
            }
            return outcome;
        });
    }

    /** Cancels a conference; a Unity Day frees its area's slot of the year, in the same transaction. */
    public void cancel(String conferenceId, String reason, Actor actor) {
        commands.atomically(() -> {
            Conference.Cancelled cancelled = commands.send(new CancelConferenceCommand(conferenceId, reason), actor);
            if (cancelled.kind() == ConferenceKind.UNITY_DAY) {
                commands.send(new ReleaseUnityDaySlotCommand(UnityDaySlot.idOf(cancelled.unitCode(), cancelled.year()),
                        conferenceId), actor);
            }
            return null;
        });
    }

    /** One invitation as requested. */
    public record InvitationRequest(String invitationId, InviteeKind inviteeKind, String inviteeRef,
                                    String inviteeUnitCode, String displayName) {
        @Override
        public String toString() {
            return "InvitationRequest[" + invitationId + ", personal data hidden]";
        }
    }

    /** What sending a batch did. */
    public record Sent(int sent, int unchanged) {
    }

    /**
     * Sends invitations (each its own aggregate, registered with its first event) and counts the new ones on the
     * conference, in one transaction: the conference refuses (a mass event, closed, in session) and nothing is sent.
     * Invitations already sent with the same content are unchanged; with other content the whole batch is refused.
     */
    public Sent sendInvitations(String conferenceId, List<InvitationRequest> invitations, Actor actor) {
        return sendInvitations(conferenceId, invitations, today(), actor);
    }

    /** {@link #sendInvitations(String, List, Actor)} on a given day (recording the past). */
    public Sent sendInvitations(String conferenceId, List<InvitationRequest> invitations, LocalDate today, Actor actor) {
        String unit = organiserOf(conferenceId);
        return commands.atomically(() -> {
            int sent = 0;
            for (InvitationRequest request : invitations) {
                Outcome outcome = commands.send(new SendInvitationCommand(conferenceId, request.invitationId(), unit,
                        request.inviteeKind(), request.inviteeRef(), request.inviteeUnitCode(), request.displayName(),
                        false, today), actor);
                if (outcome == Outcome.CREATED) {
                    registry.register(Invitations.key(conferenceId, request.invitationId()),
                            ConferenceRegistry.Type.INVITATION, unit, INVITED);
                    sent++;
                }
            }
            if (sent > 0) {
                commands.send(new RecordInvitationsSentCommand(conferenceId, sent, today), actor);
            }
            return new Sent(sent, invitations.size() - sent);
        });
    }

    /** Records an invitee's answer on the invitation and counts it on the conference (one transaction). */
    public void respond(String conferenceId, String invitationId, RegistrationResponse response, Actor actor) {
        respond(conferenceId, invitationId, response, today(), actor);
    }

    /** {@link #respond(String, String, RegistrationResponse, Actor)} on a given day. */
    public void respond(String conferenceId, String invitationId, RegistrationResponse response, LocalDate today,
                        Actor actor) {
        requireInvitation(conferenceId, invitationId);
        commands.atomically(() -> {
            RegistrationResponse previous = commands.send(
                    new RespondToInvitationCommand(conferenceId, invitationId, response, today), actor);
            if (previous != response) {
                commands.send(new RecordRegistrationCommand(conferenceId, invitationId, response, previous, today),
                        actor);
            }
            return null;
        });
    }

    /** What a check-in answers. */
    public record CheckInResult(String invitationId, InviteeKind inviteeKind, String inviteeUnitCode, int attendees) {
    }

    /**
     * Checks an attendee in with an invitation's code: the invitation uses its code (refused if forged or used) and
     * the conference counts the attendee (refused before invitations, after close, …), in one transaction. A code
     * that names no invitation of this conference is refused exactly like a forged one.
     */
    public CheckInResult checkIn(String conferenceId, String code, CheckInMethod method, Actor actor) {
        return checkIn(conferenceId, code, method, today(), actor);
    }

    /** {@link #checkIn(String, String, CheckInMethod, Actor)} on a given day (a list entered afterwards). */
    public CheckInResult checkIn(String conferenceId, String code, CheckInMethod method, LocalDate today, Actor actor) {
        if (method == null || method == CheckInMethod.WALK_IN) {
            throw DomainException.invalid("invalid-method", "Cách điểm danh phải là CODE, SCAN hoặc LIST",
                    "The check-in method must be CODE, SCAN or LIST");
        }
        String invitationId = CheckInCodes.invitationOf(code).orElseThrow(Invitation::invalidCode);
        if (registry.unitOf(Invitations.key(conferenceId, invitationId), ConferenceRegistry.Type.INVITATION).isEmpty()) {
            throw Invitation.invalidCode();
        }
        try {
            return commands.atomically(() -> {
                Invitation.CheckedIn who = commands.send(
                        new CheckInInvitationCommand(conferenceId, invitationId, code, method, today), actor);
                int attendees = commands.send(new RecordAttendanceCommand(conferenceId, invitationId,
                        who.inviteeKind(), who.inviteeUnitCode(), method, today), actor);
                return new CheckInResult(invitationId, who.inviteeKind(), who.inviteeUnitCode(), attendees);
            });
        } catch (AggregateNotFoundException unknown) {
            throw Invitation.invalidCode();
        }
    }

    /** A walk-in as requested. */
    public record WalkInRequest(String walkInId, InviteeKind inviteeKind, String inviteeRef, String inviteeUnitCode,
                                String displayName) {
        @Override
        public String toString() {
            return "WalkInRequest[" + walkInId + ", personal data hidden]";
        }
    }

    /**
     * Registers a walk-in at the door and checks them in at once (an invitation marked walk-in, used immediately),
     * one transaction. The same walk-in id again with the same content changes nothing.
     *
     * @return the outcome and the attendees counted (null when unchanged)
     */
    public Outcome walkIn(String conferenceId, WalkInRequest request, Actor actor) {
        return walkIn(conferenceId, request, today(), actor);
    }

    /** {@link #walkIn(String, WalkInRequest, Actor)} on a given day. */
    public Outcome walkIn(String conferenceId, WalkInRequest request, LocalDate today, Actor actor) {
        String unit = organiserOf(conferenceId);
        return commands.atomically(() -> {
            Outcome outcome = commands.send(new SendInvitationCommand(conferenceId, request.walkInId(), unit,
                    request.inviteeKind(), request.inviteeRef(), request.inviteeUnitCode(), request.displayName(), true,
                    today), actor);
            if (outcome == Outcome.CREATED) {
                registry.register(Invitations.key(conferenceId, request.walkInId()), ConferenceRegistry.Type.INVITATION,
                        unit, WALK_IN);
                Invitation.CheckedIn who = commands.send(new CheckInInvitationCommand(conferenceId, request.walkInId(),
                        null, CheckInMethod.WALK_IN, today), actor);
                commands.send(new RecordAttendanceCommand(conferenceId, request.walkInId(), who.inviteeKind(),
                        who.inviteeUnitCode(), CheckInMethod.WALK_IN, today), actor);
            }
            return outcome;
        });
    }

    /** One refused line of a check-in list. */
    public record RejectedRow(int row, String column, String code, String reasonVi, String reasonEn) {
    }

    /** What a check-in list did: rows checked in, and every refused row (at most {@code MAX_REPORTED} listed). */
    public record ListResult(int rows, int checkedIn, int rejected, List<RejectedRow> rejectedRows) {
    }

    static final int MAX_REPORTED = 500;

    /**
     * Checks in every code of an uploaded list, each row on its own (a refused row — invalid, already used, blank —
     * is reported with its row number and reason and changes nothing; the others are checked in). Uploading the same
     * list again checks nobody in twice: those rows are reported as already used.
     *
     * @param codes the codes by row number (as in the file: the header is row 1)
     * @param day   the day they attended
     */
    public ListResult checkInList(String conferenceId, List<java.util.Map.Entry<Integer, String>> codes, LocalDate day,
                                  Actor actor) {
        int checkedIn = 0;
        int rejected = 0;
        List<RejectedRow> rows = new ArrayList<>();
        for (java.util.Map.Entry<Integer, String> row : codes) {
            try {
                if (row.getValue() == null || row.getValue().isBlank()) {
                    throw DomainException.invalid("missing-code", "Thiếu mã điểm danh", "The check-in code is missing");
                }
                checkIn(conferenceId, row.getValue().strip(), CheckInMethod.LIST, day, actor);
                checkedIn++;
            } catch (DomainException refused) {
                rejected++;
                if (rows.size() < MAX_REPORTED) {
                    rows.add(new RejectedRow(row.getKey(), CheckInList.CODE_COLUMN, refused.code(),
                            refused.text().vi(), refused.text().en()));
                }
            }
        }
        return new ListResult(codes.size(), checkedIn, rejected, rows);
    }

    /** The organiser unit of a conference (404 when there is none). */
    public String organiserOf(String conferenceId) {
        return registry.unitOf(conferenceId, ConferenceRegistry.Type.CONFERENCE)
                .orElseThrow(() -> DomainException.notFound("conference-not-found", "Không tìm thấy hội nghị",
                        "No such conference"));
    }

    /**
     * Whether an invitation was sent beforehand (and so has a check-in code), from the registry: 404 when it does not
     * exist, and for a walk-in (which has none).
     */
    public void requireInvitationWithCode(String conferenceId, String invitationId) {
        registry.find(Invitations.key(conferenceId, invitationId))
                .filter(e -> e.type() == ConferenceRegistry.Type.INVITATION && INVITED.equals(e.kind()))
                .orElseThrow(() -> DomainException.notFound("invitation-not-found", "Không tìm thấy giấy mời",
                        "No such invitation"));
    }

    /** Whether an invitation exists and was registered at the door (no code), from the registry (404 when none). */
    public boolean isWalkIn(String conferenceId, String invitationId) {
        return registry.find(Invitations.key(conferenceId, invitationId))
                .filter(e -> e.type() == ConferenceRegistry.Type.INVITATION)
                .map(e -> WALK_IN.equals(e.kind()))
                .orElseThrow(() -> DomainException.notFound("invitation-not-found", "Không tìm thấy giấy mời",
                        "No such invitation"));
    }

    private void requireInvitation(String conferenceId, String invitationId) {
        if (registry.unitOf(Invitations.key(conferenceId, invitationId), ConferenceRegistry.Type.INVITATION).isEmpty()) {
            throw DomainException.notFound("invitation-not-found", "Không tìm thấy giấy mời", "No such invitation");
        }
    }
}
