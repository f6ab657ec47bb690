package vn.doanket.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class));

    @Test
    void providesTheOfficialCalendar() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(WorkingCalendar.class);
            assertThat(context.getBean(WorkingCalendar.class).isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesACalendar() {
        WorkingCalendar own = WorkingCalendar.statutoryRulesOnly();
        runner.withBean(WorkingCalendar.class, () -> own).run(context ->
                assertThat(context).getBean(WorkingCalendar.class).isSameAs(own));
    }

    @Test
    void isRegisteredForAutoConfiguration() throws Exception {
        try (var in = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(CalendarAutoConfiguration.class.getName());
        }
    }
}
