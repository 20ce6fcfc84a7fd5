package dev.quarantine.core.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core's house rules (SPEC §13–14), checked on its compiled classes: packages form no cycle; the domain knows
 * nothing of the store, the services or the facade, and neither prints nor reads files; no service calls back into the
 * facade, and no area view of the facade calls back into it; the core needs nothing but the JDK. Every rule is a
 * function of the root package, so it is also run on
 * {@code arch.fixture}, a few classes laid out like the core that break each rule on purpose: a rule that could never
 * fail fails there.
 */
class CoreArchitectureTest {
    private static final String CORE = "dev.quarantine.core";
    private static final String FIXTURE = "dev.quarantine.core.arch.fixture";

    /** Packages of domain rules and values. */
    private static String[] domain(String root) {
        return Arrays.stream(new String[] {"cases", "health", "hotel", "money", "person", "policy", "region", "ops",
                "roster", "report", "result", "request"}).map(p -> root + "." + p + "..").toArray(String[]::new);
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("packages form no cycle");
    }

    static ArchRule domainApart(String root) {
        return noClasses().that().resideInAnyPackage(domain(root)).should().dependOnClassesThat()
                .resideInAnyPackage(root + ".internal..", root + ".store..", root + ".desk..", "java.sql..", "javax.sql..")
                .as("the domain never depends on the store, the services or the facade");
    }

    static ArchRule domainQuiet(String root) {
        return noClasses().that().resideInAnyPackage(domain(root)).should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .as("the domain neither prints nor reads files");
    }

    static ArchRule servicesBelowFacade(String root) {
        return noClasses().that().resideInAPackage(root + ".internal..").should().dependOnClassesThat()
                .resideInAPackage(root + ".desk..").as("no service calls back into the facade");
    }

    static ArchRule viewsBelowFacade(String root) {
        return noClasses().that().resideInAPackage(root + ".desk").and().doNotHaveSimpleName("QuarantineDesk")
                .should().dependOnClassesThat().haveSimpleName("QuarantineDesk")
                .as("no area view of the facade calls back into it");
    }

    static ArchRule jdkOnly(String root) {
        return classes().that().resideInAPackage(root + "..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + "..", "java..", "javax.sql..")
                .as("the core has no third-party runtime dependency");
    }

    static List<Function<String, ArchRule>> rules() {
        return List.of(CoreArchitectureTest::noCycles, CoreArchitectureTest::domainApart,
                CoreArchitectureTest::domainQuiet, CoreArchitectureTest::servicesBelowFacade,
                CoreArchitectureTest::viewsBelowFacade, CoreArchitectureTest::jdkOnly);
    }

    private static JavaClasses core;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theCoreKeepsTheRule(Function<String, ArchRule> rule) {
        rule.apply(CORE).check(core);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theRuleFailsOnClassesThatBreakIt(Function<String, ArchRule> rule) {
        ArchRule r = rule.apply(FIXTURE);
        assertThatThrownBy(() -> r.check(fixture)).as(r.getDescription()).isInstanceOf(AssertionError.class)
                .hasMessageContaining(r.getDescription());
    }
}
