package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Letters;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.Message;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code admit [CASE | register's options] --temp VALUE [--hotel NAME] [--room NO] [--commitment-signed]}. */
@Command(name = "admit", description = "Admit a registered case, or register and admit, into a hotel room.")
public final class AdmitCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", arity = "0..1", description = "A registered case: case number or identity number.")
    String caseRef;

    @Mixin
    RegistrationOptions person;

    @Option(names = "--temp", required = true, paramLabel = "VALUE", description = "Intake temperature, e.g. 36.5.")
    String temp;

    @Option(names = "--hotel", paramLabel = "NAME", description = "Hotel (optional when there is only one).")
    String hotel;

    @Option(names = "--room", paramLabel = "NO", description = "Room (default: the lowest free room).")
    String room;

    @Option(names = "--commitment-signed", description = "The commitment letter (承诺书) is signed.")
    boolean commitmentSigned;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        if (caseRef != null && person.anyGiven()) {
            throw new ParameterException(spec.commandLine(), i18n().text("admit.caseOrPerson"));
        }
        if (caseRef == null && !person.anyGiven()) {
            throw new ParameterException(spec.commandLine(), i18n().text("admit.needCaseOrPerson"));
        }
        Admission a = desk.cases().admit(new AdmitRequest(caseRef, caseRef == null ? person.input() : null, temp, hotel,
                room, commitmentSigned));
        Map<String, Object> doc = docs().caseDoc(a.caseView());
        doc.put("estimate", docs().billDoc(a.estimate()));
        if (a.registeredNow()) {
            output().info(i18n().text("admit.registered", a.caseView().caseNumber()));
        }
        if (output().format() == Format.TABLE) {
            // Signed by the office that registered the case.
            Notice letter = new Notice(a.caseView(), a.estimate(),
                    desk.letters().letterhead(a.caseView().caseNumber()));
            output().text(Letters.notice(letter, desk.currentPolicy(), docs()));
        } else {
            output().object(doc);
        }
        output().info(i18n().text("admit.done", a.caseView().caseNumber(), a.caseView().hotel(), a.caseView().room(),
                a.caseView().block(), i18n().enumName(a.caseView().doorTag())));
        if (a.caseView().commitmentSignedAt() == null) {
            output().info(i18n().text("admit.commitmentPending", a.caseView().caseNumber()));
        }
        for (Message w : a.warnings()) {
            output().info(i18n().text("warning", w.text(i18n().locale())));
        }
        return CliExitCode.OK;
    }
}
