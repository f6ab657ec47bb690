package vn.doanket.feedback.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.EscalatePetitionCommand;
import vn.doanket.feedback.query.DeadlineProjection;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Escalates overdue petitions one level up, on a schedule: a process, apart from the command side, that reads the
 * deadline view (which may lag) only to choose whom to ask — each petition's aggregate re-decides on its own state
 * whether it is overdue and not yet escalated for that deadline. It reads the persistent deadline table, so a
 * restart loses nothing; the command names the deadline that was missed and the aggregate refuses a second
 * escalation for it, so running twice (two instances, a stale table row, a restart mid-scan) escalates once.
 */
@Component
@ConditionalOnProperty(prefix = "doanket.feedback.escalation", name = "enabled", havingValue = "true", matchIfMissing = true)
public class EscalationScanner {

    private static final Logger log = LoggerFactory.getLogger(EscalationScanner.class);
    static final int BATCH = 500;

    private final DeadlineProjection deadlines;
    private final CommandSender commands;
    private final Clock clock;

    public EscalationScanner(DeadlineProjection deadlines, CommandSender commands, Clock clock) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${doanket.feedback.escalation.interval:5m}", initialDelayString = "${doanket.feedback.escalation.initial-delay:1s}")
    public void scheduled() {
        scan();
    }

    /** One scan: escalates every petition whose deadline passed before today; returns how many were escalated. */
    public synchronized int scan() {
        LocalDate today = LocalDate.now(clock);
        int escalated = 0;
        for (DeadlineProjection.Due due : deadlines.overdue(today, BATCH)) {
            try {
                commands.send(new EscalatePetitionCommand(due.petitionId(), due.deadline(), today, Territory.NATION_CODE),
                        Actor.SYSTEM);
                escalated++;
            } catch (DomainException refused) {
                // already escalated for that deadline, answered meanwhile, or at the top: the table catches up
                log.debug("Escalation of {} refused: {}", due.petitionId(), refused.getMessage());
            }
        }
        if (escalated > 0) {
            log.info("Escalated {} overdue petitions", escalated);
        }
        return escalated;
    }
}
