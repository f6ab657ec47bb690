package vn.doanket.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ./devstack} options: a generic {@code --port NAME=N} for every service it finds, the former flags still work. */
class DevStackOptionsTest {

    @Test
    void portsByServiceNameWithDefaults() {
        DevStack.Options options = DevStack.Options.parse(new String[]{"--port", "dashboard=8090", "--feedback-port", "8092"});
        assertThat(options.port("dashboard")).isEqualTo(8090);
        assertThat(options.port("feedback")).isEqualTo(8092);
        assertThat(options.port("membership")).isEqualTo(8081);
        assertThat(options.port("identity")).isEqualTo(9000);
        DevStack.Options defaults = DevStack.Options.parse(new String[0]);
        DevStack.contexts().forEach(c -> assertThat(defaults.port(c.name())).isEqualTo(c.defaultPort()));
    }

    @Test
    void everyPluggedContextIsAService() {
        assertThat(DevStack.serviceNames()).startsWith("identity", "membership", "dashboard", "feedback")
                .contains("conference", "competition")
                .containsAll(DevStack.contexts().stream().map(c -> c.name()).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void unknownServicesAndBadPortsAreRefused() {
        assertThatThrownBy(() -> DevStack.Options.parse(new String[]{"--port", "nosuch=1"}))
                .hasMessageContaining("Unknown service nosuch");
        assertThatThrownBy(() -> DevStack.Options.parse(new String[]{"--port", "dashboard=x"})).hasMessageContaining("Not a port");
        assertThatThrownBy(() -> DevStack.Options.parse(new String[]{"--port", "dashboard"})).hasMessageContaining("NAME=N");
        assertThatThrownBy(() -> DevStack.Options.parse(new String[]{"--port"})).hasMessageContaining("needs a value");
    }
}
