package vn.doanket.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Enrols trainees (1–200 per command, ≤ 300 per class). Idempotent per trainee id; a trainee id already enrolled with
 * other details refuses the whole command (409).
 *
 * @param classId    the class
 * @param trainees   the trainees
 * @param enrolledOn the day
 */
public record EnrolTraineesCommand(@TargetAggregateIdentifier String classId, List<Trainee> trainees,
                                   LocalDate enrolledOn) {

    @Override
    public String toString() {
        return "EnrolTraineesCommand[" + classId + ", " + (trainees == null ? 0 : trainees.size())
                + " trainees, personal data hidden]";
    }
}
