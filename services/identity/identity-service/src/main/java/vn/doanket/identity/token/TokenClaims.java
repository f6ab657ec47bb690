package vn.doanket.identity.token;

import vn.doanket.security.Caller;

/** Names of the claims the platform's services rely on (in access tokens and ID tokens); the contract is {@link Caller}'s. */
public final class TokenClaims {

    /** Account id (or client id for client credentials). */
    public static final String SUBJECT = "sub";
    /** Login name (or client id). */
    public static final String PREFERRED_USERNAME = Caller.CLAIM_USERNAME;
    /** Display name with diacritics. */
    public static final String NAME = Caller.CLAIM_NAME;
    /** JSON array of role names ({@link vn.doanket.security.Role}). */
    public static final String ROLES = Caller.CLAIM_ROLES;
    /** Administrative unit code of the caller's scope: {@code VN}, 2 digits, 5 digits or {@code <commune>-<suffix>}. */
    public static final String SCOPE_UNIT = Caller.CLAIM_SCOPE_UNIT;

    private TokenClaims() {
    }
}
