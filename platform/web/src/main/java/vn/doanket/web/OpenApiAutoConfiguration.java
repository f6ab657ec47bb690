package vn.doanket.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI description every service publishes at {@code /v3/api-docs} (springdoc): titled after the service,
 * with the bearer-token scheme all its endpoints use. Like every path not declared public, the description itself
 * is for signed-in callers (401 without a token); no Swagger UI is bundled.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI doanketOpenApi(Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        return new OpenAPI()
                .info(new Info().title("Đoàn Kết — " + service)
                        .description("API của dịch vụ " + service + " (tiếng Việt, kèm tiếng Anh). Lỗi trả về dạng "
                                + "application/problem+json với title/detail (en) và title_vi/detail_vi (vi). "
                                + "/ The " + service + " service's API; errors are problem+json in English and Vietnamese.")
                        .version(environment.getProperty("info.app.version", "0.1.0")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
