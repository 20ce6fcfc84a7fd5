package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Letters;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.ReleaseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        ReleaseResult r = desk.release(caseRef, checkedBy, temp, date("--on", on));
        Map<String, Object> doc = docs().caseDoc(r.caseView());
        doc.put("releasedAt", docs().time(r.releasedAt()));
        doc.put("checkedBy", r.checkedBy());
        doc.put("bill", r.bill() == null ? null : docs().billDoc(r.bill()));
        if (output().format() == Format.TABLE) {
            output().text(Letters.releaseNotice(r, desk.letterhead(r.caseView().caseNumber()), docs()));
        } else {
            output().object(doc);
        }
        output().info(i18n().text(r.bill() == null ? "release.doneHome" : "release.done", r.caseView().caseNumber()));
        return CliExitCode.OK;
    }
}
