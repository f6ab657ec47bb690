package vn.doanket.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A service's additions to the platform's filter chain (e.g. the dashboard's browser login),
 * applied after the platform's own settings.
 */
@FunctionalInterface
public interface HttpSecurityCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
