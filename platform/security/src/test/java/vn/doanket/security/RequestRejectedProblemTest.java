package vn.doanket.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's rejections are bad input (400), other exceptions are left to other mappers. */
class RequestRejectedProblemTest {

    @Test
    void aFirewallRejectionIsABadRequestInBothLanguages() {
        var spec = DoanketSecurityAutoConfiguration.requestRejected(
                new RequestRejectedException("The request was rejected because the parameter name contained a control character"))
                .orElseThrow();
        assertThat(spec.status()).isEqualTo(400);
        assertThat(spec.code()).isEqualTo("request-rejected");
        assertThat(spec.title().vi()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(spec.title().en()).isEqualTo("Request rejected");
        assertThat(spec.detail().en()).doesNotContain("control character");
    }

    @Test
    void otherExceptionsAreNotMapped() {
        assertThat(DoanketSecurityAutoConfiguration.requestRejected(new IllegalStateException("x"))).isEmpty();
    }
}
