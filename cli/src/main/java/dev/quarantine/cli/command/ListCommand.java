package dev.quarantine.cli.command;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.desk.CaseFilter;
import dev.quarantine.core.desk.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code list [--status S] [--hotel H] [--category C]}. */
@Command(name = "list", description = "List cases.")
public final class ListCommand extends DeskCommand {
    static final List<String> COLUMNS = List.of("caseNumber", "name", "idNumber", "phone", "origin", "category",
            "arrivalDate", "eligibleDate", "status", "hotel", "room", "doorTag");

    @Option(names = "--status", paramLabel = "STATUS", description = "REGISTERED, ADMITTED, RELEASED, TRANSFERRED, NOT_REQUIRED, CANCELLED.")
    CaseStatus status;

    @Option(names = "--hotel", paramLabel = "NAME", description = "Only this hotel.")
    String hotel;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "IN_PROVINCE_HIGH_RISK, OUT_OF_PROVINCE, NOT_REQUIRED.")
    Category category;

    @picocli.CommandLine.Mixin
    LimitOptions limit;

    @Override
    protected int run(QuarantineDesk desk) {
        dev.quarantine.core.report.Capped<CaseView> cases = desk.list(new CaseFilter(status, hotel, category), limit.limit());
        output().list(cases.items().stream().map(c -> docs(desk).caseDoc(c)).toList(), COLUMNS);
        if (cases.cut()) {
            output().info(i18n().text("list.cutOf", cases.items().size(), cases.total()));
        }
        return 0;
    }
}
