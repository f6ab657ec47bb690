package vn.doanket.axon;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import vn.doanket.web.ProblemMapper;
import vn.doanket.web.ProblemSpec;

import java.util.Optional;

/**
 * Axon's rejections as problems: a concurrent change or a duplicate creation is a 409 (never a
 * lost update), a missing aggregate a 404, an unavailable event store a 503.
 */
public class AxonProblemMapper implements ProblemMapper {

    @Override
    public Optional<ProblemSpec> map(Throwable t) {
        if (t instanceof AggregateStreamCreationException) {
            return Optional.of(ProblemSpec.of(409, "already-exists",
                    "Đã tồn tại", "Already exists",
                    "Bản ghi với mã này đã tồn tại.", "A record with this identifier already exists."));
        }
        if (t instanceof ConcurrencyException) {
            return Optional.of(ProblemSpec.of(409, "concurrent-modification",
                    "Xung đột cập nhật đồng thời", "Concurrent modification",
                    "Bản ghi vừa được người khác thay đổi; hãy tải lại và thử lại.",
                    "The record was changed by someone else meanwhile; reload and try again."));
        }
        if (t instanceof AggregateNotFoundException) {
            return Optional.of(ProblemSpec.of(404, "not-found",
                    "Không tìm thấy", "Not found",
                    "Không tìm thấy bản ghi được yêu cầu.", "The requested record does not exist."));
        }
        if (t instanceof EventStoreException) {
            return Optional.of(ProblemSpec.of(503, "service-unavailable",
                    "Dịch vụ tạm thời không khả dụng", "Service temporarily unavailable",
                    "Không ghi được dữ liệu lúc này; hãy thử lại sau.", "The data could not be stored now; try again later."));
        }
        return Optional.empty();
    }
}
