package vn.doanket.conference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.doanket.conference.api.CheckInMethod;
import vn.doanket.conference.api.ConferenceKind;
import vn.doanket.conference.api.InviteeKind;
import vn.doanket.conference.api.RegistrationResponse;
import vn.doanket.conference.api.TraineeRole;
import vn.doanket.conference.command.CheckInCodes;
import vn.doanket.conference.command.ConferenceRules;
import vn.doanket.events.UnitCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Request bodies of the conference API. Creating requests carry the client-supplied id of what they create
 * ({@value ConferenceRules#ID_FORM}): sent again with the same content they answer 200 and create nothing; with
 * other content 409.
 */
public final class ConferenceRequests {

    static final String ID = ConferenceRules.ID_FORM;
    static final String UNIT = UnitCode.FORM;

    private ConferenceRequests() {
    }

    /** A conference to plan (any kind but a training class; a Great Unity Day is organised by a residential area). */
    public record PlanRequest(@NotBlank @Pattern(regexp = ID) String conferenceId, @NotNull ConferenceKind kind,
                              @NotBlank @Pattern(regexp = UNIT) String unitCode,
                              @NotBlank @Size(max = 300) String title, @NotNull LocalDateTime startsAt,
                              LocalDateTime endsAt, @NotBlank @Size(max = 300) String venue,
                              @Size(max = 50) List<@NotBlank @Size(max = 500) String> agenda) {
    }

    /** A postponement, to a new date or (without one) until rescheduled. */
    public record PostponeRequest(@NotBlank @Size(max = 2000) String reason, LocalDateTime newStartsAt,
                                  LocalDateTime newEndsAt) {
    }

    public record RescheduleRequest(@NotNull LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The opening: the day the conference is held (today when absent; never in the future). */
    public record OpenRequest(LocalDate openedOn) {
    }

    public record HeadcountRequest(@NotNull @PositiveOrZero @Max(10_000_000) Integer headcount, LocalDate countedOn) {
    }

    public record PresentationRequest(@NotBlank @Pattern(regexp = ID) String presentationId,
                                      @NotBlank @Size(max = 300) String title,
                                      @NotBlank @Size(max = 300) String presenter) {
    }

    public record TopicsRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> topics) {
    }

    public record ActivitiesRequest(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> activities) {
    }

    /** The closing, with conclusions (required except for propaganda sessions and Unity Days). */
    public record CloseRequest(@Size(max = 10_000) String conclusions, LocalDate closedOn) {
    }

    /** One invitation: a person ({@code p-…}), a committee ({@code <area>/<year>}), an organisation or a commune. */
    public record InvitationItem(@NotBlank @Pattern(regexp = ID) String invitationId, @NotNull InviteeKind inviteeKind,
                                 @NotBlank @Size(max = 100) String inviteeRef,
                                 @Pattern(regexp = UNIT) String inviteeUnitCode,
                                 @Size(max = 200) String displayName) {
        @Override
        public String toString() {
            return "InvitationItem[" + invitationId + ", personal data hidden]";
        }
    }

    public record InvitationsRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull InvitationItem> invitations) {
    }

    public record ResponseRequest(@NotNull RegistrationResponse response) {
    }

    /** A check-in by the code typed in ({@code CODE}) or read from the invitation's QR code ({@code SCAN}). */
    public record CheckInRequest(@NotBlank @Size(max = 100) @Pattern(regexp = CheckInCodes.CODE_FORM) String code,
                                 CheckInMethod method) {
        @Override
        public String toString() {
            return "CheckInRequest[code hidden]";
        }
    }

    /** Someone who came without an invitation. */
    public record WalkInRequest(@NotBlank @Pattern(regexp = ID) String walkInId, @NotNull InviteeKind inviteeKind,
                                @Size(max = 100) String inviteeRef, @Pattern(regexp = UNIT) String inviteeUnitCode,
                                @Size(max = 200) String displayName) {
        @Override
        public String toString() {
            return "WalkInRequest[" + walkInId + ", personal data hidden]";
        }
    }

    public record DelegateRequest(@NotBlank @Pattern(regexp = ID) String delegateId,
                                  @Pattern(regexp = ConferenceRules.PERSON_FORM) String personId,
                                  @NotNull @Size(max = 50) List<@NotBlank @Pattern(regexp = ConferenceRules.COMMITTEE_FORM) String> committeeIds) {
    }

    public record OpinionRequest(@NotBlank @Pattern(regexp = ID) String opinionId,
                                 @NotBlank @Pattern(regexp = ID) String delegateId,
                                 @NotBlank @Pattern(regexp = UNIT) String unitCode, @NotBlank @Size(max = 50) String topic,
                                 @NotBlank @Size(max = 4000) String text, LocalDate raisedOn) {
    }

    // ------------------------------------------------------------------ training classes

    public record SyllabusRequest(@NotBlank @Size(max = 300) String title, @Min(0) @Max(1000) int hours) {
    }

    public record SessionRequest(@Min(1) @Max(60) int sessionNo, @NotNull LocalDate date,
                                 @NotBlank @Size(max = 300) String topic) {
    }

    public record TrainingClassRequest(@NotBlank @Pattern(regexp = ID) String classId,
                                       @NotBlank @Pattern(regexp = UNIT) String unitCode,
                                       @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 300) String venue,
                                       @Size(max = 50) List<@Valid @NotNull SyllabusRequest> syllabus,
                                       @NotEmpty @Size(max = 60) List<@Valid @NotNull SessionRequest> sessions) {
    }

    public record TraineeItem(@NotBlank @Pattern(regexp = ID) String traineeId,
                              @Pattern(regexp = ConferenceRules.PERSON_FORM) String personId,
                              @NotBlank @Size(max = 100) String fullName, @NotNull TraineeRole role,
                              @NotBlank @Pattern(regexp = UNIT) String unitCode) {
        @Override
        public String toString() {
            return "TraineeItem[" + traineeId + ", personal data hidden]";
        }
    }

    public record TraineesRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull TraineeItem> trainees) {
    }

    public record AttendanceRequest(@NotNull @Size(max = 300) List<@NotBlank @Pattern(regexp = ID) String> present,
                                    LocalDate heldOn) {
    }

    public record CompletionRequest(LocalDate completedOn) {
    }

    public record ClassCloseRequest(LocalDate closedOn) {
    }
}
