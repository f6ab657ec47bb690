package vn.doanket.devstack;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doanket.testing.architecture.ArchitectureRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's architecture rules over the main code of every module on this classpath (every service and platform
 * library but the identity provider, which runs in its own JVM). Each rule is shown to fail on a deliberate violation
 * in {@code ArchitectureRulesTest} (platform/testing).
 */
class ArchitectureTest {

    static final ArchitectureRules RULES = ArchitectureRules.project();
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.doanket");
        // the services and the platform are all here (as jars or class folders)
        assertThat(classes.containPackage("vn.doanket.membership.command")).isTrue();
        assertThat(classes.containPackage("vn.doanket.feedback.command")).isTrue();
        assertThat(classes.containPackage("vn.doanket.dashboard.query")).isTrue();
        assertThat(classes.containPackage("vn.doanket.conference.dashboard")).isTrue();
        assertThat(classes.containPackage("vn.doanket.competition.dashboard")).isTrue();
    }

    @Test
    void noCyclesBetweenTheParts() {
        RULES.noCyclesBetweenParts().check(classes);
    }

    @Test
    void apisDependOnlyOnEvents() {
        RULES.apiDependsOnlyOnEvents().check(classes);
    }

    @Test
    void theDashboardImportsNoServiceInternals() {
        RULES.dashboardImportsNoServiceInternals().check(classes);
    }

    @Test
    void dashboardPlugInsUseOnlyThePublishedLanguage() {
        RULES.dashboardPluginsUseOnlyThePublishedLanguage().check(classes);
    }

    @Test
    void noContextImportsAnotherContextsService() {
        RULES.noContextImportsAnotherContextsService().check(classes);
    }
}
