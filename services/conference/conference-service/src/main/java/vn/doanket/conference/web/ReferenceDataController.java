package vn.doanket.conference.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.conference.api.*;
import vn.doanket.feedback.api.Topic;
import vn.doanket.security.RoleGroups;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The conference service's codes with their labels (Vietnamese first), for forms and tables. */
@RestController
public class ReferenceDataController {

    /** One code and its labels. */
    public record Label(String code, String vi, String en) {
    }

    @GetMapping("/api/conference/reference")
    @PreAuthorize(RoleGroups.READERS)
    public Map<String, List<Label>> reference() {
        Map<String, List<Label>> reference = new LinkedHashMap<>();
        reference.put("kinds", labels(ConferenceKind.values(), ConferenceKind::labelVi, ConferenceKind::labelEn));
        reference.put("statuses", labels(ConferenceStatus.values(), ConferenceStatus::labelVi, ConferenceStatus::labelEn));
        reference.put("inviteeKinds", labels(InviteeKind.values(), InviteeKind::labelVi, InviteeKind::labelEn));
        reference.put("checkInMethods", labels(CheckInMethod.values(), CheckInMethod::labelVi, CheckInMethod::labelEn));
        reference.put("responses", labels(RegistrationResponse.values(), RegistrationResponse::labelVi,
                RegistrationResponse::labelEn));
        reference.put("traineeRoles", labels(TraineeRole.values(), TraineeRole::labelVi, TraineeRole::labelEn));
        reference.put("topics", labels(Topic.values(), Topic::labelVi, Topic::labelEn));
        return reference;
    }

    private static <E extends Enum<E>> List<Label> labels(E[] values, Function<E, String> vi, Function<E, String> en) {
        return Arrays.stream(values).map(v -> new Label(v.name(), vi.apply(v), en.apply(v))).toList();
    }
}
