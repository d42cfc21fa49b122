package com.kospet.warranty.policy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering STYLE.md asks of policy-service: the engine is plain Java, nothing below the REST layer reaches
 * up into it, and the top-level packages depend on each other without cycles.
 */
class PolicyArchitectureTest {

    private static final String BASE = "com.kospet.warranty.policy";

    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theEngineDependsOnNothingButTheJdkAndThePlainModules() {
        classes().that().resideInAPackage(BASE + ".engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.kospet.warranty.model..", "com.kospet.warranty.workingdays..", BASE + ".engine..")
                .because("the policy engine is plain Java, constructed with plain arguments and testable without"
                        + " Quarkus, Jakarta, Jackson, Hibernate, SmallRye, Vert.x or JBoss")
                .check(POLICY);
    }

    @Test
    void nothingBelowTheRestLayerDependsOnIt() {
        noClasses().that().resideInAnyPackage(BASE + ".engine..", BASE + ".config..", BASE + ".health..", BASE + ".wire..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".rest..")
                .because("the REST layer wraps the engine; the engine and its configuration know nothing of HTTP")
                .check(POLICY);
    }

    @Test
    void theWireFormatKnowsOnlyTheSharedModelAndJackson() {
        classes().that().resideInAPackage(BASE + ".wire..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.fasterxml.jackson..", "com.kospet.warranty.model..", "io.quarkus.jackson..",
                        "jakarta.inject..", BASE + ".wire..")
                .because("the JSON the service reads and writes is the shared model's, whatever the engine or the"
                        + " REST layer do")
                .check(POLICY);
    }

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..")
                .should().beFreeOfCycles()
                .check(POLICY);
    }
}
