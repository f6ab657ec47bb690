package vn.doanket.security.personaldata;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Jackson module that masks {@link PersonalData} properties for callers the
 * {@link PersonalDataPolicy} does not entitle, and tells the {@link PersonalDataRevealListener}s
 * about recorded reveals. Registered by {@link PersonalDataAutoConfiguration} with every service's
 * {@code ObjectMapper}; register it by hand on other mappers:
 *
 * <pre>{@code
 * JsonMapper.builder().addModule(new PersonalDataModule(PersonalDataPolicy.defaults(), List.of(new LoggingRevealListener())))
 * }</pre>
 */
public class PersonalDataModule extends Module {

    private final PersonalDataDisclosure disclosure;

    /**
     * A module with fixed rules and listeners, on the system clock.
     *
     * @param policy    the rules
     * @param listeners told about recorded reveals
     */
    public PersonalDataModule(PersonalDataPolicy policy, List<? extends PersonalDataRevealListener> listeners) {
        this(() -> policy, () -> List.copyOf(listeners), Clock.systemUTC());
    }

    /**
     * A module whose rules and listeners are looked up on first use (so a listener may itself depend
     * on the {@code ObjectMapper}).
     *
     * @param policy    supplies the rules
     * @param listeners supplies the listeners
     * @param clock     the time of reveals
     */
    public PersonalDataModule(Supplier<? extends PersonalDataPolicy> policy,
                              Supplier<? extends Collection<? extends PersonalDataRevealListener>> listeners, Clock clock) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(listeners, "listeners");
        this.disclosure = new PersonalDataDisclosure(policy, listeners, Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String getModuleName() {
        return "doanket-personal-data";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addBeanSerializerModifier(new PersonalDataSerializerModifier(disclosure));
    }
}
