package vn.doanket.identity.token;

/** Names of the claims the platform's services rely on (in access tokens and ID tokens). */
public final class TokenClaims {

    /** Account id (or client id for client credentials). */
    public static final String SUBJECT = "sub";
    /** Login name (or client id). */
    public static final String PREFERRED_USERNAME = "preferred_username";
    /** Display name with diacritics. */
    public static final String NAME = "name";
    /** JSON array of role names ({@link vn.doanket.identity.account.Role}). */
    public static final String ROLES = "roles";
    /** Administrative unit code of the caller's scope: {@code VN}, 2 digits, 5 digits or {@code <commune>-<suffix>}. */
    public static final String SCOPE_UNIT = "scope_unit";

    private TokenClaims() {
    }
}
