package vn.doanket.security.personaldata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property of a response DTO as personal data: when Spring's {@code ObjectMapper} writes it,
 * the value appears only to callers the {@link PersonalDataPolicy} entitles; everyone else gets a
 * masked value ({@link PersonalDataKind#mask(Object)}). Nulls stay null.
 *
 * <pre>{@code
 * public record PetitionView(
 *         String petitionId,
 *         @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String petitionerName,
 *         @PersonalData(value = PersonalDataKind.PETITIONER_IDENTITY, subject = "petitionId") String petitionerPhone,
 *         String topic) {
 *     public String toString() { return PersonalDataRedaction.toString(this); }
 * }
 * }</pre>
 *
 * <p>Put it on record components (it is carried to the accessor) or on fields/getters of classes.
 * It applies wherever Spring's {@code ObjectMapper} serializes the type, so mark <em>response DTOs
 * only</em> — never events, commands or stored documents.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {

    /**
     * What kind of personal data the property holds.
     *
     * @return the kind
     */
    PersonalDataKind value();

    /**
     * The name of the property that identifies whose data this is — e.g. {@code "petitionId"} or
     * {@code "personId"} — looked up on the same object first, then on the objects enclosing it in
     * the response (so a nested {@code Petitioner} can use its petition's id). It is what the reveal
     * log records, and for {@link PersonalDataKind#PETITIONER_IDENTITY} it is the petition whose
     * handlers may see the value ({@link PersonalDataContext#handling}). Must be an opaque id, never
     * personal data itself. Empty: no subject, so a petitioner's identity is always masked.
     *
     * @return the subject property's JSON name, or empty
     */
    String subject() default "";
}
