package vn.doanket.feedback.web;

import vn.doanket.events.UnitCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.doanket.feedback.api.Attachment;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.CommunicationMethod;
import vn.doanket.feedback.api.ConferenceProvenance;
import vn.doanket.feedback.api.HandlingLevel;
import vn.doanket.feedback.api.PetitionerIdentity;
import vn.doanket.security.personaldata.PersonalDataRedaction;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the petition API. */
public final class PetitionRequests {

    static final String UNIT = UnitCode.FORM;

    private PetitionRequests() {
    }

    /** The petitioner (personal data: stored apart, masked in responses, never logged). */
    public record PetitionerRequest(@NotBlank @Size(max = 200) String fullName, @Size(max = 20) String phone,
                                    @Size(max = 20) String idNumber, @Size(max = 500) String address,
                                    @Size(max = 200) String email) {
        PetitionerIdentity identity() {
            return new PetitionerIdentity(fullName.strip(), phone, idNumber, address, email);
        }

        @Override
        public String toString() {
            return PersonalDataRedaction.toString(this);
        }
    }

    /** An attachment's metadata. */
    public record AttachmentRequest(@NotBlank @Size(max = 255) String fileName, @Size(max = 100) String mediaType,
                                    @PositiveOrZero long sizeBytes, @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
        Attachment attachment() {
            return new Attachment(fileName, mediaType, sizeBytes, sha256);
        }
    }

    /**
     * Intake by an officer, committee member or handler, on the citizen's behalf (attributed to both: the
     * officer as actor and {@code enteredOnBehalfBy}, the citizen as petitioner). {@code receivedOn} is the real
     * day of receipt, for petitions entered afterwards (today when absent; never in the future, never before the
     * unit existed); a receipt entered more than {@code doanket.feedback.recorded-late-after-days} days after it is
     * marked recorded late.
     */
    public record IntakeRequest(@NotBlank @Pattern(regexp = UNIT) String unitCode, @NotNull Channel channel,
                                @Size(max = 50) String topic, @NotBlank @Size(max = 200) String subject,
                                @NotBlank @Size(max = 10_000) String content, boolean anonymous,
                                @Valid PetitionerRequest petitioner,
                                @Size(max = 20) List<@Valid @NotNull AttachmentRequest> attachments,
                                LocalDate receivedOn) {
    }

    /** The conference an opinion comes from. */
    public record ConferenceRequest(@NotBlank @Size(max = 64) String conferenceId, @Size(max = 300) String title,
                                    @NotNull LocalDate heldOn, @Pattern(regexp = UNIT) String unitCode,
                                    @Size(max = 64) String opinionRef) {
        ConferenceProvenance provenance(String defaultUnit) {
            return new ConferenceProvenance(conferenceId, title, heldOn, unitCode == null ? defaultUnit : unitCode, opinionRef);
        }
    }

    /** A petition that originates from a conference opinion (called by the conference service). */
    public record ConferenceOpinionRequest(@NotBlank @Pattern(regexp = UNIT) String unitCode,
                                           @Size(max = 50) String topic, @NotBlank @Size(max = 200) String subject,
                                           @NotBlank @Size(max = 10_000) String content, boolean anonymous,
                                           @Valid PetitionerRequest petitioner,
                                           @Size(max = 20) List<@Valid @NotNull AttachmentRequest> attachments,
                                           @NotNull @Valid ConferenceRequest conference) {
    }

    public record ClassifyRequest(@NotBlank @Size(max = 50) String topic, HandlingLevel level,
                                  @Size(max = 200) String handlerUserId, @Size(max = 2000) String note) {
    }

    /**
     * A forwarding; {@code forwardedOn} is the real day it was forwarded (today when absent; never in the future,
     * never before receipt). The deadline is counted from it on that year's working-day calendar; a forwarding
     * entered after that deadline had passed is recorded late and escalated once by the next scan.
     */
    public record ForwardRequest(@NotBlank @Size(max = 200) String bodyId, @Min(1) @Max(365) Integer workingDays,
                                 @Size(max = 2000) String note, LocalDate forwardedOn) {
    }

    public record AnswerRequest(LocalDate answeredOn, @NotBlank @Size(max = 10_000) String summary,
                                @Size(max = 200) String documentRef) {
    }

    public record CommunicateRequest(@NotNull CommunicationMethod method) {
    }

    public record CloseRequest(@NotNull Boolean satisfied, @Size(max = 2000) String reason) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record MergeRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> duplicateIds,
                               @NotBlank @Size(max = 2000) String reason) {
    }

    public record PartRequest(@Size(max = 50) String topic, @NotBlank @Size(max = 200) String subject,
                              @NotBlank @Size(max = 10_000) String content) {
    }

    public record SplitRequest(@NotNull @Size(min = 2, max = 20) List<@Valid @NotNull PartRequest> parts,
                               @NotBlank @Size(max = 2000) String reason) {
    }
}
