package vn.doanket.security.personaldata;

import vn.doanket.security.Caller;

/**
 * Decides, per caller and kind, whether a personal-data value may be shown. The platform's rules are
 * {@link DefaultPersonalDataPolicy}; a service changes them by declaring its own
 * {@code PersonalDataPolicy} bean. Territorial scope is not checked here: it stays the endpoint's
 * job (a caller never receives a DTO outside their scope in the first place).
 */
public interface PersonalDataPolicy {

    /**
     * Whether the caller may see a value.
     *
     * @param caller  the authenticated caller (unauthenticated callers never see values)
     * @param kind    the kind of the value
     * @param subject whose data it is — the value of {@link PersonalData#subject()}, e.g. a petition
     *                id — or null when the property names none or it is null
     * @param context what the current response's controller declared, e.g. who handles which petition
     * @return true to write the value, false to write its mask
     */
    boolean mayReveal(Caller caller, PersonalDataKind kind, String subject, PersonalDataContext context);

    /**
     * Whether revealing a value of this kind is recorded through the
     * {@link PersonalDataRevealListener}s. By default: petitioner identity and ID numbers.
     *
     * @param kind the kind
     * @return true to record every reveal
     */
    default boolean recordsReveal(PersonalDataKind kind) {
        return kind == PersonalDataKind.PETITIONER_IDENTITY || kind == PersonalDataKind.ID_NUMBER;
    }

    /**
     * The platform's rules.
     *
     * @return a {@link DefaultPersonalDataPolicy}
     */
    static PersonalDataPolicy defaults() {
        return new DefaultPersonalDataPolicy();
    }
}
