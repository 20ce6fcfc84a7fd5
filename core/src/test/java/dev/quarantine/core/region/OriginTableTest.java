package dev.quarantine.core.region;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.roster.Problem;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RegistrationValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every origin of {@code origins.csv} resolves as the table says, through the catalog and through roster import. */
class OriginTableTest {
    private static final RegionCatalog CATALOG = RegionCatalog.bundled();

    static List<OriginTable.Row> rows() {
        return OriginTable.rows();
    }

    @Test
    void tableHoldsAtLeast400OriginsOfThirteenKinds() {
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(rows().stream().map(OriginTable.Row::kind).distinct()).hasSize(13);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("rows")
    void resolvesAsTheTableSays(OriginTable.Row row) {
        assertThat(OriginTable.judge(row, CATALOG::resolve))
                .as("%s expected %s %s", row, row.expected(), row.candidates())
                .isIn(OriginTable.Outcome.RIGHT, OriginTable.Outcome.AMBIGUOUS_REFUSED);
    }

    /** Prints the counts per kind (right, ambiguous refused, unresolved, wrong); nothing may be wrong. */
    @Test
    void countsPerKindAndNothingWrong() {
        Map<String, int[]> counts = OriginTable.counts(CATALOG::resolve);
        StringBuilder out = new StringBuilder(String.format("%-20s %6s %9s %10s %5s%n",
                "kind", "right", "ambiguous", "unresolved", "wrong"));
        counts.forEach((kind, c) ->
                out.append(String.format("%-20s %6d %9d %10d %5d%n", kind, c[0], c[1], c[2], c[3])));
        System.out.print(out);
        assertThat(counts.get("all")[OriginTable.Outcome.WRONG.ordinal()]).as(out.toString()).isZero();
    }

    /**
     * Issue 18: an origin with text after the place keeps that whole text as typed (trimmed); one the resolver reads
     * whole (a code, a name with or without punctuation, a former or informal name) keeps none, and the registration
     * carries the same text as the catalog.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTextIsKeptExactlyWhenThereIsTextAfterThePlace(OriginTable.Row row) {
        ResolvedOrigin resolved;
        try {
            resolved = CATALOG.resolveAsTyped(row.origin());
        } catch (QuarantineException e) {
            return; // refused: nothing to keep
        }
        assertThat(resolved.region()).isEqualTo(CATALOG.resolve(row.origin()));
        if (row.kind().equals("trailing")) {
            assertThat(resolved.text()).isEqualTo(row.origin().strip());
        } else {
            assertThat(resolved.text()).isNull();
            assertThat(resolved.typed()).isEqualTo(resolved.region().fullName());
        }
        RegistrationValidator.Result result = new RegistrationValidator(CATALOG, LocalDate.of(2020, 2, 10),
                LocalDate.of(2020, 1, 25)).validate(new RegistrationInput("王伟", null, "410105198503121008",
                "13803711234", row.origin(), "2020-02-03", null, null, null, null));
        assertThat(result.valid().originText()).isEqualTo(resolved.text());
    }

    /** Roster import (the validator) and {@code policy check} (the catalog) must agree on every origin. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void registrationValidatorAgreesWithTheCatalog(OriginTable.Row row) {
        RegistrationValidator validator = new RegistrationValidator(CATALOG, LocalDate.of(2020, 2, 10),
                LocalDate.of(2020, 1, 25));
        RegistrationValidator.Result result = validator.validate(new RegistrationInput("王伟", null,
                "410105198503121008", "13803711234", row.origin(), "2020-02-03", "祭城路社区", null, null, null));
        try {
            Region region = CATALOG.resolve(row.origin());
            assertThat(result.ok()).as(result.problems().toString()).isTrue();
            assertThat(result.valid().origin()).isEqualTo(region);
        } catch (QuarantineException e) {
            assertThat(result.problems()).extracting(Problem::field).containsExactly("origin");
            assertThat(result.problems().get(0).message().key()).isEqualTo(e.key());
            assertThat(result.problems().get(0).message().args()).containsExactly(e.args());
        }
    }
}
