package vn.doanket.feedback.api;

/**
 * Where a petition received from another context's published events comes from (schema 4 of
 * {@code PetitionReceived}). Today only {@code source = "conference"}: an opinion raised at a dialogue conference
 * ({@code OpinionRaised} on {@code doanket.conference.events}); the conference service finds its opinions' petitions
 * by these ids. Carries ids only, never a name.
 *
 * @param source       {@value #CONFERENCE}
 * @param conferenceId the conference's id in the conference service
 * @param opinionId    the opinion's id within the conference
 * @param delegateId   the id, within the conference, of the delegate who raised it
 */
public record PetitionProvenance(String source, String conferenceId, String opinionId, String delegateId) {

    /** The source of opinions raised at conferences. */
    public static final String CONFERENCE = "conference";

    /** A conference opinion's provenance. */
    public static PetitionProvenance conference(String conferenceId, String opinionId, String delegateId) {
        return new PetitionProvenance(CONFERENCE, conferenceId, opinionId, delegateId);
    }
}
