package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable pages in a real browser: headless Chromium prints each to PDF and to PNG (kept in
 * {@code target/browser/} to be looked at). The letters print one per A4 page; no element runs past the A4 width;
 * Chinese text is drawn with a CJK font; the daily report's bars have the numbers the past-day reports give, and
 * heights in proportion to them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST = LocalDate.of(2020, 2, 1);
    private static final LocalDate LAST = LocalDate.of(2020, 2, 14);
    private static final String END = "2020-02-14T18:00";
    /** Run in an A4-wide window after the page loads: what runs past its page's content box, and the bars' heights. */
    private static final String MEASURE = """
            <script>
            (function () {
              var out = {overflow: [], bars: [], docWidth: document.documentElement.scrollWidth, pages: 0};
              document.querySelectorAll('.page, .flow').forEach(function (p) {
                out.pages++;
                var pr = p.getBoundingClientRect(), cs = getComputedStyle(p);
                var left = pr.left + parseFloat(cs.paddingLeft), right = pr.right - parseFloat(cs.paddingRight);
                if (pr.right > 794.5) out.overflow.push('page wider than A4: ' + pr.width);
                if (p.classList.contains('page') && p.scrollHeight > p.clientHeight + 1)
                  out.overflow.push('page taller than A4: ' + p.scrollHeight + ' > ' + p.clientHeight);
                p.querySelectorAll('*').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0) return;
                  var name = e.tagName + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '');
                  if (r.right > right + 0.5 || r.left < left - 0.5)
                    out.overflow.push(name + ' [' + r.left.toFixed(1) + ', ' + r.right.toFixed(1) + '] outside ['
                      + left.toFixed(1) + ', ' + right.toFixed(1) + ']: ' + (e.textContent || '').slice(0, 40));
                  if (!(e instanceof SVGElement) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
                    out.overflow.push(name + ' content wider than its box: ' + (e.textContent || '').slice(0, 40));
                });
              });
              document.querySelectorAll('rect.bar').forEach(function (b) {
                out.bars.push({series: b.getAttribute('data-series'), date: b.getAttribute('data-date'),
                  value: +b.getAttribute('data-value'), height: b.getBBox().height});
              });
              var pre = document.createElement('pre');
              pre.id = 'measure';
              pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            })();
            </script>
            """;

    @TempDir
    static Path dir;
    CliHarness cli;
    Chromium chromium;
    Path keep;
    final Map<LocalDate, Integer> releasedOn = new HashMap<>();

    /** A fortnight at one hotel: arrivals every day, 7- and 14-day cases, releases on their eligible dates. */
    @BeforeAll
    void fortnight() throws Exception {
        chromium = Chromium.require(dir);
        keep = Files.createDirectories(Path.of("target", "browser"));
        cli = new CliHarness(dir);
        ok(cli.at("2020-02-01T08:00", "init"));
        ok(cli.at("2020-02-01T08:05", "hotel", "add", "锦江之星郑东店", "--rooms", "101-130", "--rate", "180",
                "--address", "郑东新区祭城路100号"));
        Map<String, LocalDate> eligible = new HashMap<>();
        int n = 0;
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            for (Map.Entry<String, LocalDate> e : new ArrayList<>(eligible.entrySet())) {
                if (e.getValue().equals(d)) {
                    ok(cli.at(d + "T10:00", "release", e.getKey(), "--checked-by", "张医生", "--temp", "36.4"));
                    eligible.remove(e.getKey());
                    releasedOn.merge(d, 1, Integer::sum);
                }
            }
            int arrivals = 1 + (d.getDayOfMonth() % 3);
            for (int i = 0; i < arrivals; i++) {
                n++;
                boolean outOfProvince = n % 3 != 0;
                String id = CliHarness.id(outOfProvince ? "420106" : "411302", "1980" + String.format("%02d%02d",
                        1 + n % 12, 1 + n % 28), String.format("%03d", n));
                String name = "张伟芳娜敏静强磊军洋勇艳杰".charAt(n % 13) + "" + "一二三四五六七八九十".charAt(n % 10);
                ok(cli.at(d + "T1" + i + ":30", "admit", "--name", name, "--id", id, "--phone",
                        "1380371" + String.format("%04d", n), "--origin", outOfProvince ? "湖北武汉" : "河南南阳",
                        "--arrived", d.toString(), "--temp", "36.5", "--community", "祭城路社区"));
                eligible.put(String.format("Q%06d", n), d.plusDays(outOfProvince ? 14 : 7));
            }
        }
    }

    private static CliHarness.Result ok(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    /** The page's measurements in an A4-wide window. */
    private JsonNode measure(Path html) throws Exception {
        Path probe = dir.resolve("measure-" + html.getFileName());
        Files.writeString(probe, Files.readString(html).replace("</body>", MEASURE + "</body>"));
        String dom = chromium.dom(probe);
        int start = dom.indexOf("<pre id=\"measure\">");
        assertThat(start).as("the measuring script ran").isPositive();
        String json = dom.substring(start + "<pre id=\"measure\">".length(), dom.indexOf("</pre>", start))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return JSON.readTree(json);
    }

    private void printsWithinA4InACjkFont(Path html, Path pdf, int expectedPages) throws Exception {
        JsonNode m = measure(html);
        assertThat(m.get("overflow")).as(html + " overflow").isEmpty();
        assertThat(m.get("docWidth").asInt()).as("nothing wider than A4").isLessThanOrEqualTo(794);
        chromium.pdf(html, pdf);
        Files.copy(pdf, keep.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (expectedPages > 0) {
            assertThat(Chromium.pages(pdf)).as(pdf + " pages").isEqualTo(expectedPages);
        } else {
            assertThat(Chromium.pages(pdf)).as(pdf + " pages").isBetween(1, -expectedPages);
        }
        List<String> fonts = Chromium.fonts(pdf);
        assertThat(fonts).as("the Chinese text is drawn with a CJK font, not boxes")
                .anySatisfy(f -> assertThat(f).containsPattern("CJK|Han|SimSun|Song|Hei"));
        assertThat(fonts).noneSatisfy(f -> assertThat(f).containsIgnoringCase("LastResort"));
    }

    private Path png(Path html, String name, int height) throws Exception {
        Path png = chromium.png(html, keep.resolve(name), 794, height);
        int[] size = Chromium.size(png);
        assertThat(size[0]).isEqualTo(794);
        assertThat(Files.size(png)).as("not a blank page").isGreaterThan(20_000);
        return png;
    }

    @Test
    void aDaysLettersPrintOnePerPage() throws Exception {
        // Arrivals: 1 + day-of-month % 3 a day, each admitted on arrival.
        Path html = dir.resolve("letters.html");
        ok(cli.at(END, "notice", "--admitted-on", "2020-02-03", "--html", html.toString()));
        int letters = LettersBatchTest.count(Files.readString(html), "<section class=\"page letter");
        assertThat(letters).isEqualTo(1);
        LocalDate busiest = releasedOn.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Path many = dir.resolve("released.html");
        ok(cli.at(END, "notice", "--released-on", busiest.toString(), "--html", many.toString()));
        int released = LettersBatchTest.count(Files.readString(many), "<section class=\"page letter release");
        assertThat(released).isEqualTo(releasedOn.get(busiest)).isPositive();
        Path all = dir.resolve("admitted-05.html");
        ok(cli.at(END, "notice", "--admitted-on", "2020-02-05", "--html", all.toString()));
        int five = LettersBatchTest.count(Files.readString(all), "<section class=\"page letter");
        assertThat(five).isEqualTo(3);
        printsWithinA4InACjkFont(html, dir.resolve("letters.pdf"), letters);
        printsWithinA4InACjkFont(many, dir.resolve("released-letters.pdf"), released);
        printsWithinA4InACjkFont(all, dir.resolve("admitted-letters.pdf"), five);
        png(all, "letter.png", 1123);
        png(many, "release-letter.png", 1123);
    }

    @Test
    void theDailyReportsBarsAreTheNumbersOfThePastDayReports() throws Exception {
        Path html = dir.resolve("report.html");
        ok(cli.at(END, "--lang", "zh", "report", "daily", "--html", html.toString()));
        printsWithinA4InACjkFont(html, dir.resolve("report.pdf"), -4);
        png(html, "report.png", 1123);
        png(html, "report-full.png", 3200);

        JsonNode bars = measure(html).get("bars");
        assertThat(bars).hasSize(14 * 2 + 7);
        Map<String, Long> expected = new HashMap<>();
        for (LocalDate d = LAST.minusDays(13); !d.isAfter(LAST); d = d.plusDays(1)) {
            JsonNode r = JSON.readTree(ok(cli.at(END, "--format", "json", "report", "daily", "--date", d.toString()))
                    .out());
            expected.put("open " + d, r.get("census").get("openTotal").asLong());
            long occupied = 0;
            for (JsonNode h : r.get("census").get("hotels")) {
                occupied += h.get("occupied").asLong();
            }
            expected.put("occupied " + d, occupied);
        }
        for (LocalDate d = LAST.plusDays(1); !d.isAfter(LAST.plusDays(7)); d = d.plusDays(1)) {
            JsonNode due = JSON.readTree(ok(cli.at(END, "--format", "json", "due", "--on", d.toString())).out());
            expected.put("due " + d, (long) due.get("today").size());
        }
        double perUnit = -1;
        for (JsonNode b : bars) {
            String key = b.get("series").asText() + " " + b.get("date").asText();
            assertThat(expected).as("a bar for " + key).containsKey(key);
            assertThat(b.get("value").asLong()).as(key).isEqualTo(expected.get(key));
        }
        assertThat(expected.values()).as("the fortnight has something to draw").anySatisfy(v -> assertThat(v).isGreaterThan(5));
        for (String series : List.of("open", "occupied", "due")) {
            perUnit = -1;
            for (JsonNode b : bars) {
                if (!b.get("series").asText().equals(series)) {
                    continue;
                }
                long v = b.get("value").asLong();
                double h = b.get("height").asDouble();
                if (v == 0) {
                    assertThat(h).as(series + " zero bar").isLessThan(0.01);
                } else if (perUnit < 0) {
                    perUnit = h / v;
                } else {
                    assertThat(h).as(series + " " + b.get("date").asText() + ": height in proportion to " + v)
                            .isCloseTo(perUnit * v, org.assertj.core.data.Offset.offset(0.05));
                }
            }
        }
    }

    @Test
    void aCaseWithItsTemperatureCurvePrintsWithinA4() throws Exception {
        ok(cli.at("2020-02-12T08:30", "temp", "Q000020", "37.6", "--by", "赵护士"));
        Path html = dir.resolve("case.html");
        ok(cli.at(END, "--lang", "zh", "show", "Q000020", "--html", html.toString()));
        printsWithinA4InACjkFont(html, dir.resolve("case.pdf"), -2);
        png(html, "case.png", 1123);
        assertThat(Files.readString(html)).contains("class=\"reading fever\"").contains("data-value=\"37.6\"");
    }
}
