package vn.doanket.feedback.command;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.feedback.api.PetitionerIdentity;

import java.util.List;
import java.util.Optional;

/** {@link PetitionRegistry} on the service's PostgreSQL database (tables {@code petition_registry}, {@code petitioner},
 * created by the migrations in {@code db/migration/feedback}). */
public class JdbcPetitionRegistry implements PetitionRegistry {

    private final JdbcTemplate jdbc;

    public JdbcPetitionRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(String petitionId, String unitCode, PetitionerIdentity petitioner) {
        jdbc.update("insert into petition_registry (petition_id, unit_code) values (?, ?)", petitionId, unitCode);
        if (petitioner != null) {
            jdbc.update("insert into petitioner (petition_id, full_name, phone, id_number, address, email) "
                    + "values (?, ?, ?, ?, ?, ?)", petitionId, petitioner.fullName(), petitioner.phone(),
                    petitioner.idNumber(), petitioner.address(), petitioner.email());
        }
    }

    @Override
    public Optional<String> unitOf(String petitionId) {
        if (petitionId == null) {
            return Optional.empty();
        }
        List<String> units = jdbc.queryForList("select unit_code from petition_registry where petition_id = ?",
                String.class, petitionId);
        return units.stream().findFirst();
    }

    @Override
    public Optional<PetitionerIdentity> petitioner(String petitionId) {
        return jdbc.query("select full_name, phone, id_number, address, email from petitioner where petition_id = ?",
                (rs, i) -> new PetitionerIdentity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), petitionId).stream().findFirst();
    }

    @Override
    public boolean erasePetitioner(String petitionId) {
        return jdbc.update("delete from petitioner where petition_id = ?", petitionId) > 0;
    }
}
