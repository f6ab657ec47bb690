package vn.doanket.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each architecture rule fails on a deliberate violation (fixture classes under {@code archfixture}) and passes on a
 * well-shaped context, so a rule that silently matches nothing cannot pass for a check.
 */
class ArchitectureRulesTest {

    static final ArchitectureRules RULES = new ArchitectureRules("archfixture", Set.of("events"));

    static JavaClasses classes(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    static EvaluationResult check(com.tngtech.archunit.lang.ArchRule rule, String... packages) {
        return rule.evaluate(classes(packages));
    }

    @Test
    void aWellShapedContextBreaksNoRule() {
        String[] good = {"archfixture.good", "archfixture.events"};
        assertThat(check(RULES.noCyclesBetweenParts(), good).hasViolation()).isFalse();
        assertThat(check(RULES.apiDependsOnlyOnEvents(), good).hasViolation()).isFalse();
        assertThat(check(RULES.noContextImportsAnotherContextsService(), good).hasViolation()).isFalse();
        assertThat(check(RULES.dashboardPluginsUseOnlyThePublishedLanguage(), good).hasViolation()).isFalse();
    }

    @Test
    void aDashboardPlugInReachingIntoItsServiceBreaksThePlugInRule() {
        EvaluationResult result = check(RULES.dashboardPluginsUseOnlyThePublishedLanguage(), "archfixture.plugleak");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("LeakyFigures").contains("archfixture.plugleak.command.Secret");
    }

    @Test
    void aCycleBetweenCommandAndQueryIsACycle() {
        EvaluationResult result = check(RULES.noCyclesBetweenParts(), "archfixture.cyclic");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("cyclic.command").contains("cyclic.query");
    }

    @Test
    void anApiThatDependsOnAServiceClassBreaksTheApiRule() {
        EvaluationResult result = check(RULES.apiDependsOnlyOnEvents(), "archfixture.leaky", "archfixture.good");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("LeakyEvent").contains("archfixture.good.command.Thing");
    }

    @Test
    void theDashboardReadingAServiceProjectionBreaksTheDashboardRule() {
        EvaluationResult result = check(RULES.dashboardImportsNoServiceInternals(), "archfixture.dashboard", "archfixture.good");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("ThingView").doesNotContain("ThingDoneEvent");
    }

    @Test
    void aContextUsingAnotherContextsAggregateBreaksTheContextRule() {
        EvaluationResult result = check(RULES.noContextImportsAnotherContextsService(), "archfixture.other", "archfixture.good");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("OtherController").contains("archfixture.good.command.Thing");
    }
}
