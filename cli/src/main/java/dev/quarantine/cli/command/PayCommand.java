package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pay CASE AMOUNT}: a payment by the person. */
@Command(name = "pay", description = "Record a payment by the person.")
public final class PayCommand extends DeskCommand {
    @Parameters(index = "0", paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Parameters(index = "1", paramLabel = "AMOUNT", description = "Amount in yuan: 384.99, ¥384.99.")
    String amount;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Money m = option("AMOUNT", () -> Money.parse(amount));
        Bill b = desk.pay(caseRef, m);
        output().object(docs().billDoc(b));
        return CliExitCode.OK;
    }
}
