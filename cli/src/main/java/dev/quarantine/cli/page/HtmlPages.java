package dev.quarantine.cli.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Printable pages: one self-contained HTML file each — inline CSS, inline SVG, no script, nothing fetched — laid out
 * on A4, rendered from the mustache templates in {@code dev/quarantine/cli/page/}. Mustache escapes every value it
 * puts in the page ({@code <script>} in a name prints as text); the templates hold all the markup, the models only
 * values and the charts' numbers.
 */
public final class HtmlPages {
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("dev/quarantine/cli/page");

    private HtmlPages() {
    }

    /** The page {@code template} makes of {@code model}. */
    public static String render(String template, Map<String, Object> model) {
        Mustache m = TEMPLATES.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }

    /** Writes the page to {@code target}, whole or not at all; never over the database or an existing file unless forced. */
    public static void write(Path target, boolean force, Collection<Path> protectedPaths, String html) {
        try (AtomicOutput out = AtomicOutput.open(target, force, protectedPaths)) {
            try {
                Writer w = new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8));
                w.write(html);
                w.flush();
            } catch (IOException e) {
                throw FileProblems.of(target, e);
            } catch (UncheckedIOException e) {
                throw FileProblems.of(target, e.getCause());
            }
            out.commit();
        }
    }
}
