package vn.doanket.conference.command;

import org.springframework.stereotype.Service;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.api.Outcome;
import vn.doanket.conference.api.PlanTrainingClassCommand;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;

/**
 * The training-class use case that writes more than the aggregate: planning registers the class (same transaction
 * as its first event), keeping class ids apart from conference ids. The other commands go straight to the
 * {@link TrainingClass} aggregate.
 */
@Service
public class TrainingService {

    private final CommandSender commands;
    private final ConferenceRegistry registry;

    public TrainingService(CommandSender commands, ConferenceRegistry registry) {
        this.commands = commands;
        this.registry = registry;
    }

    /** Plans a class; the same id with the same content again changes nothing. */
    public Outcome plan(PlanTrainingClassCommand command, Actor actor) {
        return commands.atomically(() -> {
            registry.requireFreeFor(command.classId(), ConferenceRegistry.Type.TRAINING_CLASS);
            Outcome outcome = commands.send(command, actor);
            if (outcome == Outcome.CREATED) {
                registry.register(command.classId(), ConferenceRegistry.Type.TRAINING_CLASS, command.unitCode(), null);
            }
            return outcome;
        });
    }

    /** The organiser unit of a class (404 when there is none). */
    public String organiserOf(String classId) {
        return registry.unitOf(classId, ConferenceRegistry.Type.TRAINING_CLASS)
                .orElseThrow(() -> DomainException.notFound("training-class-not-found", "Không tìm thấy lớp tập huấn",
                        "No such training class"));
    }
}
