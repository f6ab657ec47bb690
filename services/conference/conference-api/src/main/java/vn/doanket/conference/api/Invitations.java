package vn.doanket.conference.api;

/** Ids of invitations. */
public final class Invitations {

    private Invitations() {
    }

    /**
     * The invitation aggregate's id: {@code <conferenceId>/<invitationId>} (invitation ids are unique within their
     * conference; the slash never occurs in a client-supplied id, so no other aggregate can have it).
     */
    public static String key(String conferenceId, String invitationId) {
        return conferenceId + "/" + invitationId;
    }
}
