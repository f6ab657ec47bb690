package vn.doanket.axon;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adds a platform library's migrations ({@code classpath:db/migration/<library>}) to the service's Flyway
 * locations, whatever the service configured in {@code spring.flyway.locations}: a library that owns tables
 * registers one of these from its auto-configuration, so no service lists platform locations (ADR 0009).
 * A location already covered by a configured one (e.g. {@code classpath:db/migration}, which Flyway scans
 * recursively) is not added twice.
 */
public final class MigrationLocation implements FlywayConfigurationCustomizer {

    private final String location;

    /**
     * @param location a Flyway location, e.g. {@code classpath:db/migration/axon}
     */
    public MigrationLocation(String location) {
        this.location = location;
    }

    /** @return the location this adds */
    public String location() {
        return location;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Location added = new Location(location);
        List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
        boolean covered = locations.stream().anyMatch(existing -> existing.getPrefix().equals(added.getPrefix())
                && (existing.getPath().equals(added.getPath()) || existing.getPath().isEmpty()
                || added.getPath().startsWith(existing.getPath() + "/")));
        if (!covered) {
            locations.add(added);
            configuration.locations(locations.toArray(Location[]::new));
        }
    }
}
