package vn.doanket.feedback.command;

import org.springframework.stereotype.Service;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.*;
import vn.doanket.security.TerritorialScope;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The petition use cases the web layer (REST and Open311) calls: it generates ids, resolves the body a petition is
 * forwarded to, and runs the multi-aggregate use cases in one transaction. Every decision is taken on consistent
 * state — the aggregates themselves, the synchronous {@link PetitionRegistry} (written in the same transaction as a
 * petition's first event) and the reference catalogue — never on a query model, which may lag.
 */
@Service
public class PetitionService {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandSender commands;
    private final PetitionRegistry registry;
    private final ResponsibleBodies bodies;
    private final Clock clock;

    public PetitionService(CommandSender commands, PetitionRegistry registry, ResponsibleBodies bodies, Clock clock) {
        this.commands = commands;
        this.registry = registry;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** Today on the service's clock (Vietnam time). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Receives a petition: a new id when the command has none, today when it names no day of receipt. The
     * petition's registry row (and its petitioner's identity) is written in the same transaction as its first
     * event, so it is addressable and authorisable as soon as the request returns; a refusal writes neither.
     *
     * @return the command as sent (with its id and day of receipt)
     */
    public ReceivePetitionCommand receive(ReceivePetitionCommand command, Actor actor) {
        ReceivePetitionCommand sent = new ReceivePetitionCommand(
                command.petitionId() != null ? command.petitionId() : newId(command.unitCode()), command.unitCode(),
                command.channel(), command.topic(), command.subject(), command.content(), command.anonymous(),
                command.petitioner(), command.enteredOnBehalfBy(),
                command.receivedOn() != null ? command.receivedOn() : today(),
                command.attachments() == null ? List.of() : command.attachments(), command.conference(),
                command.splitFrom(), command.actingUnit(), command.provenance());
        return commands.atomically(() -> {
            commands.send(sent, actor);
            registry.register(sent.petitionId(), sent.unitCode(), sent.petitioner());
            return sent;
        });
    }

    /**
     * Forwards a petition to a body of the catalogue of its unit, of the Front committee above it, or of the nation
     * (422 {@code unknown-body} otherwise); the day of forwarding is today when absent.
     */
    public void forward(String petitionId, String bodyId, Integer workingDays, LocalDate forwardedOn, String note,
                        String actingUnit, Actor actor) {
        String unit = registry.unitOf(petitionId).orElseThrow(TerritorialScope::notFound);
        ResponsibleBody body = bodies.find(bodyId)
                .filter(b -> chainOf(unit).contains(bodyId.substring(0, bodyId.indexOf(':'))))
                .orElseThrow(() -> DomainException.rule("unknown-body",
                        "Cơ quan không có trong danh mục của đơn vị hoặc cấp trên",
                        "The body is not in the catalogue of the unit or a unit above it"));
        commands.send(new ForwardPetitionCommand(petitionId, body, workingDays,
                forwardedOn != null ? forwardedOn : today(), note, actingUnit), actor);
    }

    /** Answers a petition on {@code answeredOn} (today when absent; the aggregate refuses a day after today). */
    public void answer(String petitionId, LocalDate answeredOn, String summary, String documentRef, String actingUnit,
                       Actor actor) {
        commands.send(new AnswerPetitionCommand(petitionId, answeredOn == null ? today() : answeredOn, summary,
                documentRef, actingUnit), actor);
    }

    /**
     * Merges duplicates into a survivor, in one transaction: each duplicate must be a petition within
     * {@code inScope} (404 otherwise, from the registry); each duplicate's aggregate then refuses if it can no
     * longer be merged, and the survivor if it is no longer open (409), leaving nothing merged.
     *
     * @return the survivor's status
     */
    public String merge(String survivorId, List<String> duplicateIds, String reason, String actingUnit, Actor actor,
                        Predicate<String> inScope) {
        LocalDate today = today();
        List<String> duplicates = List.copyOf(new LinkedHashSet<>(duplicateIds));
        if (duplicates.contains(survivorId)) {
            throw DomainException.rule("merge-into-itself", "Không thể gộp ý kiến vào chính nó",
                    "A petition cannot be merged into itself");
        }
        for (String duplicate : duplicates) {
            String unit = registry.unitOf(duplicate).orElse(null);
            if (unit == null || !inScope.test(unit)) {
                throw DomainException.notFound("petition-not-found", "Không tìm thấy ý kiến " + duplicate,
                        "No petition " + duplicate + " within your scope");
            }
        }
        return commands.atomically(() -> {
            for (String duplicate : duplicates) {
                commands.send(new MergePetitionIntoCommand(duplicate, survivorId, today, reason, actingUnit), actor);
            }
            return commands.send(new MergePetitionsCommand(survivorId, duplicates, today, reason, actingUnit), actor);
        });
    }

    /**
     * One part of a split.
     *
     * @param subject its subject
     * @param content its content
     * @param topic its topic, or null for the original's
     */
    public record Part(String subject, String content, String topic) {
    }

    /**
     * Splits a petition into parts, each received as a new petition (under the original's unit, with its channel,
     * anonymity and petitioner) that names the original; one transaction: the original is split and every part
     * received, or nothing is.
     *
     * @return the parts as received
     */
    public List<ReceivePetitionCommand> split(String petitionId, List<Part> parts, String reason, String userId,
                                              String actingUnit, Actor actor) {
        LocalDate today = today();
        String unit = registry.unitOf(petitionId).orElseThrow(TerritorialScope::notFound);
        List<String> partIds = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            partIds.add(newId(unit));
        }
        PetitionerIdentity petitioner = registry.petitioner(petitionId).orElse(null);
        return commands.atomically(() -> {
            Petition.SplitOriginal original = commands.send(
                    new SplitPetitionCommand(petitionId, partIds, today, reason, actingUnit), actor);
            List<ReceivePetitionCommand> received = new ArrayList<>();
            for (int i = 0; i < partIds.size(); i++) {
                Part part = parts.get(i);
                received.add(receive(new ReceivePetitionCommand(partIds.get(i), unit, original.channel(),
                        part.topic() == null ? original.topic() : part.topic(), part.subject(), part.content(),
                        original.anonymous(), petitioner, userId, today, List.of(), original.conference(), petitionId,
                        actingUnit, original.provenance()), actor));
            }
            return received;
        });
    }

    /** The units whose bodies a petition about {@code unit} may go to: its commune, the province above, the nation. */
    private List<String> chainOf(String unit) {
        List<String> chain = new ArrayList<>();
        String commune = unit.length() > 5 && unit.charAt(5) == '-' ? unit.substring(0, 5) : unit;
        chain.add(commune);
        if (commune.length() == 5) {
            bodies.of(commune).stream().filter(b -> b.kind() == ResponsibleBodyKind.FRONT_COMMITTEE_ABOVE)
                    .forEach(b -> chain.add(b.unitCode()));
        }
        chain.add("VN");
        return chain;
    }

    /** A new petition id: {@code PA-<commune or unit>-<8 random characters>}. */
    public static String newId(String unitCode) {
        String prefix = unitCode == null ? "" : unitCode.length() >= 5 ? unitCode.substring(0, 5) : unitCode;
        char[] suffix = new char[8];
        for (int i = 0; i < suffix.length; i++) {
            suffix[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "PA-" + prefix + "-" + new String(suffix);
    }
}
