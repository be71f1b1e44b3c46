package org.timeatlas.quiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The quiz model is pure: the views show it, it never reaches for JavaFX, the views or the settings. */
class QuizLayeringTest {

    @Test
    void theQuizModelDependsOnNeitherJavafxNorTheViews() {
        noClasses().that().resideInAPackage("org.timeatlas.quiz..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.timeatlas.ui..",
                        "org.timeatlas.settings..", "org.timeatlas.atlas.io..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.timeatlas"));
    }
}
