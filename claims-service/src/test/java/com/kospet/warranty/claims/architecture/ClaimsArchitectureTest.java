package com.kospet.warranty.claims.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering STYLE.md asks of claims-service: the claim domain is plain Java, nothing below the REST layer
 * reaches up into it, and the top-level packages depend on each other without cycles.
 */
class ClaimsArchitectureTest {

    private static final String BASE = "com.kospet.warranty.claims";

    private static final JavaClasses CLAIMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theClaimDomainDependsOnNothingButTheJdkAndThePlainModules() {
        classes().that().resideInAPackage(BASE + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.kospet.warranty.model..", "com.kospet.warranty.workingdays..", BASE + ".domain..")
                .because("the claim state machine is plain Java, constructed with plain arguments and testable without"
                        + " Quarkus, Jakarta, Jackson, Hibernate, SmallRye, Vert.x or JBoss")
                .check(CLAIMS);
    }

    @Test
    void nothingBelowTheRestLayerDependsOnIt() {
        noClasses().that().resideInAnyPackage(
                        BASE + ".domain..", BASE + ".service..", BASE + ".persistence..", BASE + ".events..",
                        BASE + ".policy..", BASE + ".config..", BASE + ".health..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".rest..")
                .because("the REST layer wraps the service; the service and what it uses know nothing of HTTP")
                .check(CLAIMS);
    }

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..")
                .should().beFreeOfCycles()
                .check(CLAIMS);
    }
}
