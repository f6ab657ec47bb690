package vn.doanket.feedback.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.ResponsibleBody;
import vn.doanket.feedback.command.FeedbackProperties;
import vn.doanket.feedback.command.ResponsibleBodies;
import vn.doanket.security.RoleGroups;

import java.util.Arrays;
import java.util.List;

/** Reference data for petition forms: the topic taxonomy, the channels and each unit's responsible bodies. */
@RestController
public class ReferenceDataController {

    private final FeedbackProperties properties;
    private final ResponsibleBodies bodies;

    public ReferenceDataController(FeedbackProperties properties, ResponsibleBodies bodies) {
        this.properties = properties;
        this.bodies = bodies;
    }

    /** A code with its labels. */
    public record Labelled(String code, String labelVi, String labelEn) {
    }

    /** The taxonomy and the channels. */
    public record Taxonomy(List<Labelled> topics, List<Labelled> channels) {
    }

    @GetMapping("/api/feedback/taxonomy")
    @PreAuthorize(RoleGroups.READERS)
    public Taxonomy taxonomy() {
        return new Taxonomy(properties.getTopics().entrySet().stream()
                .map(e -> new Labelled(e.getKey(), e.getValue().vi(), e.getValue().en())).toList(),
                Arrays.stream(Channel.values()).map(c -> new Labelled(c.name(), c.labelVi(), c.labelEn())).toList());
    }

    /** The bodies a petition about this unit can be forwarded to. */
    @GetMapping("/api/units/{unit}/responsible-bodies")
    @PreAuthorize(RoleGroups.READERS + " "
            + "and @scope.require(#unit)")
    public List<ResponsibleBody> responsibleBodies(@PathVariable String unit) {
        return bodies.of(unit);
    }
}
