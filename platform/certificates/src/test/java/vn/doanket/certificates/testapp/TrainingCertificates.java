package vn.doanket.certificates.testapp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.doanket.certificates.CertificateKind;
import vn.doanket.certificates.CertificateRequest;
import vn.doanket.certificates.Certificates;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * How a service issues certificates: from the handler of its verified fact, with an id derived from the fact, in the
 * transaction of its own processor (so the number is taken exactly when the fact is handled).
 */
@Component
@ProcessingGroup("test-training-certificates")
public class TrainingCertificates {

    private final Certificates certificates;

    public TrainingCertificates(Certificates certificates) {
        this.certificates = certificates;
    }

    /** The certificate id of a training's completion. */
    public static String certificateIdOf(String trainingId) {
        return UUID.nameUUIDFromBytes(("training:" + trainingId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventHandler
    void on(TrainingCompletedEvent e) {
        certificates.issue(new CertificateRequest(certificateIdOf(e.trainingId()), e.unitCode(),
                CertificateKind.TRAINING_COMPLETION, e.traineeName(), e.personId(), "Lớp bồi dưỡng nghiệp vụ công tác Mặt trận",
                "TrainingCompleted", e.trainingId(), e.completedOn()));
    }
}
