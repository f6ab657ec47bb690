package vn.doanket.web;

import jakarta.servlet.DispatcherType;
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
 *   <li>Bean Validation messages from the bilingual bundles ({@link BilingualMessageInterpolator}).</li>
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
}
