package vn.doanket.web;

import java.util.Optional;

/**
 * Extension point: turns an exception this module does not know into a problem response.
 *
 * <p>Contribute implementations as Spring beans (order them with {@link org.springframework.core.annotation.Order}
 * or {@link org.springframework.core.Ordered}). They are consulted, in order, before the built-in mappings, for the
 * thrown exception and then for each of its causes (outermost first), so a mapper for a framework's exception
 * also applies when another framework wraps it. Example: the Axon module maps Axon's {@code ConcurrencyException}
 * to 409 without this module depending on Axon:
 *
 * <pre>{@code
 * @Bean
 * ProblemMapper axonConcurrency() {
 *     return t -> t instanceof ConcurrencyException
 *             ? Optional.of(ProblemSpec.of(409, "concurrent-modification",
 *                     "Dữ liệu đã bị thay đổi đồng thời", "Concurrent modification",
 *                     "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại và thử lại.",
 *                     "The data was just changed by someone else. Please reload and try again."))
 *             : Optional.empty();
 * }
 * }</pre>
 *
 * <p>A mapper must not throw; if it does, the failure is logged and the next mapper is asked.
 */
@FunctionalInterface
public interface ProblemMapper {

    /**
     * Maps one throwable (the thrown exception or one of its causes).
     *
     * @param t the throwable to look at
     * @return the problem to answer with, or empty when this mapper does not know {@code t}
     */
    Optional<ProblemSpec> map(Throwable t);
}
