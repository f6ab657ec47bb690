package vn.doanket.security.personaldata;

/**
 * Told every time a value of a recorded kind ({@link PersonalDataPolicy#recordsReveal}) is written to
 * a response for a caller, before it is written. If a listener throws, the value is masked instead:
 * no record, no reveal. Beans of this type are all called, in order; without any, the platform
 * declares {@link LoggingRevealListener}.
 */
@FunctionalInterface
public interface PersonalDataRevealListener {

    /**
     * Records a reveal.
     *
     * @param reveal who saw which kind of whose data, when (never the value)
     */
    void revealed(PersonalDataReveal reveal);
}
