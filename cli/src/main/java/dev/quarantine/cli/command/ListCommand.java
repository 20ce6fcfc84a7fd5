package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Output;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.result.Capped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * {@code list [--status S] [--hotel H] [--category C] [--name PART] [--phone NUMBER|LAST4] [--community C]
 * [--origin O] [--arrived-from D] [--arrived-to D]}: what a clerk on the phone can narrow a case down by.
 */
@Command(name = "list", description = "List cases, narrowed by status, hotel, name, phone, community, origin or arrival.")
public final class ListCommand extends DeskCommand {
    static final List<String> COLUMNS = List.of("caseNumber", "name", "idNumber", "phone", "origin", "category",
            "arrivalDate", "eligibleDate", "status", "hotel", "room", "doorTag");

    /**
     * To fit a terminal: places and hotels cut to 12 and 10 cells, then dropped, least useful first: the masked identity
     * number, the door tag (it follows the category), the phone, the hotel, the arrival (the eligible date follows
     * it), the origin, the category. The case, the name, the eligible date, the status and the room always stay.
     */
    static final Output.Fitting FIT = new Output.Fitting(List.of("idNumber", "doorTag", "phone", "hotel",
            "arrivalDate", "origin", "category"), java.util.Map.of("origin", 12, "hotel", 10, "name", 16));

    @Option(names = "--status", paramLabel = "STATUS",
            description = "registered, admitted, released, transferred, not-required or cancelled (English or Chinese).")
    CaseStatus status;

    @Option(names = "--hotel", paramLabel = "NAME", description = "Only this hotel.")
    String hotel;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "in-province-high-risk, out-of-province or not-required (English or Chinese).")
    Category category;

    @Option(names = "--name", paramLabel = "PART", description = "Names containing this, e.g. 王 or 王伟.")
    String name;

    @Option(names = "--phone", paramLabel = "NUMBER", description = "The phone number, or its last four digits.")
    String phone;

    @Option(names = "--community", paramLabel = "NAME", description = "Communities containing this.")
    String community;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Arrivals from this place or any place inside it: 武汉, 42.")
    String origin;

    @Option(names = "--arrived-from", paramLabel = "DATE", description = "Arrived on or after this day.")
    String arrivedFrom;

    @Option(names = "--arrived-to", paramLabel = "DATE", description = "Arrived on or before this day.")
    String arrivedTo;

    @Mixin
    LimitOptions limit;

    @Mixin
    AllOfficesOption offices;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        offices.apply(desk);
        CaseFilter filter = new CaseFilter(status, hotel, category, name, phone, community, origin,
                date("--arrived-from", arrivedFrom), date("--arrived-to", arrivedTo));
        int max = limit.limit(output().format());
        if (output().format() == Format.CSV && max == Integer.MAX_VALUE) {
            // Every case, written as it is read (a million of them, listed first, ran out of a 256 MB heap).
            output().csvRows(COLUMNS, row -> desk.cases().forEach(filter, c -> row.accept(docs().caseDoc(c))));
            return CliExitCode.OK;
        }
        Capped<CaseView> cases = desk.cases().list(filter, max);
        output().list(cases.items().stream().map(c -> docs().caseDoc(c)).toList(), COLUMNS, cases.total(), "cases", FIT);
        if (cases.cut()) {
            output().info(i18n().text("list.cutOf", cases.items().size(), cases.total()));
        }
        return CliExitCode.OK;
    }
}
