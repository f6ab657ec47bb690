package vn.doanket.feedback.api;

import java.time.LocalDate;

/**
 * Where a petition that originates from a conference opinion (ý kiến tại hội nghị, tiếp xúc cử tri) came from.
 *
 * @param conferenceId the conference's id in the conference service
 * @param title        the conference's title
 * @param heldOn       the day it was held
 * @param unitCode     the unit that held it
 * @param opinionRef   the opinion's reference within the conference's minutes
 */
public record ConferenceProvenance(String conferenceId, String title, LocalDate heldOn, String unitCode,
                                   String opinionRef) {
}
