package vn.doanket.feedback.command;

import vn.doanket.feedback.api.PetitionerIdentity;

import java.util.Optional;

/**
 * The service's synchronous record of petitions, written in the same transaction as the petition's first
 * event: which unit each petition concerns (for authorisation before the query model catches up) and, in a
 * separate table, the petitioner's identity (personal data, never in events; can be erased).
 */
public interface PetitionRegistry {

    /** Records a new petition, and its petitioner's identity when there is one. */
    void register(String petitionId, String unitCode, PetitionerIdentity petitioner);

    /** The unit a petition concerns, if the petition exists. */
    Optional<String> unitOf(String petitionId);

    /** The petitioner's identity, if one is on file and not erased. */
    Optional<PetitionerIdentity> petitioner(String petitionId);

    /** Erases the petitioner's identity; true if there was one. */
    boolean erasePetitioner(String petitionId);
}
