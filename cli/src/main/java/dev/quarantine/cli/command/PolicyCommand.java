package dev.quarantine.cli.command;

import dev.quarantine.cli.CliExitCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarantine.cli.render.Format;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.OriginRule;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code policy show|add|check}. */
@Command(name = "policy", description = "Show, add or try the quarantine rules.",
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Add.class, PolicyCommand.Check.class})
public final class PolicyCommand extends GroupCommand {

    static Map<String, Object> doc(Policy p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", p.id());
        d.put("effectiveFrom", p.effectiveFrom().toString());
        d.put("timeZone", p.zone().getId());
        List<String> rules = new ArrayList<>();
        for (OriginRule r : p.rules()) {
            rules.add(String.join("/", r.codePrefixes()) + " → " + r.category() + " " + r.days() + "d"
                    + (r.doorTag() == null ? "" : " " + r.doorTag()));
        }
        d.put("rules", String.join("; ", rules));
        d.put("feverThreshold", p.feverThreshold().toString());
        d.put("plausibleRange", p.plausibleMin() + "–" + p.plausibleMax());
        d.put("slots", String.join(", ", p.slots().stream().map(Object::toString).toList()));
        d.put("blockSize", p.blockSize());
        d.put("teamRoles", String.join(", ", p.teamRoles()));
        d.put("shares", "hotel-waiver " + p.shares().percentText(dev.quarantine.core.money.CostShare.HOTEL_WAIVER)
                + "%, subsidy " + p.shares().percentText(dev.quarantine.core.money.CostShare.SUBSIDY)
                + "%, person " + p.shares().percentText(dev.quarantine.core.money.CostShare.PERSON) + "%");
        return d;
    }

    @Command(name = "show", description = "Show every stored policy version.")
    public static final class Show extends DeskCommand {
        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            if (output().format() == Format.JSON) {
                List<Object> versions = new ArrayList<>();
                ObjectMapper mapper = new ObjectMapper();
                for (Policy p : desk.policies().versions()) {
                    try {
                        versions.add(mapper.readValue(PolicyJson.write(p), Map.class));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }
                output().json(versions);
                return CliExitCode.OK;
            }
            for (Policy p : desk.policies().versions()) {
                output().object(doc(p));
                if (output().format() == Format.TABLE) {
                    output().text(System.lineSeparator());
                }
            }
            return CliExitCode.OK;
        }
    }

    @Command(name = "add", description = "Store a new policy version from a JSON file.")
    public static final class Add extends DeskCommand {
        @Parameters(paramLabel = "FILE", description = "Policy file (JSON).")
        Path file;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            Policy p = desk.addPolicy(InitCommand.readPolicy(file));
            output().object(doc(p));
            output().info(i18n().text("policy.added", p.id(), p.effectiveFrom()));
            return CliExitCode.OK;
        }
    }

    @Command(name = "check", description = "Classify an origin under the policy in force.")
    public static final class Check extends DeskCommand {
        @Parameters(paramLabel = "ORIGIN", description = "An origin: 411525, 南阳, 湖北孝感 …")
        String origin;

        @Option(names = "--arrived", paramLabel = "DATE", description = "Arrival date (default today).")
        String arrived;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            LocalDate arrival = date("--arrived", arrived);
            Classification c = option("ORIGIN", () -> desk.checkOrigin(origin, arrival));
            LocalDate a = arrival == null ? desk.today() : arrival;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("origin", c.origin().fullName());
            d.put("originCode", c.origin().code());
            d.put("category", c.category());
            d.put("periodDays", c.days());
            d.put("doorTag", c.doorTag());
            d.put("policyId", c.policyId());
            d.put("arrivalDate", a.toString());
            d.put("eligibleDate", c.needsQuarantine() ? a.plusDays(c.days()).toString() : null);
            output().object(d);
            return CliExitCode.OK;
        }
    }
}
