package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarantine.core.Now;
import dev.quarantine.core.desk.QuarantineDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters in batches (issue 15) and letters as pages (issue 14): {@code notice CASE --release} prints the release
 * notice again, {@code notice --admitted-on D} and {@code --released-on D} print all of a day's letters, each on its own
 * page; letters are signed with the name of the office that registered the case; the HTML pages escape what people
 * typed and fetch nothing.
 */
class LettersBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] IDS = {CliHarness.id("410105", "19850312", "100"),
            CliHarness.id("420106", "19900101", "102"), CliHarness.id("411502", "19780208", "203"),
            CliHarness.id("411302", "19600101", "304")};
    private static final String[] NAMES = {"王伟", "李娜", "赵敏", "孙强"};

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void fortnight() {
        cli = new CliHarness(dir);
        ok(cli.at("2020-02-03T08:00", "init"));
        ok(cli.at("2020-02-03T08:05", "hotel", "add", "锦江之星", "--rooms", "101-110", "--rate", "180"));
        // Three admitted on 2020-02-03 (one of them entered with hostile text), one on 2020-02-04.
        for (int i = 0; i < 4; i++) {
            ok(cli.at(i < 3 ? "2020-02-03T09:0" + i : "2020-02-04T09:00", "admit", "--name", NAMES[i], "--id", IDS[i],
                    "--phone", "1380371123" + i, "--origin", i == 1 ? "武汉" : "南阳", "--arrived", "2020-02-03",
                    "--temp", "36.5", "--community", i == 2 ? "\"><img src=x onerror=alert(1)>" : "祭城路社区",
                    "--address", i == 2 ? "<script>alert(1)</script>" : "郑东新区"));
        }
        for (String c : List.of("Q000001", "Q000003", "Q000004")) {
            ok(cli.at("2020-02-10T10:0" + c.charAt(6), "release", c, "--checked-by", "张医生", "--temp", "36.4"));
        }
    }

    private static CliHarness.Result ok(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void theReleaseNoticeIsPrintedAgainAsItWasOnRelease() {
        Path other = dir.resolve("other");
        CliHarness.Result reprint = ok(cli.at("2020-02-20T09:00", "notice", "Q000001", "--release"));
        assertThat(reprint.out()).startsWith("                     解除隔离医学观察告知书")
                .contains("自2020年2月10日起解除隔离医学观察").contains("检查人    张医生")
                .contains("街道办事处疫情防控指挥部").endsWith("2020年2月10日" + System.lineSeparator())
                .doesNotContain("2020年2月20日");
        CliHarness.Result refused = cli.at("2020-02-20T09:00", "notice", "Q000002", "--release");
        assertThat(refused.code()).as("an admitted case has no release notice").isEqualTo(3);
        assertThat(refused.err()).contains("not released");
        assertThat(cli.run("notice", "Q000099", "--release").code()).isEqualTo(4);
        assertThat(Files.exists(other)).isFalse();
    }

    @Test
    void aDaysLettersArePrintedEachOnItsOwnPage() throws Exception {
        CliHarness.Result admitted = ok(cli.at("2020-02-20T09:00", "notice", "--admitted-on", "2020-02-03"));
        String[] pages = admitted.out().split("\f");
        assertThat(pages).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(pages[i]).as("page " + (i + 1)).contains("集中隔离医学观察告知书").contains(NAMES[i])
                    .contains("Q00000" + (i + 1)).containsOnlyOnce("告知书");
        }
        assertThat(admitted.err()).contains("3 letter(s) of 2020-02-03");
        String[] released = ok(cli.at("2020-02-20T09:00", "notice", "--released-on", "2020-02-10")).out().split("\f");
        assertThat(released).hasSize(3);
        assertThat(released[0]).contains("解除隔离医学观察告知书").contains("王伟");
        assertThat(released[1]).contains("赵敏");
        assertThat(released[2]).contains("孙强");
        CliHarness.Result none = ok(cli.at("2020-02-20T09:00", "notice", "--admitted-on", "2020-02-05"));
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("no case was admitted on 2020-02-05");
        JsonNode list = JSON.readTree(ok(cli.at("2020-02-20T09:00", "--format", "json", "notice", "--admitted-on",
                "2020-02-03")).out());
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.get(0).get("estimate").get("total").asText()).isEqualTo("1260.00");
        assertThat(list.get(0).get("signedBy").asText()).isEqualTo("街道办事处疫情防控指挥部");
        String two = ok(cli.at("2020-02-20T09:00", "notice", "Q000002", "Q000004")).out();
        assertThat(two.split("\f")).hasSize(2);

        assertThat(cli.run("notice").code()).isEqualTo(2);
        assertThat(cli.run("notice", "Q000001", "--admitted-on", "2020-02-03").code()).isEqualTo(2);
        assertThat(cli.run("notice", "--release", "--released-on", "2020-02-10").code()).isEqualTo(2);
        CliHarness.Result badDate = cli.run("notice", "--admitted-on", "2020-13-01");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("--admitted-on");
    }

    @Test
    void lettersAreSignedByTheOfficeThatRegisteredTheCase() {
        try (QuarantineDesk desk = QuarantineDesk.open(cli.location, Now.at(Instant.parse("2020-02-20T01:00:00Z")), "tester")) {
            String office = desk.offices().list().get(0).name();
            desk.offices().edit(office, null, "郑东新区祭城路街道办事处", "0371-66661234", "祭城路100号");
        }
        String notice = ok(cli.at("2020-02-20T09:00", "notice", "Q000002")).out();
        assertThat(notice).contains("郑东新区祭城路街道办事处").doesNotContain("街道办事处疫情防控指挥部");
        String release = ok(cli.at("2020-02-20T09:00", "notice", "Q000001", "--release")).out();
        assertThat(release).contains("郑东新区祭城路街道办事处");
        Path html = dir.resolve("n.html");
        ok(cli.at("2020-02-20T09:00", "notice", "Q000002", "--html", html.toString()));
        assertThat(read(html)).contains("郑东新区祭城路街道办事处").contains("0371-66661234").contains("祭城路100号");
    }

    @Test
    void htmlLettersAreOnePerPageSelfContainedAndEscapeWhatWasTyped() throws Exception {
        Path admitted = dir.resolve("admitted.html");
        CliHarness.Result r = ok(cli.at("2020-02-20T09:00", "notice", "--admitted-on", "2020-02-03", "--html",
                admitted.toString()));
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote 3 letter(s), one per page");
        String page = read(admitted);
        assertThat(count(page, "<section class=\"page letter")).isEqualTo(3);
        assertThat(page).contains("data-case=\"Q000001\"").contains("data-case=\"Q000003\"");
        assertSelfContained(page);
        Path released = dir.resolve("released.html");
        ok(cli.at("2020-02-20T09:00", "notice", "--released-on", "2020-02-10", "--html", released.toString()));
        String releasedPage = read(released);
        assertThat(count(releasedPage, "<section class=\"page letter release")).isEqualTo(3);
        // The community typed as "><img …> is text, not markup.
        assertThat(releasedPage).contains("&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;").doesNotContain("<img");
        assertSelfContained(releasedPage);

        Path show = dir.resolve("case.html");
        ok(cli.at("2020-02-20T09:00", "show", "Q000003", "--html", show.toString()));
        String casePage = read(show);
        assertThat(casePage).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<svg");
        assertSelfContained(casePage);
        assertThat(cli.at("2020-02-20T09:00", "show", "Q000003", "--html", show.toString()).code())
                .as("never over a file without --force").isEqualTo(5);

        Path report = dir.resolve("report.html");
        ok(cli.at("2020-02-10T18:00", "report", "daily", "--html", report.toString()));
        String reportPage = read(report);
        assertThat(count(reportPage, "<rect class=\"bar ")).isEqualTo(14 * 2 + 7);
        assertThat(reportPage).contains("锦江之星").doesNotContain("<img");
        assertSelfContained(reportPage);
    }

    @Test
    void aStayAtTwoRatesShowsEachRateAndARefundDueInTextAndOnThePage() throws Exception {
        // Q000002 (from Wuhan: 14 days) stays on; the rate changes from 2020-02-10 and the person pays beyond their share.
        ok(cli.at("2020-02-10T12:00", "hotel", "rate", "锦江之星", "200", "--from", "2020-02-10"));
        String[] nights = {"2020年2月3日起 每晚 ¥180.00 × 7 晚 = ¥1,260.00", "2020年2月10日起 每晚 ¥200.00 × 7 晚 = ¥1,400.00",
                "合计 14 晚 ¥2,660.00"};
        assertThat(ok(cli.at("2020-02-10T12:05", "notice", "Q000002")).out()).as("the estimate")
                .contains("费用（预计）：" + System.lineSeparator() + "    " + nights[0]).contains("    " + nights[1])
                .contains("    " + nights[2]).contains("个人承担 30%        ¥798.00");
        ok(cli.at("2020-02-10T12:10", "pay", "Q000002", "900", "--overpay"));
        Path page = java.nio.file.Files.writeString(dir.resolve("q2.html"), "an earlier page");
        CliHarness.Result refused = cli.at("2020-02-17T10:00", "release", "Q000002", "--checked-by", "张医生",
                "--temp", "36.4", "--html", page.toString());
        assertThat(refused.code()).as("an existing page is not replaced without --force").isEqualTo(5);
        assertThat(refused.err()).contains("--force");
        assertThat(read(page)).isEqualTo("an earlier page");
        assertThat(ok(cli.at("2020-02-17T10:00", "--format", "json", "show", "Q000002")).out())
                .as("checked before the release: the case stays as it was").contains("\"ADMITTED\"");
        CliHarness.Result released = ok(cli.at("2020-02-17T10:00", "release", "Q000002", "--checked-by", "张医生",
                "--temp", "36.4", "--html", page.toString(), "--force"));
        assertThat(released.out()).contains("费用结算：" + System.lineSeparator() + "    " + nights[0])
                .contains("    " + nights[1]).contains("    " + nights[2]).contains("个人承担        ¥798.00")
                .contains("已缴            ¥900.00").contains("应退            ¥102.00").doesNotContain("尚欠");
        String html = read(page);
        assertThat(html).contains("<ul class=\"nights\">").contains("<li>合计 14 晚 ¥2,660.00</li>")
                .contains("<th>应退</th><td>¥102.00</td>").doesNotContain("尚欠");
        assertSelfContained(html);
        assertThat(ok(cli.at("2020-02-20T09:00", "notice", "Q000002", "--release")).out()).as("reprinted as given")
                .contains(nights[1]).contains("应退            ¥102.00");
    }

    /** No script, nothing fetched: no src, no href, no link, no @import, no url( but the page's own patterns. */
    static void assertSelfContained(String page) {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase(" src=").doesNotContainIgnoringCase(" href=")
                .doesNotContainIgnoringCase("@import").doesNotContainPattern("url\\((?!#)");
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://")
                .doesNotContain("https://");
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
