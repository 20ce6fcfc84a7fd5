package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Letters;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.ReleaseNotice;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.cli.page.HtmlPages;
import dev.quarantine.cli.page.LetterPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code release CASE --checked-by NAME [--temp VALUE] [--on DATE]}. */
@Command(name = "release", description = "Release a case after its period and a normal medical check.")
public final class ReleaseCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Option(names = "--checked-by", paramLabel = "NAME", description = "The medical staff who checked.")
    String checkedBy;

    @Option(names = "--temp", paramLabel = "VALUE", description = "Release-check temperature.")
    String temp;

    @Option(names = "--on", paramLabel = "DATE", description = "Release date (default today).")
    String on;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the release notice as a printable HTML page (A4) to FILE.")
    Path html;

    @Option(names = "--force", description = "Replace the --html FILE if it exists (never the database itself).")
    boolean force;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        if (force && html == null) {
            throw new ParameterException(spec.commandLine(), i18n().text("notice.forceNeedsHtml"));
        }
        if (html != null) {
            // Checked before the release, so that a file that cannot be written leaves the case as it was.
            try (dev.quarantine.core.file.AtomicOutput check = dev.quarantine.core.file.AtomicOutput.open(html, force,
                    protectedFiles())) {
                check.target();
            }
        }
        ReleaseResult r = desk.cases().release(caseRef, checkedBy, temp, date("--on", on));
        // Signed by the office that registered the case.
        ReleaseNotice letter = new ReleaseNotice(r.caseView(), r.releasedAt(), r.checkedBy(), r.bill(),
                desk.letters().letterhead(r.caseView().caseNumber()));
        if (html != null) {
            HtmlPages.write(html, force, protectedFiles(), LetterPages.html("解除隔离医学观察告知书 "
                    + r.caseView().caseNumber(), List.of(Letters.releaseLetter(letter, docs()))));
            output().info(i18n().text("notice.htmlDone", 1, html));
        }
        Map<String, Object> doc = docs().caseDoc(r.caseView());
        doc.put("releasedAt", docs().time(r.releasedAt()));
        doc.put("checkedBy", r.checkedBy());
        doc.put("bill", r.bill() == null ? null : docs().billDoc(r.bill()));
        if (output().format() == Format.TABLE) {
            output().text(Letters.releaseNotice(letter, docs()));
        } else {
            output().object(doc);
        }
        output().info(i18n().text(r.bill() == null ? "release.doneHome" : "release.done", r.caseView().caseNumber()));
        return CliExitCode.OK;
    }
}
