package vn.doanket.conference.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Great National Unity Day of one residential area in one year (id {@code unity-day:<area>:<year>}): at most one
 * conference of kind {@code UNITY_DAY} holds it, so a second Unity Day of the area in the same year is refused
 * whoever plans it and whenever (422 {@code unity-day-already-held}); cancelling the one that holds it frees it.
 * Tiny and bounded: the holder's id only.
 */
@Aggregate
public class UnityDaySlot {

    @AggregateIdentifier
    private String slotId;
    private String holder;

    protected UnityDaySlot() {
        // for Axon
    }

    /** The slot's id for an area and a year. */
    public static String idOf(String areaCode, int year) {
        return "unity-day:" + areaCode + ":" + year;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClaimUnityDaySlotCommand command) {
        if (command.conferenceId().equals(holder)) {
            return; // the same Unity Day again (a retried request)
        }
        if (holder != null) {
            throw DomainException.rule("unity-day-already-held",
                    "Khu dân cư " + command.areaCode() + " đã có Ngày hội Đại đoàn kết toàn dân tộc năm "
                            + command.year() + " (" + holder + ")",
                    "Residential area " + command.areaCode() + " already has its Great Unity Day of "
                            + command.year() + " (" + holder + ")");
        }
        apply(new UnityDaySlotClaimedEvent(command.slotId(), command.areaCode(), command.year(),
                command.conferenceId()));
    }

    @CommandHandler
    public void handle(ReleaseUnityDaySlotCommand command) {
        if (command.conferenceId().equals(holder)) {
            apply(new UnityDaySlotReleasedEvent(slotId, command.conferenceId()));
        }
    }

    @EventSourcingHandler
    void on(UnityDaySlotClaimedEvent event) {
        slotId = event.slotId();
        holder = event.conferenceId();
    }

    @EventSourcingHandler
    void on(UnityDaySlotReleasedEvent event) {
        holder = null;
    }
}
