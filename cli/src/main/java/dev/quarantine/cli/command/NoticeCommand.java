package dev.quarantine.cli.command;

import dev.quarantine.cli.page.HtmlPages;
import dev.quarantine.cli.page.LetterPages;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Letters;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.result.ReleaseNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code notice CASE… [--release] | --admitted-on D | --released-on D [--html FILE]}: the notice letters (告知书) of
 * admitted cases, or with {@code --release} the release notices (解除隔离医学观察告知书) of released ones, printed again;
 * or all of a day's letters at once. Letters are in Chinese and signed by the office that registered the case; each
 * is on its own page (a form feed between them in text, a page break in HTML).
 */
@Command(name = "notice", description = "Print the notice letter (告知书) of admitted cases again, the release notice with --release, or all of a day's letters.")
public final class NoticeCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", arity = "0..*", description = "Case numbers (Q000001) or identity numbers.")
    List<String> caseRefs = new ArrayList<>();

    @Option(names = "--release", description = "The release notice (解除隔离医学观察告知书) of released cases instead.")
    boolean release;

    @Option(names = "--admitted-on", paramLabel = "DATE", description = "Every notice letter of the cases admitted on DATE.")
    String admittedOn;

    @Option(names = "--released-on", paramLabel = "DATE", description = "Every release notice of the cases released on DATE.")
    String releasedOn;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the letters as a printable HTML page (A4, one letter per page) to FILE.")
    Path html;

    @Option(names = "--force", description = "Replace the --html FILE if it exists (never the database itself).")
    boolean force;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        int ways = (caseRefs.isEmpty() ? 0 : 1) + (admittedOn == null ? 0 : 1) + (releasedOn == null ? 0 : 1);
        if (ways != 1) {
            throw new ParameterException(spec.commandLine(), i18n().text("notice.which"));
        }
        if (release && caseRefs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), i18n().text("notice.releaseNeedsCase"));
        }
        if (force && html == null) {
            throw new ParameterException(spec.commandLine(), i18n().text("notice.forceNeedsHtml"));
        }
        List<Letters.Letter> letters = new ArrayList<>();
        List<Map<String, Object>> docs = new ArrayList<>();
        boolean releases = release || releasedOn != null;
        if (releases) {
            List<ReleaseNotice> notices = new ArrayList<>();
            if (releasedOn != null) {
                notices.addAll(desk.letters().releaseNoticesOn(date("--released-on", releasedOn)));
            } else {
                caseRefs.forEach(c -> notices.add(desk.letters().releaseNotice(c)));
            }
            for (ReleaseNotice n : notices) {
                letters.add(Letters.releaseLetter(n, docs()));
                Map<String, Object> doc = docs().caseDoc(n.caseView());
                doc.put("releasedAt", docs().time(n.releasedAt()));
                doc.put("checkedBy", n.checkedBy());
                doc.put("bill", n.bill() == null ? null : docs().billDoc(n.bill()));
                doc.put("signedBy", n.from() == null ? null : n.from().signature());
                docs.add(doc);
            }
        } else {
            List<Notice> notices = new ArrayList<>();
            if (admittedOn != null) {
                notices.addAll(desk.letters().noticesAdmittedOn(date("--admitted-on", admittedOn)));
            } else {
                caseRefs.forEach(c -> notices.add(desk.letters().notice(c)));
            }
            for (Notice n : notices) {
                letters.add(Letters.noticeLetter(n, desk.currentPolicy(), docs()));
                Map<String, Object> doc = docs().caseDoc(n.caseView());
                doc.put("estimate", n.bill() == null ? null : docs().billDoc(n.bill()));
                doc.put("signedBy", n.from() == null ? null : n.from().signature());
                docs.add(doc);
            }
        }
        LocalDate day = admittedOn != null ? date("--admitted-on", admittedOn)
                : releasedOn != null ? date("--released-on", releasedOn) : null;
        if (letters.isEmpty()) {
            output().info(i18n().text(admittedOn != null ? "notice.noneAdmitted" : "notice.noneReleased", day));
            return CliExitCode.OK;
        }
        if (html != null) {
            String title = (releases ? "解除隔离医学观察告知书" : "集中隔离医学观察告知书")
                    + (day != null ? " " + day : letters.size() == 1 ? " " + letters.get(0).caseNumber() : "");
            HtmlPages.write(html, force, protectedFiles(), LetterPages.html(title, letters));
            output().info(i18n().text("notice.htmlDone", letters.size(), html));
        } else if (output().format() == Format.TABLE) {
            output().pages(letters.stream().map(Letters::text).toList());
        } else if (docs.size() == 1 && day == null) {
            output().object(docs.get(0));
        } else {
            output().list(docs, List.of("caseNumber", "name"));
        }
        if (day != null && html == null) {
            output().info(i18n().text("notice.batchDone", letters.size(), day));
        }
        return CliExitCode.OK;
    }
}
