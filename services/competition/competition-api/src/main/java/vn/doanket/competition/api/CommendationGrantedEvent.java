package vn.doanket.competition.api;

import vn.doanket.events.DomainEvent;

import java.time.LocalDate;

/**
 * A commendation was recorded. No name: the recipient's name stays in the service.
 *
 * @param commendationId the commendation (aggregate id)
 * @param unitCode       the recipient's unit
 * @param issuingUnit    the issuing unit
 * @param kind           certificate or diploma of merit
 * @param decisionNumber the decision's number
 * @param decidedOn      the decision's date
 * @param recipientKind  person or collective
 * @param personId       the person in membership, or null
 * @param basis          what it rewards
 * @param basisId        the movement or contest, or null
 * @param reason         the achievement
 */
public record CommendationGrantedEvent(String commendationId, String unitCode, String issuingUnit,
                                       CommendationKind kind, String decisionNumber, LocalDate decidedOn,
                                       RecipientKind recipientKind, String personId, CommendationBasis basis,
                                       String basisId, String reason) implements DomainEvent {
}
