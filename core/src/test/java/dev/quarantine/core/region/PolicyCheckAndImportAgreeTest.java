package dev.quarantine.core.region;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.DeskFixture;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: {@code policy check} and roster import agree on every origin of {@code origins.csv}, through the facade
 * and a real register (classification included, so an origin too coarse for the policy is refused on both paths):
 * the same place and category for an origin one accepts, the same message for an origin one refuses.
 */
class PolicyCheckAndImportAgreeTest {
    private static final LocalDate ARRIVAL = LocalDate.of(2020, 2, 3);

    @TempDir
    Path dir;

    @Test
    void policyCheckAndRosterImportAgreeOnEveryOriginOfTheTable() {
        Clock clock = Clock.fixed(LocalDateTime.parse("2020-02-10T09:00").atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant(), ZoneId.of("Asia/Shanghai"));
        List<OriginTable.Row> table = OriginTable.rows();
        try (QuarantineDesk desk = QuarantineDesk.create(dir.resolve("register.db"), clock, "tester", List.of())) {
            List<RosterRow> roster = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                roster.add(new RosterRow(i + 2, List.of(DeskFixture.nameOf(i + 1), DeskFixture.idOf(i + 1),
                        DeskFixture.phoneOf(i + 1), table.get(i).origin(), ARRIVAL.toString())));
            }
            Map<Long, String> rejected = new HashMap<>();
            RejectSink rejects = new RejectSink() {
                @Override
                public void reject(RosterRow row, String error) {
                    rejected.put(row.line(), error);
                }

                @Override
                public void close() {
                }
            };
            ImportSummary summary = desk.cases().importRoster(RosterHeader.of(List.of("姓名", "身份证号", "联系电话", "来源地",
                    "返郑日期")), roster.iterator(), new ImportOptions(false, false, false, null, 100, Locale.ROOT),
                    rejects, n -> { });
            Map<String, CaseView> cases = desk.cases().list(CaseFilter.ALL).stream()
                    .collect(Collectors.toMap(CaseView::idNumber, Function.identity()));

            int accepted = 0;
            int refused = 0;
            for (int i = 0; i < table.size(); i++) {
                OriginTable.Row row = table.get(i);
                CaseView imported = cases.get(DeskFixture.idOf(i + 1));
                String error = rejected.get((long) i + 2);
                try {
                    Classification checked = desk.checkOrigin(row.origin(), ARRIVAL);
                    assertThat(imported).as("%s: policy check accepts it as %s, import refused it: %s", row,
                            checked.origin().code(), error).isNotNull();
                    assertThat(imported.originCode()).as("%s", row).isEqualTo(checked.origin().code());
                    assertThat(imported.category()).as("%s", row).isEqualTo(checked.category());
                    accepted++;
                } catch (QuarantineException e) {
                    assertThat(imported).as("%s: policy check refuses it (%s), import registered it", row,
                            e.getMessage()).isNull();
                    assertThat(error).as("%s", row).contains(e.getMessage());
                    refused++;
                }
            }
            assertThat(accepted + refused).isEqualTo(table.size());
            assertThat(summary.registered()).isEqualTo((long) accepted);
            assertThat(rejected).hasSize(refused);
            assertThat(accepted).as("most of the table resolves").isGreaterThan(table.size() / 2);
            assertThat(refused).as("the ambiguous rows are refused on both paths").isGreaterThanOrEqualTo(36);
        }
    }
}
