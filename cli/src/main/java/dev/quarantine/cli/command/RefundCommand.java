package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.result.Bill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refund CASE AMOUNT [--reason T]}: money given back to the person, at most what they paid beyond their share. */
@Command(name = "refund", description = "Record money given back to the person (what they paid beyond their share).")
public final class RefundCommand extends DeskCommand {
    @Parameters(index = "0", paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Parameters(index = "1", paramLabel = "AMOUNT", description = "Amount in yuan given back: 22, ¥22.00.")
    String amount;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (an overpayment, a cancelled case).")
    String reason;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Money m = option("AMOUNT", () -> Money.parse(amount));
        Bill b = desk.billing().refund(caseRef, m, reason);
        output().object(docs().billDoc(b));
        return CliExitCode.OK;
    }
}
