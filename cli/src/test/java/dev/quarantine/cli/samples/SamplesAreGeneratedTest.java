package dev.quarantine.cli.samples;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample rosters committed in {@code samples/} are exactly what {@link SampleRosters} makes. */
class SamplesAreGeneratedTest {
    @Test
    void committedSamplesAreTheGeneratorsOutput() throws Exception {
        Path dir = RepositoryFiles.samples();
        for (Map.Entry<String, byte[]> f : SampleRosters.generate().entrySet()) {
            assertThat(Files.readAllBytes(dir.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
    }
}
