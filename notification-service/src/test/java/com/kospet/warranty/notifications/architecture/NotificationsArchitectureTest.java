package com.kospet.warranty.notifications.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering STYLE.md asks of notification-service: nothing below the REST layer reaches up into it, no package cycles. */
class NotificationsArchitectureTest {

    private static final String BASE = "com.kospet.warranty.notifications";

    private static final JavaClasses NOTIFICATIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void nothingBelowTheRestLayerDependsOnIt() {
        noClasses().that().resideInAnyPackage(
                        BASE + ".consumer..", BASE + ".delivery..", BASE + ".mail..", BASE + ".schedule..",
                        BASE + ".persistence..", BASE + ".config..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".rest..")
                .because("the REST layer only reads the sent log; consuming, rendering and sending know nothing of HTTP")
                .check(NOTIFICATIONS);
    }

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..")
                .should().beFreeOfCycles()
                .check(NOTIFICATIONS);
    }
}
