package vn.doanket.events.error;

import java.util.regex.Pattern;

/**
 * The one place that knows what personal data looks like in free text (exception messages, log
 * lines): e-mail addresses, phone and ID numbers (8 or more digits, possibly grouped by spaces,
 * dots or dashes, optionally after {@code +}) and {@code dd/mm/yyyy} dates. It cannot recognise
 * names or addresses, so it is a safety net, not a licence to log user input.
 */
public final class TextScrubber {

    /** What stands for a redacted value. */
    public static final String REDACTED = "•••";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d(?:[ .-]?\\d){7,}(?![\\p{L}\\p{N}])");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(?<!\\d)\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d)");

    private TextScrubber() {
    }

    /**
     * The text with e-mail addresses, long numbers and day-first dates replaced.
     *
     * @param text the text, may be null
     * @return the scrubbed text, null for null
     */
    public static String scrub(CharSequence text) {
        if (text == null) {
            return null;
        }
        String scrubbed = EMAIL.matcher(text).replaceAll(REDACTED + "@" + REDACTED);
        scrubbed = DAY_FIRST_DATE.matcher(scrubbed).replaceAll("••/••/••••");
        return LONG_NUMBER.matcher(scrubbed).replaceAll(REDACTED);
    }
}
