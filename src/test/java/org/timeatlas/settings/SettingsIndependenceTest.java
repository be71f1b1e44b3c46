package org.timeatlas.settings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The settings store is loaded before any window exists and by batch runs, so it stands on its own. */
class SettingsIndependenceTest {

    private static final JavaClasses SETTINGS = importSettings();

    /**
     * The rules match dependencies by name, so the classes they point to need not be read from the classpath:
     * without that (ArchUnit's default) the import takes seconds instead of a fraction of one.
     */
    private static JavaClasses importSettings() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolving = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.timeatlas.settings");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void settingsNeedNeitherJavafxNorTheRestOfTheApp() {
        noClasses().that().resideInAPackage("org.timeatlas.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.timeatlas.ui..", "org.timeatlas.atlas..",
                        "org.timeatlas.time..", "org.timeatlas.geo..", "org.timeatlas.i18n..", "org.timeatlas.batch..")
                .because("the store must load before the toolkit starts and be wired by App, not wire itself")
                .check(SETTINGS);
    }

    @Test
    void theStoreStartsNoThreads() {
        noClasses().that().resideInAPackage("org.timeatlas.settings..")
                .should().dependOnClassesThat().belongToAnyOf(Thread.class, Timer.class, Executor.class, Executors.class,
                        ExecutorService.class, CompletableFuture.class, ForkJoinPool.class)
                .because("the caller decides when to save (on quit, after a debounce)")
                .check(SETTINGS);
    }
}
