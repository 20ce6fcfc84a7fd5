package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.Capped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code find TEXT}: a case by whatever the caller on the phone says — name, case number, phone or id, or a tail. */
@Command(name = "find", description = "Find cases by name (or part of it), case number, phone or identity number, "
        + "or the last four characters of a phone or identity number.")
public final class FindCommand extends DeskCommand {
    @Parameters(paramLabel = "TEXT", description = "王伟, Q000012, 13803711234, 1234, 100X …")
    String text;

    @Mixin
    LimitOptions limit;

    @Mixin
    AllOfficesOption offices;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        offices.apply(desk);
        Capped<CaseView> cases = desk.cases().find(text, limit.limit(output().format()));
        output().list(cases.items().stream().map(c -> docs().caseDoc(c)).toList(), ListCommand.COLUMNS, cases.total(),
                "cases", ListCommand.FIT);
        if (cases.cut()) {
            output().info(i18n().text("list.cutOf", cases.items().size(), cases.total()));
        } else if (cases.total() == 0) {
            output().info(i18n().text("find.none", text.strip()));
        }
        return CliExitCode.OK;
    }
}
