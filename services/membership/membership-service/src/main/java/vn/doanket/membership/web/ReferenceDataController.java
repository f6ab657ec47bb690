package vn.doanket.membership.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.membership.api.MemberOrganisation;
import vn.doanket.membership.api.Position;
import vn.doanket.membership.api.ResidentialAreaKind;

import java.util.Arrays;
import java.util.List;

/** Reference data in Vietnamese and English: member organisations, positions, kinds of residential area. */
@RestController
@RequestMapping("/api/reference")
public class ReferenceDataController {

    /** One entry of a catalogue. */
    public record Entry(String code, String labelVi, String labelEn) {
    }

    @GetMapping("/member-organisations")
    @PreAuthorize("isAuthenticated()")
    public List<Entry> memberOrganisations() {
        return Arrays.stream(MemberOrganisation.values()).map(o -> new Entry(o.name(), o.labelVi(), o.labelEn())).toList();
    }

    @GetMapping("/positions")
    @PreAuthorize("isAuthenticated()")
    public List<Entry> positions() {
        return Arrays.stream(Position.values()).map(p -> new Entry(p.name(), p.labelVi(), p.labelEn())).toList();
    }

    @GetMapping("/residential-area-kinds")
    @PreAuthorize("isAuthenticated()")
    public List<Entry> residentialAreaKinds() {
        return Arrays.stream(ResidentialAreaKind.values()).map(k -> new Entry(k.name(), k.labelVi(), k.labelEn())).toList();
    }
}
