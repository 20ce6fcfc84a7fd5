package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Letters;
import dev.quarantine.core.desk.Bill;
import dev.quarantine.core.desk.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code notice CASE}: the notice letter (告知书) of an admitted case, in Chinese. */
@Command(name = "notice", description = "Print the notice letter (告知书) of an admitted case.")
public final class NoticeCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE")
    String caseRef;

    @Override
    protected int run(QuarantineDesk desk) {
        CaseView c = desk.show(caseRef);
        Bill estimate = desk.bill(caseRef);
        if (output().format() == Format.TABLE) {
            output().text(Letters.notice(c, estimate, desk.currentPolicy(), docs(desk)));
        } else {
            Map<String, Object> doc = docs(desk).caseDoc(c);
            doc.put("estimate", docs(desk).billDoc(estimate));
            output().object(doc);
        }
        return 0;
    }
}
