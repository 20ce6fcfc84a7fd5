package dev.quarantine.cli.command;

import dev.quarantine.cli.render.OfficeDocs;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.OfficeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code office add|list|edit|grant}: the subdistrict offices (街道) of a register that a district shares. Cases
 * belong to the office that registered them; hotels are the district's.
 */
@Command(name = "office", description = "The offices (街道) of a district's register.",
        subcommands = {OfficeCommand.Add.class, OfficeCommand.ListOffices.class, OfficeCommand.Edit.class,
                OfficeCommand.Grant.class})
public final class OfficeCommand extends GroupCommand {

    @Command(name = "add", description = "Add an office; its letters are signed with --letter-name.")
    public static final class Add extends DeskCommand {
        @Parameters(paramLabel = "NAME", description = "The office's name, as clerks give it with --office.")
        String name;

        @Option(names = "--letter-name", paramLabel = "TEXT",
                description = "The name its letters are signed with, e.g. 祭城路街道办事处疫情防控指挥部 (default: NAME).")
        String letterName;

        @Option(names = "--phone", paramLabel = "NUMBER", description = "The office's phone, printed on letters.")
        String phone;

        @Option(names = "--address", paramLabel = "TEXT", description = "The office's address, printed on letters.")
        String address;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            output().object(OfficeDocs.doc(desk.offices().add(name, letterName, phone, address)));
            return CliExitCode.OK;
        }
    }

    @Command(name = "list", description = "List the offices with their open cases.")
    public static final class ListOffices extends DeskCommand {
        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            output().list(desk.offices().list().stream().map(OfficeDocs::doc).toList(), OfficeDocs.COLUMNS);
            return CliExitCode.OK;
        }
    }

    @Command(name = "edit", description = "Rename an office or change what its letters carry.")
    public static final class Edit extends DeskCommand {
        @Parameters(paramLabel = "NAME", description = "The office.")
        String name;

        @Option(names = "--rename", paramLabel = "NAME", description = "Its new name.")
        String rename;

        @Option(names = "--letter-name", paramLabel = "TEXT", description = "The name its letters are signed with.")
        String letterName;

        @Option(names = "--phone", paramLabel = "NUMBER", description = "The office's phone, printed on letters.")
        String phone;

        @Option(names = "--address", paramLabel = "TEXT", description = "The office's address, printed on letters.")
        String address;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            output().object(OfficeDocs.doc(desk.offices().edit(name, rename, letterName, phone, address)));
            return CliExitCode.OK;
        }
    }

    @Command(name = "grant", description = "PostgreSQL: make a database login the login of an office's clerks, "
            + "who then see and change only that office's cases.")
    public static final class Grant extends DeskCommand {
        @Parameters(paramLabel = "NAME", description = "The office.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "LOGIN",
                description = "The database login (created if need be; set its password with psql \\password LOGIN).")
        String role;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            OfficeView o = desk.offices().grant(name, role);
            output().object(OfficeDocs.doc(o));
            output().info(i18n().text("office.granted", o.name(), o.dbRole()));
            return CliExitCode.OK;
        }
    }
}
