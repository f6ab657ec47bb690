package vn.doanket.conference.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * An opinion became a petition: the feedback service published {@code PetitionReceived} with provenance
 * {@code {source: "conference", conferenceId, opinionId}}, and the conference recorded the link (once).
 *
 * @param conferenceId       the conference
 * @param unitCode           the organiser unit
 * @param opinionId          the opinion
 * @param petitionId         the feedback service's petition id
 * @param opinionsPetitioned opinions of the conference that became petitions, after this one
 * @param linkedOn           the day the petition was received
 */
public record OpinionPetitionLinkedEvent(String conferenceId, String unitCode, String opinionId, String petitionId,
                                         int opinionsPetitioned, LocalDate linkedOn) implements DomainEvent {
}
