package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.LandlordArrangement;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


/** {@code landlord CASE (--extend-days N | --cash AMOUNT) [--landlord NAME]}. */
@Command(name = "landlord", description = "Record a lease extension or cash compensation for a case's landlord.")
public final class LandlordCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Arrangement arrangement;

    /** One of the two. */
    static final class Arrangement {
        @Option(names = "--extend-days", paramLabel = "N", required = true, description = "Days the lease is extended by.")
        Integer days;

        @Option(names = "--cash", paramLabel = "AMOUNT", required = true, description = "Cash compensation in yuan.")
        String cash;
    }

    @Option(names = "--landlord", paramLabel = "NAME", description = "The landlord.")
    String landlord;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Money cash = arrangement.cash == null ? null : option("--cash", () -> Money.parse(arrangement.cash));
        LandlordArrangement a = option("--extend-days",
                () -> desk.operations().landlord(caseRef, arrangement.days, cash, landlord));
        output().object(OperationDocs.landlord(a, docs()));
        return CliExitCode.OK;
    }
}
