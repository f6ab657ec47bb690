package vn.doanket.security.personaldata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doanket.security.Caller;
import vn.doanket.security.Callers;
import vn.doanket.web.RequestIds;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decides, for one property of one response, whether its value is shown, and records the reveal.
 * The caller and the context are read once per serialization.
 */
final class PersonalDataDisclosure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataDisclosure.class);
    private static final String CALLER = PersonalDataDisclosure.class.getName() + ".caller";
    private static final String CONTEXT = PersonalDataDisclosure.class.getName() + ".context";

    private final Supplier<? extends PersonalDataPolicy> policySupplier;
    private final Supplier<? extends Collection<? extends PersonalDataRevealListener>> listenersSupplier;
    private final Clock clock;
    private final Map<Class<?>, Map<String, AnnotatedMember>> accessors = new ConcurrentHashMap<>();
    private volatile PersonalDataPolicy policy;
    private volatile List<PersonalDataRevealListener> listeners;

    PersonalDataDisclosure(Supplier<? extends PersonalDataPolicy> policy,
                           Supplier<? extends Collection<? extends PersonalDataRevealListener>> listeners, Clock clock) {
        this.policySupplier = policy;
        this.listenersSupplier = listeners;
        this.clock = clock;
    }

    /** Whether to write the value; false means: write the mask. */
    boolean reveal(PersonalDataKind kind, String subjectProperty, String field, Object bean, JsonGenerator gen,
                   SerializerProvider prov) {
        Optional<Caller> caller = caller(prov);
        if (caller.isEmpty()) {
            return false;
        }
        String subject = subjectProperty.isEmpty() ? null : subject(bean, subjectProperty, gen, prov);
        PersonalDataPolicy rules = policy();
        if (!rules.mayReveal(caller.get(), kind, subject, context(prov))) {
            return false;
        }
        if (!rules.recordsReveal(kind)) {
            return true;
        }
        PersonalDataReveal reveal = new PersonalDataReveal(caller.get().userId(), caller.get().roles(), kind,
                subjectProperty.isEmpty() ? null : subjectProperty, subject, field, clock.instant(),
                RequestIds.current().orElse(null));
        try {
            for (PersonalDataRevealListener listener : listeners()) {
                listener.revealed(reveal);
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Reveal of {} in {} could not be recorded, so the value is masked: {}", kind, field,
                    e.getClass().getName());
            return false;
        }
    }

    private PersonalDataPolicy policy() {
        PersonalDataPolicy resolved = policy;
        if (resolved == null) {
            resolved = policySupplier.get();
            policy = resolved;
        }
        return resolved;
    }

    private List<PersonalDataRevealListener> listeners() {
        List<PersonalDataRevealListener> resolved = listeners;
        if (resolved == null) {
            resolved = List.copyOf(listenersSupplier.get());
            listeners = resolved;
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Caller> caller(SerializerProvider prov) {
        Object cached = prov.getAttribute(CALLER);
        if (cached instanceof Optional<?> optional) {
            return (Optional<Caller>) optional;
        }
        Optional<Caller> caller;
        try {
            caller = Callers.current();
        } catch (RuntimeException unusableToken) {
            caller = Optional.empty();
        }
        prov.setAttribute(CALLER, caller);
        return caller;
    }

    private static PersonalDataContext context(SerializerProvider prov) {
        if (prov.getAttribute(CONTEXT) instanceof PersonalDataContext cached) {
            return cached;
        }
        PersonalDataContext context = PersonalDataContext.current();
        prov.setAttribute(CONTEXT, context);
        return context;
    }

    /** The subject property's value on the bean itself, else on the nearest enclosing object that has it. */
    private String subject(Object bean, String name, JsonGenerator gen, SerializerProvider prov) {
        Object holder = bean;
        JsonStreamContext context = gen.getOutputContext();
        while (true) {
            if (holder != null) {
                AnnotatedMember accessor = accessors(holder.getClass(), prov).get(name);
                if (accessor != null) {
                    if (accessor.hasAnnotation(PersonalData.class)) {
                        throw personalSubject(holder.getClass(), name);
                    }
                    Object value = accessor.getValue(holder);
                    return value == null ? null : String.valueOf(value);
                }
            }
            if (context == null) {
                return null;
            }
            Object next = context.getCurrentValue();
            context = context.getParent();
            holder = next == bean ? null : next;
        }
    }

    private Map<String, AnnotatedMember> accessors(Class<?> type, SerializerProvider prov) {
        return accessors.computeIfAbsent(type, t -> {
            if (t.isArray() || t.isPrimitive() || t.getName().startsWith("java.") || Collection.class.isAssignableFrom(t)
                    || Map.class.isAssignableFrom(t)) {
                return Map.of();
            }
            BeanDescription description = prov.getConfig().introspect(prov.constructType(t));
            Map<String, AnnotatedMember> found = new HashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                AnnotatedMember accessor = property.getAccessor();
                if (accessor != null) {
                    accessor.fixAccess(true);
                    found.put(property.getName(), accessor);
                }
            }
            return Map.copyOf(found);
        });
    }

    static IllegalStateException personalSubject(Class<?> type, String property) {
        return new IllegalStateException("@PersonalData(subject = \"" + property + "\") on " + type.getSimpleName()
                + " names a property that is itself personal data; the subject must be an opaque id");
    }
}
