package vn.doanket.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TerritoryAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TerritoryAutoConfiguration.class));

    @Test
    void providesTheOfficialTerritoryUsingTheApplicationClock() {
        runner.withBean(Clock.class, TerritoryTest::fixedClock).run(context -> {
            assertThat(context).hasSingleBean(Territory.class);
            Territory territory = context.getBean(Territory.class);
            assertThat(territory.today()).isEqualTo(TerritoryTest.TODAY);
            assertThat(territory.isCurrentCommune("26560")).isTrue();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesATerritory() {
        Territory own = Territory.loadOfficial(TerritoryTest.fixedClock());
        runner.withBean(Territory.class, () -> own).run(context ->
                assertThat(context).getBean(Territory.class).isSameAs(own));
    }

    @Test
    void isRegisteredForAutoConfiguration() throws Exception {
        try (var in = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(TerritoryAutoConfiguration.class.getName());
        }
    }
}
