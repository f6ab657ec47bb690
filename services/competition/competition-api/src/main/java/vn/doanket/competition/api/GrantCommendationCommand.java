package vn.doanket.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records a commendation (giấy khen, bằng khen) by a numbered decision of an issuing unit to a person or a collective.
 * Idempotent by id.
 *
 * @param commendationId client-supplied id
 * @param issuingUnit    the issuing authority's unit
 * @param kind           certificate or diploma of merit
 * @param decisionNumber the decision's number, e.g. "125/QĐ-MTTQ"
 * @param decidedOn      the decision's date
 * @param recipientKind  person or collective
 * @param recipientName  the person's or collective's name (kept in the service; never published)
 * @param personId       the person in membership, or null
 * @param recipientUnit  the unit the recipient belongs to (at or below the issuing unit; where it counts)
 * @param basis          what it rewards
 * @param basisId        the movement or contest it rewards, or null
 * @param reason         the achievement (≤ 2,000 characters)
 */
public record GrantCommendationCommand(@TargetAggregateIdentifier String commendationId, String issuingUnit,
                                       CommendationKind kind, String decisionNumber, LocalDate decidedOn,
                                       RecipientKind recipientKind, String recipientName, String personId,
                                       String recipientUnit, CommendationBasis basis, String basisId, String reason) {
}
