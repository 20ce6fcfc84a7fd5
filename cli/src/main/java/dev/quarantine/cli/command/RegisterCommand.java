package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.Message;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RegisterResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code register --name N --id NUMBER --phone P --origin O --arrived DATE …}. */
@Command(name = "register", description = "Register a returnee (home observation until admitted).")
public final class RegisterCommand extends DeskCommand {
    @Mixin
    RegistrationOptions person;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        RegisterResult r = desk.cases().register(person.input());
        Map<String, Object> doc = docs().caseDoc(r.caseView());
        doc.put("duplicate", r.duplicate());
        output().object(doc);
        if (r.duplicate()) {
            output().info(i18n().text("register.duplicate", r.caseView().caseNumber()));
        } else if (r.caseView().status() == CaseStatus.NOT_REQUIRED) {
            output().info(i18n().text("register.notRequired", r.caseView().caseNumber(), r.caseView().origin()));
        } else {
            output().info(i18n().text("register.done", r.caseView().caseNumber(), i18n().enumName(r.caseView().category()),
                    r.caseView().eligibleDate()));
        }
        for (Message w : r.warnings()) {
            output().info(i18n().text("warning", w.text(i18n().locale())));
        }
        return CliExitCode.OK;
    }
}
