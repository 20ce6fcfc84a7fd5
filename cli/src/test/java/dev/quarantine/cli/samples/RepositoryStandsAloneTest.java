package dev.quarantine.cli.samples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository builds, tests and documents itself with nothing outside it: no file reaches for a folder beside the
 * clone, and every relative link of its Markdown documents leads to a file of the repository.
 */
class RepositoryStandsAloneTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static List<Path> files() throws IOException {
        Path top = RepositoryFiles.top();
        try (Stream<Path> all = Files.walk(top)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> {
                        String rel = top.relativize(p).toString().replace('\\', '/');
                        return !rel.startsWith(".git/") && !rel.contains("/target/") && !rel.startsWith("target/")
                                && !rel.endsWith(".db") && !rel.endsWith(".jar") && !rel.endsWith(".xlsx")
                                && !rel.endsWith(".png") && !rel.endsWith(".pdf") && !rel.contains(".jqwik-database");
                    })
                    .toList();
        }
    }

    @Test
    void noFileReachesOutsideTheRepository() throws Exception {
        List<String> offenders = new ArrayList<>();
        String outside = ".." + "/shared";
        for (Path p : files()) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            if (text.contains(outside) || text.contains("shared/data/" + "samples")) {
                offenders.add(RepositoryFiles.top().relativize(p).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFileOfTheRepository() throws Exception {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path p : files()) {
            if (!p.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = LINK.matcher(Files.readString(p));
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
                    continue;
                }
                links++;
                Path resolved = p.getParent().resolve(target).normalize();
                if (!Files.exists(resolved) || !resolved.startsWith(RepositoryFiles.top())) {
                    broken.add(RepositoryFiles.top().relativize(p) + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).isGreaterThan(5);
    }
}
