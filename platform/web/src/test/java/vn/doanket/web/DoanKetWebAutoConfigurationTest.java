package vn.doanket.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The module switches itself on in servlet web applications only. */
class DoanKetWebAutoConfigurationTest {

    @Test
    void activeInServletWebApplications() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DoanKetWebAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(ProblemExceptionHandler.class);
                    assertThat(context).hasSingleBean(ProblemErrorController.class);
                    assertThat(context).hasBean(DoanKetWebAutoConfiguration.REQUEST_ID_FILTER);
                    assertThat(context).hasSingleBean(BilingualMessages.class);
                });
    }

    @Test
    void inactiveOutsideWebApplications() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DoanKetWebAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class));
    }

    @Test
    void problemSpecRejectsBadCodesAndStatuses() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProblemSpec.of(409, "NotKebab", "a", "b", "c", "d"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProblemSpec.of(200, "ok", "a", "b", "c", "d"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProblemCodes.forStatus(404)).isEqualTo("not-found");
        assertThat(ProblemCodes.forStatus(502)).isEqualTo("internal-error");
    }
}
