package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code pay CASE AMOUNT [--overpay]}: a payment by the person; {@code pay CASE -AMOUNT --reason T} reverses a payment
 * recorded in error (a negative entry, never a deletion).
 */
@Command(name = "pay", description = "Record a payment by the person, or reverse a wrong one with a negative amount.")
public final class PayCommand extends DeskCommand {
    @Parameters(index = "0", paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Parameters(index = "1", paramLabel = "AMOUNT",
            description = "Amount in yuan: 384.99, ¥384.99; negative (-378) to reverse a payment recorded in error.")
    String amount;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why a payment is reversed (required with a negative amount).")
    String reason;

    @Option(names = "--overpay", description = "Record a payment larger than what is owed (the excess is to be refunded).")
    boolean overpay;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        String text = amount.strip();
        boolean reversal = text.startsWith("-") || text.startsWith("－");
        Money m = option("AMOUNT", () -> Money.parse(reversal ? text.substring(1) : text));
        Bill b;
        if (reversal) {
            if (overpay) {
                throw new ParameterException(spec.commandLine(), i18n().text("pay.overpayReversal"));
            }
            b = desk.billing().reversePayment(caseRef, m, reason);
        } else {
            if (reason != null) {
                throw new ParameterException(spec.commandLine(), i18n().text("pay.reasonOnlyReversal"));
            }
            b = desk.billing().pay(caseRef, m, overpay);
        }
        output().object(docs().billDoc(b));
        if (b.credit().fen() > 0) {
            output().info(i18n().text("pay.credit", b.caseNumber(), b.credit()));
        }
        return CliExitCode.OK;
    }
}
