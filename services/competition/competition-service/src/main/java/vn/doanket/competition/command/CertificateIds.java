package vn.doanket.competition.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the certificates the competition service issues, derived from the verified facts (name-based UUIDs), so
 * a replayed or redelivered fact finds its certificate and issues nothing twice.
 */
public final class CertificateIds {

    private CertificateIds() {
    }

    /** The certificate of a prize awarded by ranking or decision. */
    public static String prize(String contestId, String contestantId) {
        return of("prize:" + contestId + ":" + contestantId);
    }

    /** The certificate of a prize given by a correction. */
    public static String correctedPrize(String contestId, String contestantId, String correctionId) {
        return of("prize:" + contestId + ":" + contestantId + ":" + correctionId);
    }

    /** The certificate of a commendation. */
    public static String commendation(String commendationId) {
        return of("commendation:" + commendationId);
    }

    private static String of(String fact) {
        return UUID.nameUUIDFromBytes(fact.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
