package org.timeatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN §3: the domain, time and geometry never depend on JavaFX or on the views. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.timeatlas");
    }

    @Test
    void atlasDoesNotImportJavafxOrUi() {
        noClasses().that().resideInAPackage("org.timeatlas.atlas..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.timeatlas.ui..", "org.timeatlas.time..",
                        "org.timeatlas.geo..")
                .check(classes);
    }

    @Test
    void timeAndGeoDoNotImportJavafxOrUi() {
        noClasses().that().resideInAnyPackage("org.timeatlas.time..", "org.timeatlas.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.timeatlas.ui..")
                .check(classes);
    }

    @Test
    void i18nDoesNotImportJavafxOrUi() {
        noClasses().that().resideInAPackage("org.timeatlas.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.timeatlas.ui..")
                .check(classes);
    }

    @Test
    void batchCommandsNeedNoDisplay() {
        noClasses().that().resideInAPackage("org.timeatlas.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.timeatlas.ui..")
                .check(classes);
    }

    @Test
    void viewsDoNotTalkToEachOther() {
        noClasses().that().resideInAPackage("org.timeatlas.ui.map..")
                .should().dependOnClassesThat().resideInAnyPackage("org.timeatlas.ui.timeline..", "org.timeatlas.ui.panels..")
                .check(classes);
        noClasses().that().resideInAPackage("org.timeatlas.ui.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.timeatlas.ui.map..", "org.timeatlas.ui.panels..")
                .check(classes);
        noClasses().that().resideInAPackage("org.timeatlas.ui.panels..")
                .should().dependOnClassesThat().resideInAnyPackage("org.timeatlas.ui.map..", "org.timeatlas.ui.timeline..")
                .check(classes);
    }

    @Test
    void theMapToolIsNotUsedByTheApp() {
        noClasses().that().resideOutsideOfPackage("org.timeatlas.maptool..")
                .should().dependOnClassesThat().resideInAPackage("org.timeatlas.maptool..")
                .check(classes);
    }

    @Test
    void featureFoldersNeverImportEachOther() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.timeatlas.ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "org.timeatlas.ui.command..", "org.timeatlas.ui.feature.."))
                .because("features meet only in the explorer state and the shared seam (ui.command, ui.feature); "
                        + "one that needs another's part would make them impossible to add, remove or test alone. "
                        + "Every folder under ui/ is a slice, so a new feature folder is covered without editing this")
                .check(classes);
    }

    @Test
    void theShellSeamKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("org.timeatlas.ui.command..", "org.timeatlas.ui.feature..")
                .should().dependOnClassesThat().resideInAnyPackage("org.timeatlas.ui.shell..", "org.timeatlas.ui.map..",
                        "org.timeatlas.ui.timeline..", "org.timeatlas.ui.panels..", "org.timeatlas.ui.daybyday..",
                        "org.timeatlas.ui.glossary..", "org.timeatlas.ui.places..", "org.timeatlas.ui.navigation..")
                .because("the registry and the seam are generic: features depend on them, never the reverse")
                .check(classes);
    }
}
