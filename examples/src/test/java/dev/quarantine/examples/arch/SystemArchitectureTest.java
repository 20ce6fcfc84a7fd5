package dev.quarantine.examples.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules across modules, checked on the compiled classes of core, io, cli and examples together (this module
 * sees them all; the command line only in its tests): no package cycle anywhere; the command line and the examples are clients of the library like any other and
 * never touch {@code internal}; the core never depends on the command line. Each rule is also run on a class that
 * breaks it ({@code arch.fixture}), so that it can be seen to fail.
 */
class SystemArchitectureTest {
    static final ArchRule NO_CYCLES = slices().matching("dev.quarantine.(**)").should().beFreeOfCycles()
            .as("packages form no cycle");

    static final ArchRule CLIENTS_USE_THE_PUBLIC_API = noClasses().that()
            .resideOutsideOfPackage("dev.quarantine.core..").should().dependOnClassesThat()
            .resideInAPackage("dev.quarantine.core.internal..")
            .as("the command line and the examples never touch the core's internal packages");

    static final ArchRule CORE_STANDS_ALONE = noClasses().that().resideInAPackage("dev.quarantine.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.quarantine.cli..", "dev.quarantine.examples..",
                    "picocli..", "com.fasterxml..", "org.sqlite..")
            .as("the core depends on neither the command line nor its libraries");

    static final ArchRule EMBEDDERS_NEED_NO_COMMAND_LINE = noClasses().that()
            .resideInAnyPackage("dev.quarantine.io..", "dev.quarantine.examples..", "dev.quarantine.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.quarantine.cli..", "picocli..")
            .as("roster files, the PostgreSQL dialect and the examples need nothing of the command line");

    private static JavaClasses all;

    @BeforeAll
    static void importAll() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.quarantine");
    }

    @Test
    void allThreeModulesAreChecked() {
        assertThat(all.containPackage("dev.quarantine.core.desk")).isTrue();
        assertThat(all.containPackage("dev.quarantine.cli.command")).isTrue();
        assertThat(all.containPackage("dev.quarantine.examples")).isTrue();
        assertThat(all.containPackage("dev.quarantine.io")).isTrue();
    }

    @Test
    void embeddersNeedNoCommandLine() {
        EMBEDDERS_NEED_NO_COMMAND_LINE.check(all);
    }

    @Test
    void packagesFormNoCycle() {
        NO_CYCLES.check(all);
    }

    @Test
    void clientsUseThePublicApiOnly() {
        CLIENTS_USE_THE_PUBLIC_API.check(all);
    }

    @Test
    void theCoreStandsAlone() {
        CORE_STANDS_ALONE.check(all);
    }

    @Test
    void theRulesFailOnAClassThatBreaksThem() {
        JavaClasses broken = new ClassFileImporter().importPackages("dev.quarantine.examples.arch.fixture");
        assertThatThrownBy(() -> CLIENTS_USE_THE_PUBLIC_API.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesInside");
        assertThatThrownBy(() -> NO_CYCLES.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
        assertThatThrownBy(() -> EMBEDDERS_NEED_NO_COMMAND_LINE.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("NeedsTheCommandLine");
    }
}
