package vn.doanket.web;

import jakarta.validation.MessageInterpolator;
import java.lang.reflect.Array;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Bean Validation message interpolation from {@link BilingualMessages}: a template such as
 * {@code {jakarta.validation.constraints.Size.message}} is looked up in the module's (or the
 * service's) bundles and its {@code {min}}-style placeholders are filled from the constraint's
 * attributes only — never from the validated value. Templates it cannot resolve completely (unknown
 * keys, expression language) go to the provider's default interpolator.
 *
 * <p>The validator uses it with the current request's locale (Vietnamese unless English is asked
 * for); the problem handler calls {@link #resolve(String, Map, Locale)} for both languages.
 */
public final class BilingualMessageInterpolator implements MessageInterpolator {

    private static final Pattern TOKEN = Pattern.compile("(?<![$\\\\])\\{([^{}]+)}");
    private static final int MAX_DEPTH = 4;

    private final BilingualMessages messages;
    private final MessageInterpolator fallback;

    /**
     * Creates the interpolator.
     *
     * @param messages the bilingual texts
     * @param fallback the provider's default interpolator, for templates this one cannot resolve
     */
    public BilingualMessageInterpolator(BilingualMessages messages, MessageInterpolator fallback) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, LocaleContextHolder.getLocale());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        Map<String, Object> attributes = context.getConstraintDescriptor() != null
                ? context.getConstraintDescriptor().getAttributes()
                : Map.of();
        return resolve(messageTemplate, attributes, locale)
                .orElseGet(() -> fallback.interpolate(messageTemplate, context, locale));
    }

    /**
     * Resolves a template in one language from the bundles and the constraint's attributes.
     *
     * @param template message template, e.g. {@code {jakarta.validation.constraints.Min.message}}
     * @param attributes the constraint annotation's attributes
     * @param locale language ({@link BilingualMessages#supported(Locale)} is applied)
     * @return the text, or empty when some key is unknown or the result needs expression language
     */
    public Optional<String> resolve(String template, Map<String, Object> attributes, Locale locale) {
        if (template == null) {
            return Optional.empty();
        }
        return resolve(template, attributes, BilingualMessages.supported(locale), 0)
                .filter(s -> !s.contains("${"))
                .map(s -> s.replace("\\{", "{").replace("\\}", "}"));
    }

    /**
     * Whether a template is one of the standard constraint messages (Jakarta or Hibernate Validator),
     * which read as a predicate of the field ("is required") rather than a full sentence.
     *
     * @param template message template
     * @return true for {@code {jakarta.validation.constraints.*}} and {@code {org.hibernate.validator.constraints.*}}
     */
    public static boolean isStandardTemplate(String template) {
        return template != null
                && (template.startsWith("{jakarta.validation.constraints.")
                    || template.startsWith("{org.hibernate.validator.constraints."))
                && template.endsWith("}");
    }

    private Optional<String> resolve(String template, Map<String, Object> attributes, Locale locale, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (isAttribute(name, attributes)) {
                replacement = formatAttribute(attributes.get(name));
            } else {
                Optional<String> text = lookup(name, attributes, locale)
                        .flatMap(t -> resolve(t, attributes, locale, depth + 1));
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                replacement = text.get();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    private Optional<String> lookup(String key, Map<String, Object> attributes, Locale locale) {
        String variant = null;
        if (Boolean.FALSE.equals(attributes.get("inclusive"))) {
            variant = ".exclusive";
        } else if (attributes.get("min") instanceof Number min && attributes.get("max") instanceof Number max) {
            boolean noMax = max.longValue() == Integer.MAX_VALUE || max.longValue() == Long.MAX_VALUE;
            if (noMax) {
                variant = ".min-only";
            } else if (min.longValue() == 0) {
                variant = ".max-only";
            }
        }
        if (variant != null) {
            Optional<String> text = messages.find(key + variant, locale);
            if (text.isPresent()) {
                return text;
            }
        }
        return messages.find(key, locale);
    }

    private static boolean isAttribute(String name, Map<String, Object> attributes) {
        return attributes.containsKey(name)
                && !"message".equals(name) && !"groups".equals(name) && !"payload".equals(name);
    }

    private static String formatAttribute(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            StringJoiner joiner = new StringJoiner(", ");
            for (int i = 0; i < Array.getLength(value); i++) {
                joiner.add(String.valueOf(Array.get(value, i)));
            }
            return joiner.toString();
        }
        return String.valueOf(value);
    }
}
