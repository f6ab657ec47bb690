package vn.doanket.security.personaldata;

import vn.doanket.events.error.TextScrubber;

import java.lang.reflect.RecordComponent;

/**
 * Keeping personal data out of logs, exception messages and {@code toString()}. The rule is not to
 * log personal data at all; these helpers are for the places that must mention it.
 */
public final class PersonalDataRedaction {

    /** What stands for a redacted value. */
    public static final String REDACTED = TextScrubber.REDACTED;

    private PersonalDataRedaction() {
    }

    /**
     * A value as it may appear in a log: nothing of it.
     *
     * @param value the value, may be null
     * @return null for null, empty for empty, {@value #REDACTED} otherwise
     */
    public static String redact(String value) {
        return value == null || value.isEmpty() ? value : REDACTED;
    }

    /**
     * A value masked as responses mask it ({@link PersonalDataKind#mask(Object)}), e.g. to show a
     * user which phone number a message went to.
     *
     * @param kind  the kind
     * @param value the value, may be null
     * @return the mask as text, null for null
     */
    public static String redact(PersonalDataKind kind, Object value) {
        Object masked = kind.mask(value);
        return masked == null ? null : masked.toString();
    }

    /**
     * Free text with what looks like e-mail addresses, phone or ID numbers (8+ digits) and
     * {@code dd/mm/yyyy} dates replaced. It cannot recognise names or addresses: don't rely on it to
     * make a DTO or a user's input safe to log.
     *
     * @param text the text, may be null
     * @return the scrubbed text, null for null
     */
    public static String scrub(CharSequence text) {
        return TextScrubber.scrub(text);
    }

    /**
     * A record's {@code toString()} with its {@link PersonalData} components redacted — what DTOs
     * holding personal data return from {@code toString()}:
     * {@code public String toString() { return PersonalDataRedaction.toString(this); }} gives
     * {@code PetitionView[petitionId=P-1, petitionerName=•••, topic=roads]}.
     *
     * @param record the record
     * @return its description, personal data redacted (nulls shown as {@code null})
     */
    public static String toString(Record record) {
        StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (i > 0) {
                text.append(", ");
            }
            text.append(component.getName()).append('=');
            Object value;
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                value = accessor.invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                text.append(REDACTED);
                continue;
            }
            if (component.isAnnotationPresent(PersonalData.class) && value != null) {
                text.append(REDACTED);
            } else {
                text.append(value);
            }
        }
        return text.append(']').toString();
    }
}
