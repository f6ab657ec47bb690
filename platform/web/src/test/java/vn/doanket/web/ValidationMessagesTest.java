package vn.doanket.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.doanket.web.testapp.TestApplication;

/** The application's validator takes its messages from the bilingual bundles. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidationMessagesTest {

    record Form(@NotBlank String name, @Size(min = 2, max = 5) String code) {
    }

    @Autowired
    Validator validator;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String message(Form form, String property, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        Set<ConstraintViolation<Form>> violations = validator.validate(form);
        return violations.stream().filter(v -> v.getPropertyPath().toString().equals(property))
                .findFirst().orElseThrow().getMessage();
    }

    @Test
    void vietnameseByDefaultAndForVietnamese() {
        assertThat(message(new Form(" ", "ab"), "name", Locale.forLanguageTag("vi-VN")))
                .isEqualTo("là bắt buộc và không được để trống");
        assertThat(message(new Form("x", "abcdefg"), "code", Locale.FRENCH)).isEqualTo("phải có độ dài từ 2 đến 5");
    }

    @Test
    void englishWhenAskedFor() {
        assertThat(message(new Form(" ", "ab"), "name", Locale.UK)).isEqualTo("is required and must not be blank");
        assertThat(message(new Form("x", "abcdefg"), "code", Locale.ENGLISH)).isEqualTo("must have a size between 2 and 5");
    }

    @Test
    void interpolatorFillsAttributesButNeverTheValue() {
        BilingualMessages messages = new BilingualMessages(null);
        BilingualMessageInterpolator interpolator = new BilingualMessageInterpolator(messages,
                jakarta.validation.Validation.byDefaultProvider().configure().getDefaultMessageInterpolator());
        assertThat(interpolator.resolve("{jakarta.validation.constraints.DecimalMin.message}",
                java.util.Map.of("value", "0.5", "inclusive", false), BilingualMessages.VIETNAMESE)).hasValue("phải lớn hơn 0.5");
        assertThat(interpolator.resolve("{jakarta.validation.constraints.Size.message}",
                java.util.Map.of("min", 3, "max", Integer.MAX_VALUE), BilingualMessages.ENGLISH))
                .hasValue("must have a size of at least 3");
        assertThat(interpolator.resolve("value ${validatedValue}", java.util.Map.of(), BilingualMessages.ENGLISH)).isEmpty();
        assertThat(interpolator.resolve("{no.such.key}", java.util.Map.of(), BilingualMessages.ENGLISH)).isEmpty();
        assertThat(interpolator.resolve("Số điện thoại không hợp lệ", java.util.Map.of(), BilingualMessages.VIETNAMESE))
                .hasValue("Số điện thoại không hợp lệ");
    }

    @Test
    void kebabCodes() {
        assertThat(ProblemResolver.kebab("NotBlank")).isEqualTo("not-blank");
        assertThat(ProblemResolver.kebab("PastOrPresent")).isEqualTo("past-or-present");
        assertThat(ProblemResolver.kebab("URL")).isEqualTo("url");
        assertThat(ProblemResolver.kebab("member.phone_Invalid")).isEqualTo("member-phone-invalid");
    }
}
