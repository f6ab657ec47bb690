package vn.doanket.web.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Validated through a method-validation proxy (ConstraintViolationException), as a @Validated service would be. */
@RestController
@Validated
@RequestMapping("/validated")
public class ValidatedController {

    @PostMapping
    public Map<String, Object> post(@RequestParam("count") @Positive int count,
                                    @RequestParam("label") @NotBlank @Size(min = 3, max = 20) String label) {
        return Map.of("count", count, "label", label);
    }
}
