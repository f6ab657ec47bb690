package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Plans a conference (any kind but a training class). Idempotent by {@code conferenceId}: the same id with the same
 * content answers {@link Outcome#UNCHANGED}; with other content it is refused (409).
 *
 * @param conferenceId client-supplied id
 * @param kind         its kind
 * @param unitCode     organiser unit (a residential area for a Great Unity Day)
 * @param title        title
 * @param startsAt     start (local time)
 * @param endsAt       end, or null
 * @param venue        where
 * @param agenda       agenda items, possibly empty
 */
public record PlanConferenceCommand(@TargetAggregateIdentifier String conferenceId, ConferenceKind kind,
                                    String unitCode, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                                    String venue, List<String> agenda) {
}
