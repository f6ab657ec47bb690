package vn.doanket.competition.command;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import vn.doanket.axon.CommandSender;
import vn.doanket.certificates.Certificates;
import vn.doanket.competition.api.*;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The use cases the web layer calls when a request creates something or touches several aggregates: each runs as
 * one transaction of the event store ({@link CommandSender#atomically}) together with the {@link Registry} row of
 * what it creates. A creation with a client-supplied id that loses a race with the same id is retried once, and
 * then meets the existing aggregate (the same content: the existing result; other content: 409).
 */
@Service
public class CompetitionService {

    private final CommandSender commands;
    private final Registry registry;
    private final Certificates certificates;
    private final Clock clock;

    public CompetitionService(CommandSender commands, Registry registry, Certificates certificates, Clock clock) {
        this.commands = commands;
        this.registry = registry;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Refuses a client's id that an aggregate of another kind already has: contests, movements, commendations, gifts
     * and certificates share the service's event store, where an aggregate id is unique across kinds (409
     * {@code id-taken}; a race between two kinds ends the same way, when the loser's retry meets the winner's row).
     */
    private void requireFree(Registry.Kind kind, String id) {
        boolean taken = registry.kindsOf(id).stream().anyMatch(k -> k != kind)
                || certificates.numberOf(id).isPresent();
        if (taken) {
            throw DomainException.conflict("id-taken", "Mã này đã được dùng cho một bản ghi khác",
                    "This id is already used by another record");
        }
    }

    /** Today on the service's clock (Vietnam time). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Sends a command on its own. */
    public <R> R send(Object command, Actor actor) {
        return commands.send(command, actor);
    }

    /** @return whether the contest was created now (false: the same contest existed) */
    public boolean createContest(CreateContestCommand command, Actor actor) {
        return creating(Registry.Kind.CONTEST, command.contestId(), () -> {
            boolean created = commands.send(command, actor);
            registry.record(Registry.Kind.CONTEST, command.contestId(), command.organiserUnit(), null);
            return created;
        });
    }

    /**
     * Nominates a contestant; the nomination's unit is registered (id {@code <contestId>/<contestantId>}) for the
     * access checks of its withdrawal.
     *
     * @return whether it was recorded now
     */
    public boolean nominate(NominateContestantCommand command, Actor actor) {
        return commands.atomically(() -> {
            boolean created = commands.send(command, actor);
            registry.record(Registry.Kind.CONTESTANT, command.contestId() + "/" + command.contestantId(),
                    command.nominatingUnit(), null);
            return created;
        });
    }

    /**
     * Appoints a judge; the appointment is registered (id {@code <contestId>/<username>}) so the judge's rights in
     * this contest hold as soon as the request returns.
     *
     * @return whether the judge was appointed now
     */
    public boolean appointJudge(AppointJudgeCommand command, Actor actor) {
        return commands.atomically(() -> {
            boolean created = commands.send(command, actor);
            registry.record(Registry.Kind.JUDGE, command.contestId() + "/" + command.judge(), command.judgeUnit(), null);
            return created;
        });
    }

    /** @return whether the movement was launched now */
    public boolean launchMovement(LaunchMovementCommand command, Actor actor) {
        return creating(Registry.Kind.MOVEMENT, command.movementId(), () -> {
            boolean created = commands.send(command, actor);
            registry.record(Registry.Kind.MOVEMENT, command.movementId(), command.organiserUnit(), null);
            return created;
        });
    }

    /**
     * Registers a unit for a movement: the movement's terms are read from the movement aggregate in the same
     * transaction and recorded with the registration.
     *
     * @return whether it was registered now
     */
    public boolean register(String movementId, String unitCode, String pledge, LocalDate registeredOn, Actor actor) {
        return creating(Registry.Kind.PARTICIPATION, MovementParticipation.idOf(movementId, unitCode), () -> {
            MovementTerms terms = commands.send(new DescribeMovementCommand(movementId), actor);
            String id = MovementParticipation.idOf(movementId, unitCode);
            boolean created = commands.send(new RegisterForMovementCommand(id, movementId, unitCode, pledge,
                    terms.organiserUnit(), terms.startsOn(), terms.endsOn(), terms.criterionIds(),
                    registeredOn == null ? today() : registeredOn), actor);
            registry.record(Registry.Kind.PARTICIPATION, id, unitCode, terms.organiserUnit());
            return created;
        });
    }

    /** @return whether the commendation was recorded now */
    public boolean grantCommendation(GrantCommendationCommand command, Actor actor) {
        return creating(Registry.Kind.COMMENDATION, command.commendationId(), () -> {
            boolean created = commands.send(command, actor);
            registry.record(Registry.Kind.COMMENDATION, command.commendationId(), command.issuingUnit(),
                    command.recipientUnit());
            return created;
        });
    }

    /** @return whether the gift was recorded now */
    public boolean recordGift(RecordGiftCommand command, Actor actor) {
        return creating(Registry.Kind.GIFT, command.giftId(), () -> {
            boolean created = commands.send(command, actor);
            registry.record(Registry.Kind.GIFT, command.giftId(), command.unitCode(), null);
            return created;
        });
    }

    /**
     * Corrects a gift entry: the old entry is reversed (naming the new one) and the new entry recorded (naming the
     * old one), in one transaction — both or neither.
     *
     * @return whether the new entry was recorded now
     */
    public boolean correctGift(String oldGiftId, String reason, RecordGiftCommand replacement, Actor actor) {
        return creating(Registry.Kind.GIFT, replacement.giftId(), () -> {
            commands.send(new ReverseGiftCommand(oldGiftId, reason, today(), replacement.giftId()), actor);
            boolean created = commands.send(replacement, actor);
            registry.record(Registry.Kind.GIFT, replacement.giftId(), replacement.unitCode(), null);
            return created;
        });
    }

    private <R> R creating(Registry.Kind kind, String id, Supplier<R> useCase) {
        requireFree(kind, id);
        try {
            return commands.atomically(useCase);
        } catch (AggregateStreamCreationException | ConcurrencyException raced) {
            requireFree(kind, id);
            return commands.atomically(useCase);
        }
    }
}
