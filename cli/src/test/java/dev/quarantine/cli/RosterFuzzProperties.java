package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated bytes fed to the roster importer through the real command: it never fails past the command
 * (exit 0 with every row registered, a duplicate or rejected; or exit 5 for an unusable file), never exit 1, never a
 * stack trace.
 */
class RosterFuzzProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static CliHarness cli;
    private static byte[] sample;
    private static int counter;

    @BeforeContainer
    static void init() throws IOException {
        dir = Files.createTempDirectory("roster-fuzz");
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-10T09:00", "init").code()).isZero();
        sample = Files.readAllBytes(Samples.file("roster-zh-gbk.csv"));
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<byte[]> mutatedRosters() {
        return Arbitraries.integers().between(1, 12).flatMap(n -> Arbitraries.integers().between(0, sample.length - 1)
                .list().ofSize(n).flatMap(positions -> Arbitraries.of((byte) '"', (byte) ',', (byte) '\n', (byte) '\r',
                        (byte) 0, (byte) 0xFF, (byte) 'x', (byte) '\t', (byte) 0xB0).list().ofSize(n).map(values -> {
                            byte[] copy = sample.clone();
                            for (int i = 0; i < n; i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        })));
    }

    private static void importSurvives(byte[] bytes) throws Exception {
        Path file = dir.resolve("fuzz" + (counter++) + ".csv");
        Files.write(file, bytes);
        CliHarness.Result r = cli.at("2020-02-10T09:00", "--format", "json", "import", file.toString());
        assertThat(r.code()).as(r.toString()).isIn(0, 5);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("internal error").doesNotContain("\tat ");
        if (r.code() == 0) {
            JsonNode s = JSON.readTree(r.out());
            assertThat(s.get("registered").asLong() + s.get("duplicates").asLong() + s.get("rejected").asLong())
                    .isEqualTo(s.get("rowsRead").asLong());
        }
    }

    @Property(tries = 150)
    void randomBytesNeverEscapeTheCommand(@ForAll("randomBytes") byte[] bytes) throws Exception {
        importSurvives(bytes);
    }

    @Property(tries = 150)
    void mutatedRostersNeverEscapeTheCommand(@ForAll("mutatedRosters") byte[] bytes) throws Exception {
        importSurvives(bytes);
    }
}
