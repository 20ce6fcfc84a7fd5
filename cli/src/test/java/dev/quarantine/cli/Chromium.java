package dev.quarantine.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run as the browser tests need it: a fresh profile every time, no network services, no
 * sandbox (the tests run as root in CI). When it is not installed the tests are skipped loudly — unless
 * {@code QUARANTINE_TEST_BROWSER_REQUIRED=1} (CI sets it), when they fail.
 */
final class Chromium {
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--mute-audio");
    private final Path binary;
    private final Path work;

    private Chromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** The browser, or the test skipped (failed when a browser is required). */
    static Chromium require(Path work) {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return new Chromium(p, work);
                }
            }
        }
        String why = "headless Chromium is not installed: run .ci/browser (as root) to install chromium and fonts-noto-cjk";
        if ("1".equals(System.getenv("QUARANTINE_TEST_BROWSER_REQUIRED"))) {
            throw new AssertionError(why + " (QUARANTINE_TEST_BROWSER_REQUIRED=1)");
        }
        System.err.println("**************** SKIPPED BROWSER TEST: " + why + " ****************");
        Assumptions.abort(why);
        return null;
    }

    /** Prints the page to a PDF (A4 as the page says, no header or footer). */
    Path pdf(Path html, Path pdf) throws Exception {
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf), html);
        if (!Files.exists(pdf) || Files.size(pdf) == 0) {
            throw new AssertionError("chromium printed no PDF of " + html);
        }
        return pdf;
    }

    /** A screenshot of the page in a window {@code width} × {@code height} CSS pixels. */
    Path png(Path html, Path png, int width, int height) throws Exception {
        run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png), html);
        if (!Files.exists(png) || Files.size(png) == 0) {
            throw new AssertionError("chromium took no screenshot of " + html);
        }
        return png;
    }

    /** The DOM after the page loaded (and after a script the test added ran), in an A4-wide window. */
    String dom(Path html) throws Exception {
        return run(List.of("--window-size=794,1123", "--dump-dom"), html);
    }

    private String run(List<String> extra, Path html) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(extra);
        command.add(html.toUri().toString());
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s: " + command);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("chromium exited " + p.exitValue() + ": " + Files.readString(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** How many pages a PDF Chromium printed has (its page objects). */
    static int pages(Path pdf) throws IOException {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The names of the fonts a PDF embeds ({@code NotoSerifCJKsc-Regular}, subset prefix dropped). */
    static List<String> fonts(Path pdf) throws IOException {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/FontName\\s*/(?:[A-Z]{6}\\+)?([A-Za-z0-9-]+)")
                .matcher(s);
        List<String> fonts = new ArrayList<>();
        while (m.find()) {
            if (!fonts.contains(m.group(1))) {
                fonts.add(m.group(1));
            }
        }
        return fonts;
    }

    /** Width and height of a PNG, from its header. */
    static int[] size(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, 16, 8);
        return new int[] {buf.getInt(), buf.getInt()};
    }
}
