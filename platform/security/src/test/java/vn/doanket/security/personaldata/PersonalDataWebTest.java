package vn.doanket.security.personaldata;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.security.Caller;
import vn.doanket.security.Role;
import vn.doanket.security.personaldata.Dtos.PetitionView;
import vn.doanket.security.personaldata.Dtos.Petitioner;
import vn.doanket.testing.TestPersonalData;
import vn.doanket.web.RequestIdFilter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auto-configured ObjectMapper masks, and a controller's {@link PersonalDataContext} applies to
 * its response through a real DispatcherServlet; the default reveal log writes the documented line.
 */
class PersonalDataWebTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PersonalDataAutoConfiguration.class));

    final ListAppender<ILoggingEvent> auditLog = new ListAppender<>();

    @BeforeEach
    void captureAuditLog() {
        auditLog.start();
        ((Logger) LoggerFactory.getLogger(LoggingRevealListener.LOGGER)).addAppender(auditLog);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(LoggingRevealListener.LOGGER)).detachAppender(auditLog);
        Tokens.signOut();
    }

    /** Declares who handles the petition it returns, as a feedback controller would. */
    @RestController
    static class PetitionController {
        @GetMapping("/petitions/{id}")
        PetitionView petition(@PathVariable String id) {
            PersonalDataContext.handling(id, List.of("handler-1")).bindToRequest();
            return new PetitionView(id, "roads", TestPersonalData.PETITIONER_NAME,
                    new Petitioner(TestPersonalData.PETITIONER_NAME, TestPersonalData.PHONE));
        }
    }

    MockMvc mvc(ObjectMapper mapper) {
        return MockMvcBuilders.standaloneSetup(new PetitionController())
                .setMessageConverters(new MappingJackson2HttpMessageConverter(mapper))
                .addFilters(new RequestIdFilter())
                .build();
    }

    @Test
    void theHandlerSeesTheIdentityAndTheRevealIsLoggedWithoutTheValue() {
        runner.run(context -> {
            MockMvc mvc = mvc(context.getBean(ObjectMapper.class));
            Tokens.signIn("handler-1", Role.PETITION_HANDLER);

            MvcResult result = mvc.perform(get("/petitions/P-2025-0001").header("X-Request-Id", "req-pd-1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.petitionerName").value(TestPersonalData.PETITIONER_NAME))
                    .andExpect(jsonPath("$.petitioner.phone").value(TestPersonalData.PHONE))
                    .andReturn();

            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("P-2025-0001");
            List<String> lines = auditLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).matches("personal-data-revealed kind=PETITIONER_IDENTITY "
                    + "subject=petitionId:P-2025-0001 field=PetitionView.petitionerName userId=handler-1 "
                    + "roles=PETITION_HANDLER at=\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z requestId=req-pd-1");
            assertThat(String.join("\n", lines)).doesNotContain(TestPersonalData.values());
            Map<String, Object> keyValues = new java.util.HashMap<>();
            auditLog.list.get(0).getKeyValuePairs().forEach(kv -> keyValues.put(kv.key, kv.value));
            assertThat(keyValues).containsEntry("kind", "PETITIONER_IDENTITY")
                    .containsEntry("subject", "petitionId:P-2025-0001")
                    .containsEntry("userId", "handler-1")
                    .containsEntry("requestId", "req-pd-1")
                    .containsKeys("at", "roles", "field");
            assertThat(keyValues.values()).map(String::valueOf).doesNotContain(TestPersonalData.values().toArray(String[]::new));
        });
    }

    @Test
    void anotherHandlerAndALeaderSeeItMaskedAndNothingIsLogged() {
        runner.run(context -> {
            MockMvc mvc = mvc(context.getBean(ObjectMapper.class));
            for (Caller caller : List.of(
                    new Caller("handler-2", "handler-2", "h2", java.util.Set.of(Role.PETITION_HANDLER), "79"),
                    new Caller("leader-1", "leader-1", "l1", java.util.Set.of(Role.LEADER), "79"))) {
                Tokens.signIn(caller.userId(), caller.roles().toArray(Role[]::new));
                MvcResult result = mvc.perform(get("/petitions/P-2025-0001"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.petitionerName").value("Ẩn danh / Hidden"))
                        .andExpect(jsonPath("$.petitioner.phone").value("Ẩn danh / Hidden"))
                        .andReturn();
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain(TestPersonalData.values());
            }
            assertThat(auditLog.list).isEmpty();
        });
    }

    @Test
    void aServiceReplacesThePolicyAndTheListener() {
        List<PersonalDataReveal> recorded = new ArrayList<>();
        runner.withUserConfiguration(Overrides.class)
                .withBean("recording", PersonalDataRevealListener.class, () -> recorded::add)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(LoggingRevealListener.class);
                    assertThat(context.getBean(PersonalDataPolicy.class)).isInstanceOf(NobodySees.class);
                    Tokens.signIn("handler-1", Role.PETITION_HANDLER);
                    String json = PersonalDataContext.with(PersonalDataContext.handling("P-1", List.of("handler-1")),
                            () -> context.getBean(ObjectMapper.class).writeValueAsString(new PetitionView("P-1", "roads",
                                    TestPersonalData.PETITIONER_NAME, null)));
                    assertThat(json).contains("Ẩn danh / Hidden").doesNotContain(TestPersonalData.values());
                    assertThat(recorded).isEmpty();
                });
        runner.run(context -> {
            assertThat(context).hasSingleBean(LoggingRevealListener.class);
            assertThat(context.getBean(PersonalDataPolicy.class)).isInstanceOf(DefaultPersonalDataPolicy.class);
            assertThat(context).hasSingleBean(PersonalDataModule.class);
        });
    }

    static final class NobodySees implements PersonalDataPolicy {
        @Override
        public boolean mayReveal(Caller caller, PersonalDataKind kind, String subject, PersonalDataContext context) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Overrides {
        @Bean
        PersonalDataPolicy strict() {
            return new NobodySees();
        }
    }
}
