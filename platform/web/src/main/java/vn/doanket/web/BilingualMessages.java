package vn.doanket.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doanket.events.error.LocalizedText;

/**
 * The module's Vietnamese and English texts: the UTF-8 bundles
 * {@code vn/doanket/web/messages_vi.properties} and {@code messages_en.properties} (kept in a package
 * so they never shadow a service's own {@code messages*.properties}). A key missing there is looked up
 * in the application's {@link MessageSource}, so a service can add its own constraint message keys
 * (e.g. {@code @Pattern(message = "{member.phone.invalid}")}) in its {@code messages_vi/_en.properties}.
 *
 * <p>Placeholders are named, {@code {field}}, and filled by {@link #format(String, Map)}; there is no
 * {@link java.text.MessageFormat} quoting.
 */
public final class BilingualMessages {

    /** Vietnamese, the primary language. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Base name of the module's bundles. */
    public static final String BASENAME = "vn/doanket/web/messages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    private final ResourceBundleMessageSource source;

    /**
     * Creates the texts.
     *
     * @param fallback where keys missing from the module's bundles are looked up (usually the
     *                 application context); may be null
     */
    public BilingualMessages(MessageSource fallback) {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename(BASENAME);
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setUseCodeAsDefaultMessage(false);
        bundles.setParentMessageSource(fallback);
        this.source = bundles;
    }

    /**
     * Maps any locale to one of the two supported ones: English for {@code en*}, else Vietnamese.
     *
     * @param locale a locale, may be null
     * @return {@link #ENGLISH} or {@link #VIETNAMESE}
     */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    /**
     * The raw text of a key, placeholders unfilled.
     *
     * @param key message key
     * @param locale language
     * @return the text, or empty when no bundle has the key
     */
    public Optional<String> find(String key, Locale locale) {
        try {
            return Optional.ofNullable(source.getMessage(key, null, null, supported(locale)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A text in both languages with its placeholders filled.
     *
     * @param key message key
     * @param args placeholder values by name
     * @return the texts; the key itself for a language that lacks it
     */
    public LocalizedText text(String key, Map<String, ?> args) {
        return LocalizedText.of(
                format(find(key, VIETNAMESE).orElse(key), args),
                format(find(key, ENGLISH).orElse(key), args));
    }

    /**
     * Replaces {@code {name}} placeholders whose name is in {@code args}; others are left as they are.
     *
     * @param template text with placeholders
     * @param args values by name
     * @return the filled text
     */
    public static String format(String template, Map<String, ?> args) {
        if (args.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 16);
        while (m.find()) {
            Object value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? String.valueOf(value) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
