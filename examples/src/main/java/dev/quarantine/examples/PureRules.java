package dev.quarantine.examples;

import dev.quarantine.core.cases.QuarantinePeriod;
import dev.quarantine.core.money.CostSplit;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.region.RegionCatalog;

import java.io.PrintStream;
import java.time.LocalDate;

/** Example 1: the pure rules, no database: classify origins, compute eligible dates, split a bill. */
public final class PureRules {
    private PureRules() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Policy policy = Policy.zhengzhou2020();
        RegionCatalog regions = RegionCatalog.bundled();
        LocalDate arrival = LocalDate.of(2020, 2, 1);
        for (String origin : new String[] {"河南南阳", "湖北孝感", "信阳市固始县", "开封"}) {
            Classification c = policy.classify(regions.resolve(origin));
            QuarantinePeriod period = new QuarantinePeriod(arrival, c.days());
            out.printf("%s → %s %s, %d days, eligible %s%n", origin, c.origin().fullName(), c.category(), c.days(),
                    c.needsQuarantine() ? period.eligibleDate() : "-");
        }
        CostSplit split = CostSplit.of(Money.parse("183.33").times(7), policy.shares());
        out.printf("7 nights × ¥183.33 = %s: person %s, hotel waiver %s, subsidy %s%n", split.total().display(),
                split.person().display(), split.hotelWaiver().display(), split.subsidy().display());
    }
}
