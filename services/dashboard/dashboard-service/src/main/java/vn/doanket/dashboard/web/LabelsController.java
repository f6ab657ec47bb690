package vn.doanket.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.ResponsibleBodyKind;
import vn.doanket.feedback.api.Topic;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Vietnamese and English labels of the codes that appear in figure names (petitions by topic, channel and
 * kind of responsible body), from the publishing context's own enums: the page never shows a bare code.
 */
@RestController
@Tag(name = "Nhãn / Labels", description = "Bilingual labels of the codes in figure names")
public class LabelsController {

    /** A code's label in both languages. */
    public record Label(String vi, String en) {
    }

    private static final Map<String, Map<String, Label>> LABELS = Map.of(
            "topic", labels(Topic.values(), Topic::labelVi, Topic::labelEn),
            "channel", labels(Channel.values(), Channel::labelVi, Channel::labelEn),
            "bodyKind", labels(ResponsibleBodyKind.values(), ResponsibleBodyKind::labelVi, ResponsibleBodyKind::labelEn));

    @GetMapping("/api/labels")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Nhãn song ngữ của các mã / Bilingual labels of codes",
            description = "Groups topic, channel and bodyKind: code → {vi, en}.")
    public Map<String, Map<String, Label>> labels() {
        return LABELS;
    }

    /**
     * The label of a code in a group ({@code topic}, {@code channel}, {@code bodyKind}) in one language;
     * the code itself when unknown.
     */
    static String label(String group, String code, boolean english) {
        Label label = LABELS.getOrDefault(group, Map.of()).get(code);
        return label == null ? code : english ? label.en() : label.vi();
    }

    private static <E extends Enum<E>> Map<String, Label> labels(E[] values, Function<E, String> vi, Function<E, String> en) {
        Map<String, Label> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.name(), new Label(vi.apply(v), en.apply(v))));
        return labels;
    }
}
