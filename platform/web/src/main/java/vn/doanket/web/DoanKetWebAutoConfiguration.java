package vn.doanket.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.DispatcherType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The Đoàn Kết web layer for servlet applications, active as soon as a service depends on
 * {@code doanket-web}:
 * <ul>
 *   <li>{@link RequestIdFilter} at the highest precedence ({@code X-Request-Id}, MDC {@code requestId});</li>
 *   <li>{@link ProblemExceptionHandler} and {@link ProblemErrorController}: every error as bilingual
 *       {@code application/problem+json}, extensible with {@link ProblemMapper} beans;</li>
 *   <li>Bean Validation messages from the bilingual bundles ({@link BilingualMessageInterpolator});</li>
 *   <li>the {@link InputPolicy}: strict JSON request bodies ({@link #strictJson}, {@link StrictJsonModule}), checked
 *       paths and query parameters ({@link InputPolicyFilter}), and Tomcat's own errors as problems
 *       ({@link ProblemErrorReportValve}).</li>
 * </ul>
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class,
        ValidationAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class DoanKetWebAutoConfiguration {

    /** Bean name of the request id filter registration. */
    public static final String REQUEST_ID_FILTER = "doanketRequestIdFilter";

    /** Creates the configuration. */
    public DoanKetWebAutoConfiguration() {
    }

    /**
     * The bilingual texts; keys missing from the module's bundles are looked up in the application's messages.
     *
     * @param context the application context (its {@code MessageSource} is the fallback)
     * @return the texts
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    @ConditionalOnMissingBean
    public static BilingualMessages doanketBilingualMessages(ApplicationContext context) {
        return new BilingualMessages(context);
    }

    /**
     * Makes Spring Boot's validator interpolate constraint messages from the bilingual bundles.
     *
     * @param messages the texts
     * @return the customizer
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    public static ValidationConfigurationCustomizer doanketValidationMessages(ObjectProvider<BilingualMessages> messages) {
        return configuration -> configuration.messageInterpolator(
                new BilingualMessageInterpolator(messages.getObject(), configuration.getDefaultMessageInterpolator()));
    }

    @Bean
    ProblemResolver doanketProblemResolver(ObjectProvider<ProblemMapper> mappers, BilingualMessages messages) {
        return new ProblemResolver(mappers, messages);
    }

    /**
     * The problem handler for exceptions that reach Spring MVC.
     *
     * @param resolver the shared resolver
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean(ProblemExceptionHandler.class)
    public ProblemExceptionHandler doanketProblemExceptionHandler(ProblemResolver resolver) {
        return new ProblemExceptionHandler(resolver);
    }

    /**
     * The {@code /error} fallback for errors that never reach a controller.
     *
     * @param resolver the shared resolver
     * @return the controller
     */
    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController doanketProblemErrorController(ProblemResolver resolver) {
        return new ProblemErrorController(resolver);
    }

    /**
     * Registers {@link RequestIdFilter} first in the chain, for requests, error and async dispatches.
     *
     * @return the registration
     */
    @Bean(REQUEST_ID_FILTER)
    @ConditionalOnMissingBean(name = REQUEST_ID_FILTER)
    public FilterRegistrationBean<RequestIdFilter> doanketRequestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.setName(REQUEST_ID_FILTER);
        return registration;
    }

    /** Bean name of the input policy filter registration. */
    public static final String INPUT_POLICY_FILTER = "doanketInputPolicyFilter";

    /**
     * Registers {@link InputPolicyFilter} right after the request id filter, before security and Spring MVC.
     *
     * @param resolver the shared resolver
     * @return the registration
     */
    @Bean(INPUT_POLICY_FILTER)
    @ConditionalOnMissingBean(name = INPUT_POLICY_FILTER)
    public FilterRegistrationBean<InputPolicyFilter> doanketInputPolicyFilter(ProblemResolver resolver) {
        FilterRegistrationBean<InputPolicyFilter> registration = new FilterRegistrationBean<>(new InputPolicyFilter(resolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setName(INPUT_POLICY_FILTER);
        return registration;
    }

    /**
     * Makes Spring MVC read JSON request bodies with a strict copy of the application's {@code ObjectMapper}
     * (the mapper itself, used for events and elsewhere, is left alone).
     *
     * @return the configurer
     */
    @Bean
    public WebMvcConfigurer doanketStrictJsonBodies() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                Map<ObjectMapper, ObjectMapper> strict = new IdentityHashMap<>();
                for (HttpMessageConverter<?> converter : converters) {
                    if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                        jackson.setObjectMapper(strict.computeIfAbsent(jackson.getObjectMapper(),
                                DoanKetWebAutoConfiguration::strictJson));
                    }
                }
            }
        };
    }

    /**
     * A copy of {@code mapper} that reads request bodies by the {@link InputPolicy}: repeated keys, trailing
     * tokens, numbers for enums, dates or booleans, strings for numbers or booleans, fractions for integers and values breaking {@link StrictJsonModule}'s rules are refused; bodies are bounded
     * ({@link StreamReadConstraints}: size, nesting, string length as a backstop).
     *
     * @param mapper the application's mapper
     * @return the strict copy
     */
    public static ObjectMapper strictJson(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(InputPolicy.MAX_JSON_BODY_BYTES)
                .maxNestingDepth(InputPolicy.MAX_NESTING_DEPTH)
                .maxStringLength((int) InputPolicy.MAX_JSON_BODY_BYTES)
                .maxNumberLength(100)
                .build());
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // not FAIL_ON_NULL_FOR_PRIMITIVES: it also refuses an omitted optional boolean or number of a record
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.setDefaultLeniency(Boolean.FALSE);
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
        strict.registerModule(new StrictJsonModule());
        return strict;
    }

    /** Tomcat's own error responses (requests it refuses before any servlet) as problems. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> doanketTomcatProblems(ProblemResolver resolver) {
            return new TomcatValveCustomizer(resolver);
        }
    }

    /** Replaces the Host's {@link ErrorReportValve} (HTML) by a {@link ProblemErrorReportValve}; runs last. */
    static final class TomcatValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        private final ProblemResolver resolver;

        TomcatValveCustomizer(ProblemResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                if (host == null) {
                    return;
                }
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemErrorReportValve(resolver));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
