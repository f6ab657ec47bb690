package vn.doanket.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Duration;
import java.util.Locale;

/**
 * Language of the dashboard's pages: Vietnamese by default (whatever the browser asks for),
 * English after {@code ?lang=en}, remembered in a cookie until {@code ?lang=vi}. Texts come from
 * {@code messages/dashboard_vi.properties} and {@code messages/dashboard_en.properties}.
 */
@Configuration(proxyBeanMethods = false)
public class PageConfig implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String LANG_PARAM = "lang";
    static final String LANG_COOKIE = "doanket-lang";

    /** The page texts (keys {@code dash.*}); a missing English text falls back to the Vietnamese one. */
    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/dashboard");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
        return messages;
    }

    /** The language cookie; without it, Vietnamese (the browser's Accept-Language is not consulted). */
    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).addPathPatterns("/", "/units/**");
    }

    /** Applies {@code ?lang=vi|en} through the request's locale resolver; any other value is ignored. */
    static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter(LANG_PARAM);
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver == null) {
                return true;
            }
            if ("vi".equals(lang)) {
                resolver.setLocale(request, response, VIETNAMESE);
            } else if ("en".equals(lang)) {
                resolver.setLocale(request, response, ENGLISH);
            }
            return true;
        }
    }
}
