package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Letters;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code notice CASE}: the notice letter (告知书) of an admitted case, in Chinese. */
@Command(name = "notice", description = "Print the notice letter (告知书) of an admitted case.")
public final class NoticeCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Notice notice = desk.notice(caseRef);
        CaseView c = notice.caseView();
        Bill estimate = notice.bill();
        if (output().format() == Format.TABLE) {
            output().text(Letters.notice(c, estimate, notice.from(), desk.currentPolicy(), docs()));
        } else {
            Map<String, Object> doc = docs().caseDoc(c);
            doc.put("estimate", docs().billDoc(estimate));
            output().object(doc);
        }
        return CliExitCode.OK;
    }
}
