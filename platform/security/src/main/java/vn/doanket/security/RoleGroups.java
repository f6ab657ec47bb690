package vn.doanket.security;

/**
 * The named groups of roles every {@code @PreAuthorize} uses, instead of role lists typed out per method: one place
 * says who reads, who records, who handles petitions, who audits and who administers. Each constant is a Spring
 * Security expression (a compile-time constant, so it can be combined in an annotation:
 * {@code @PreAuthorize(RoleGroups.RECORDERS + " and @scope.require(#areaCode)")}); the territorial check is always
 * added by the caller.
 */
public final class RoleGroups {

    private RoleGroups() {
    }

    /** Everyone signed in with a role of the platform: reads figures, pages and reference data in scope. */
    public static final String READERS = "hasAnyRole('LEADER', 'OFFICER', 'COMMITTEE', 'PETITION_HANDLER', 'AUDITOR', 'ADMINISTRATOR')";
    /** Record the Front's facts (areas, committees, people, conferences…) in scope. */
    public static final String RECORDERS = "hasAnyRole('OFFICER', 'ADMINISTRATOR')";
    /** Receive petitions (committees record what their area raised). */
    public static final String PETITION_INTAKE = "hasAnyRole('OFFICER', 'COMMITTEE', 'PETITION_HANDLER')";
    /** Receive petitions on a unit's behalf through the API of another channel (e.g. a conference's opinions). */
    public static final String PETITION_RECORDERS = "hasAnyRole('OFFICER', 'PETITION_HANDLER', 'ADMINISTRATOR')";
    /** Handle petitions: classify, forward, answer, close. */
    public static final String PETITION_HANDLERS = "hasAnyRole('OFFICER', 'PETITION_HANDLER')";
    /** Read petitions (personal data only as the personal-data policy allows). */
    public static final String PETITION_READERS = "hasAnyRole('LEADER', 'OFFICER', 'COMMITTEE', 'PETITION_HANDLER', 'AUDITOR')";
    /** Read a petition's handling timeline. */
    public static final String TIMELINE_READERS = "hasAnyRole('LEADER', 'OFFICER', 'PETITION_HANDLER', 'AUDITOR')";
    /** Verify audit trails. */
    public static final String VERIFIERS = "hasAnyRole('AUDITOR', 'LEADER', 'ADMINISTRATOR')";
    /** Audit and operate the platform as a whole. */
    public static final String AUDITORS = "hasAnyRole('AUDITOR', 'ADMINISTRATOR')";
    /** Accounts, reference data, reorganisation decisions, read-model operations. */
    public static final String ADMINISTRATORS = "hasRole('ADMINISTRATOR')";
    /** The only role that may see a petitioner's identity. */
    public static final String PETITIONER_IDENTITY = "hasRole('PETITION_HANDLER')";
}
