package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * The conference closed with its conclusions; the counts are final (opinions may still become petitions).
 *
 * @param conferenceId          the conference
 * @param unitCode              the organiser unit
 * @param kind                  its kind
 * @param conclusions           the conclusions (kết luận), or null for a mass event closed without
 * @param closedOn              the day
 * @param attendees             verified attendees (check-ins and walk-ins)
 * @param headcount             the headcount of a mass event (0 otherwise)
 * @param delegates             delegates
 * @param committeesRepresented distinct committees represented
 * @param communesRepresented   distinct communes represented
 * @param opinions              opinions raised
 * @param presentations         presentations given
 */
public record ConferenceClosedEvent(String conferenceId, String unitCode, ConferenceKind kind, String conclusions,
                                    LocalDate closedOn, int attendees, int headcount, int delegates,
                                    int committeesRepresented, int communesRepresented, int opinions,
                                    int presentations) implements DomainEvent {
}
