package vn.doanket.feedback.command;

import org.springframework.stereotype.Component;
import vn.doanket.feedback.api.ResponsibleBody;
import vn.doanket.feedback.api.ResponsibleBodyKind;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of bodies a petition can be forwarded to, per unit (reference data): the Party committee,
 * the People's Council and People's Committee of the unit, its departments (provinces: the main
 * departments; communes: the commune police and the cadastral officer), and the Front committee of the level
 * above. Ids are {@code <unit>:<KIND>[:<department>]}.
 */
@Component
public class ResponsibleBodies {

    private static final List<String[]> PROVINCE_DEPARTMENTS = List.of(
            new String[]{"NNMT", "Sở Nông nghiệp và Môi trường"},
            new String[]{"XD", "Sở Xây dựng"},
            new String[]{"YT", "Sở Y tế"},
            new String[]{"NV", "Sở Nội vụ"},
            new String[]{"CA", "Công an"});
    private static final List<String[]> COMMUNE_DEPARTMENTS = List.of(
            new String[]{"CA", "Công an"},
            new String[]{"DC", "Công chức Địa chính – Xây dựng"},
            new String[]{"VHXH", "Công chức Văn hóa – Xã hội"});

    private final Territory territory;

    public ResponsibleBodies(Territory territory) {
        this.territory = territory;
    }

    /** The bodies of a unit (a residential area has its commune's); empty for an unknown unit. */
    public List<ResponsibleBody> of(String unitCode) {
        String code = unitCode != null && unitCode.length() > 5 && unitCode.charAt(5) == '-' ? unitCode.substring(0, 5) : unitCode;
        Optional<AdministrativeUnit> unit = code == null ? Optional.empty() : territory.unit(code, territory.today());
        if (unit.isEmpty()) {
            return List.of();
        }
        String name = unit.get().name();
        List<ResponsibleBody> bodies = new ArrayList<>();
        if (unit.get().level() == Level.NATION) {
            bodies.add(new ResponsibleBody("VN:PEOPLES_COMMITTEE", ResponsibleBodyKind.PEOPLES_COMMITTEE, "Chính phủ", "VN"));
            bodies.add(new ResponsibleBody("VN:PEOPLES_COUNCIL", ResponsibleBodyKind.PEOPLES_COUNCIL, "Quốc hội", "VN"));
            bodies.add(new ResponsibleBody("VN:PARTY_COMMITTEE", ResponsibleBodyKind.PARTY_COMMITTEE,
                    "Ban Chấp hành Trung ương Đảng", "VN"));
            return bodies;
        }
        bodies.add(new ResponsibleBody(code + ":PARTY_COMMITTEE", ResponsibleBodyKind.PARTY_COMMITTEE, "Đảng ủy " + name, code));
        bodies.add(new ResponsibleBody(code + ":PEOPLES_COUNCIL", ResponsibleBodyKind.PEOPLES_COUNCIL,
                "Hội đồng nhân dân " + name, code));
        bodies.add(new ResponsibleBody(code + ":PEOPLES_COMMITTEE", ResponsibleBodyKind.PEOPLES_COMMITTEE,
                "Ủy ban nhân dân " + name, code));
        for (String[] d : unit.get().level() == Level.PROVINCE ? PROVINCE_DEPARTMENTS : COMMUNE_DEPARTMENTS) {
            bodies.add(new ResponsibleBody(code + ":DEPARTMENT:" + d[0], ResponsibleBodyKind.DEPARTMENT, d[1] + " " + name, code));
        }
        String above = unit.get().level() == Level.PROVINCE ? Territory.NATION_CODE : territory
                .rollUp(code, territory.today(), MapView.current(), Level.PROVINCE).primary()
                .map(AdministrativeUnit::code).orElse(Territory.NATION_CODE);
        String aboveName = Territory.NATION_CODE.equals(above) ? "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
                : "Ủy ban Mặt trận Tổ quốc Việt Nam " + territory.nameOf(above, territory.today());
        bodies.add(new ResponsibleBody(code + ":FRONT_COMMITTEE_ABOVE", ResponsibleBodyKind.FRONT_COMMITTEE_ABOVE,
                aboveName, above));
        return bodies;
    }

    /** A body by id, if it is in the catalogue of its unit. */
    public Optional<ResponsibleBody> find(String bodyId) {
        if (bodyId == null || bodyId.indexOf(':') < 1) {
            return Optional.empty();
        }
        return of(bodyId.substring(0, bodyId.indexOf(':'))).stream().filter(b -> b.bodyId().equals(bodyId)).findFirst();
    }
}
