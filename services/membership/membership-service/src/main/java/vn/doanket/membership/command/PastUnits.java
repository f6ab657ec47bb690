package vn.doanket.membership.command;

import vn.doanket.events.error.DomainException;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The commune in force on a past day, or a refusal that names what was in force that day. */
final class PastUnits {

    private PastUnits() {
    }

    /**
     * The commune {@code code} as in force on {@code on}: a commune of today's map, a pre-2025 commune, or one
     * added by a recorded reorganisation decision.
     *
     * @throws DomainException 422 {@code commune-not-yet-in-force} (naming the units in force that day),
     *                         {@code commune-closed} (naming what it became by then) or {@code unknown-unit}
     */
    static AdministrativeUnit communeInForce(Territory territory, String code, LocalDate on) {
        Optional<AdministrativeUnit> unit = territory.unit(code, on);
        if (unit.isPresent() && unit.get().level() == Level.COMMUNE) {
            return unit.get();
        }
        List<AdministrativeUnit> versions = code == null ? List.of()
                : territory.versions(code).stream().filter(v -> v.level() == Level.COMMUNE).toList();
        if (unit.isEmpty() && !versions.isEmpty()) {
            AdministrativeUnit first = versions.get(0);
            if (first.validFrom() != null && on.isBefore(first.validFrom())) {
                String then = describe(territory, territory.successorsOn(code, first.validFrom(), on), on);
                throw DomainException.rule("commune-not-yet-in-force",
                        "Xã/phường " + code + " (" + first.name() + ") chỉ có hiệu lực từ ngày " + first.validFrom()
                                + "; vào ngày " + on + " đơn vị có hiệu lực là: " + then,
                        "The commune " + code + " (" + first.nameEn() + ") is in force only from " + first.validFrom()
                                + "; on " + on + " the unit(s) in force were: " + then);
            }
            AdministrativeUnit closed = null;
            for (AdministrativeUnit version : versions) {
                if (version.validTo() != null && !on.isBefore(version.validTo())) {
                    closed = version;
                }
            }
            if (closed != null) {
                LocalDate lastDay = closed.validTo().minusDays(1);
                if (closed.validFrom() != null && lastDay.isBefore(closed.validFrom())) {
                    lastDay = closed.validFrom();
                }
                String became = describe(territory, territory.successorsOn(code, lastDay, on), on);
                throw DomainException.rule("commune-closed",
                        "Xã/phường " + code + " (" + closed.name() + ") đã thôi hiệu lực từ ngày " + closed.validTo()
                                + " do sắp xếp đơn vị hành chính; vào ngày " + on + " là: " + became,
                        "The commune " + code + " (" + closed.nameEn() + ") ceased on " + closed.validTo()
                                + " by a reorganisation; on " + on + " it is: " + became);
            }
        }
        throw DomainException.rule("unknown-unit",
                "Mã " + code + " không phải là xã/phường vào ngày " + on,
                "The code " + code + " is not a commune on " + on);
    }

    private static String describe(Territory territory, Collection<String> codes, LocalDate on) {
        if (codes.isEmpty()) {
            return "—";
        }
        return codes.stream().map(c -> c + " (" + territory.unit(c, on).map(AdministrativeUnit::name).orElse("?") + ")")
                .collect(Collectors.joining(", "));
    }
}
