package vn.doanket.certificates.web;

import org.springframework.beans.factory.ObjectProvider;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.time.LocalDate;

/** The name of an issuing unit on the day of issue, from the service's territory tree when it knows the unit. */
public class IssuerNames {

    private final ObjectProvider<Territory> territory;

    public IssuerNames(ObjectProvider<Territory> territory) {
        this.territory = territory;
    }

    /** The unit's name on that day, or null when unknown. */
    public String nameOf(String unitCode, LocalDate on) {
        Territory t = territory.getIfAvailable();
        if (t == null || unitCode == null) {
            return null;
        }
        try {
            return t.unit(unitCode, on).or(() -> t.unit(unitCode, t.today())).map(AdministrativeUnit::name).orElse(null);
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
