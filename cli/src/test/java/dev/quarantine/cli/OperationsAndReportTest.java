package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hotel operations and the daily report, driven with {@code --now} across two weeks; each section of the report is
 * checked by content.
 */
class OperationsAndReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROLES = {"party-member", "volunteer", "police", "medical", "hotel-staff"};

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        ok(cli.at("2020-02-01T08:00", "init"));
        ok(cli.at("2020-02-01T08:01", "hotel", "add", "锦江之星", "--rooms", "101-110", "--rate", "180"));
    }

    private static CliHarness.Result ok(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private JsonNode json(CliHarness.Result r) throws Exception {
        return JSON.readTree(ok(r).out());
    }

    private JsonNode report(String now, String... extra) throws Exception {
        String[] args = new String[4 + extra.length];
        args[0] = "--format";
        args[1] = "json";
        args[2] = "report";
        args[3] = "daily";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return json(cli.at(now, args));
    }

    private void admit(String now, String name, String id, String origin, String arrived, boolean signed) {
        if (signed) {
            ok(cli.at(now, "admit", "--name", name, "--id", id, "--phone", "13800000000", "--origin", origin,
                    "--arrived", arrived, "--temp", "36.5", "--commitment-signed"));
        } else {
            ok(cli.at(now, "admit", "--name", name, "--id", id, "--phone", "13800000000", "--origin", origin,
                    "--arrived", arrived, "--temp", "36.5"));
        }
    }

    @Test
    void teamServiceDisinfectInspectAndLandlordCommands() throws Exception {
        admit("2020-02-01T10:00", "王伟", CliHarness.id("411302", "19850312", "101"), "南阳", "2020-02-01", true);
        JsonNode m = json(cli.at("2020-02-01T11:00", "--format", "json", "team", "set", "--block", "1", "--role",
                "medical", "--name", "赵护士", "--phone", "13700001111"));
        assertThat(m.get("phone").asText()).isEqualTo("137****1111");
        assertThat(cli.run("team", "set", "--block", "1", "--role", "cook", "--name", "A", "--phone", "13700001111")
                .err()).contains("--role").contains("medical");
        assertThat(cli.run("team", "set", "--block", "9", "--role", "medical", "--name", "A", "--phone", "13700001111")
                .code()).isEqualTo(2);
        ok(cli.at("2020-02-01T11:05", "team", "set", "--block", "1", "--role", "medical", "--name", "钱医生",
                "--phone", "13700002222"));
        JsonNode team = json(cli.run("--format", "json", "team", "list"));
        assertThat(team).hasSize(1);
        assertThat(team.get(0).get("name").asText()).isEqualTo("钱医生");

        JsonNode s = json(cli.at("2020-02-01T12:00", "--format", "json", "service", "add", "Q000001", "--type", "meal",
                "--note", "清真"));
        assertThat(s.get("type").asText()).isEqualTo("meal");
        assertThat(cli.run("service", "add", "Q000001", "--type", "massage").err()).contains("counseling");
        JsonNode done = json(cli.at("2020-02-01T12:30", "--format", "json", "service", "done", s.get("id").asText(),
                "--by", "志愿者郑"));
        assertThat(done.get("doneBy").asText()).isEqualTo("志愿者郑");
        assertThat(cli.at("2020-02-01T12:40", "service", "done", s.get("id").asText()).code()).isEqualTo(3);
        assertThat(cli.run("service", "done", "999").code()).isEqualTo(4);
        assertThat(json(cli.run("--format", "json", "service", "list", "--open"))).isEmpty();

        ok(cli.at("2020-02-08T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.4"));
        assertThat(json(cli.run("--format", "json", "hotel", "rooms")).get(0).get("state").asText())
                .isEqualTo("NEEDS_DISINFECTION");
        ok(cli.at("2020-02-08T11:00", "disinfect", "--room", "101", "--by", "保洁钱"));
        assertThat(json(cli.run("--format", "json", "hotel", "rooms")).get(0).get("state").asText()).isEqualTo("FREE");
        ok(cli.at("2020-02-08T11:10", "disinfect", "--area", "elevators", "--by", "保洁钱"));
        assertThat(cli.run("disinfect", "--area", "roof", "--by", "x").code()).isEqualTo(2);
        assertThat(cli.run("disinfect", "--room", "101", "--area", "bins", "--by", "x").code()).isEqualTo(2);
        assertThat(cli.run("disinfect", "--room", "999", "--by", "x").code()).isEqualTo(4);
        ok(cli.at("2020-02-08T12:00", "inspect", "--by", "孙科长", "--findings", "正常"));
        JsonNode l = json(cli.at("2020-02-08T12:30", "--format", "json", "landlord", "Q000001", "--extend-days", "14",
                "--landlord", "冯先生"));
        assertThat(l.get("extendDays").asInt()).isEqualTo(14);
        assertThat(json(cli.at("2020-02-08T12:31", "--format", "json", "landlord", "Q000001", "--cash", "500"))
                .get("cash").asText()).isEqualTo("500.00");
        assertThat(cli.run("landlord", "Q000001", "--cash", "500", "--extend-days", "3").code()).isEqualTo(2);
        assertThat(cli.run("history", "Q000001").out()).contains("service-add").contains("service-done").contains("landlord");
    }

    @Test
    void dailyReportSectionsAcrossAFortnight() throws Exception {
        // Day 1 (Feb 1): a Nanyang case (7 days) with a full block team; a Wuhan case (14 days) without commitment.
        admit("2020-02-01T10:00", "王伟", CliHarness.id("411302", "19850312", "101"), "南阳", "2020-02-01", true);
        admit("2020-02-01T10:30", "李娜", CliHarness.id("420106", "19900101", "102"), "武汉", "2020-02-01", false);
        for (String role : ROLES) {
            if (!role.equals("medical")) {
                ok(cli.at("2020-02-01T11:00", "team", "set", "--block", "1", "--role", role, "--name", "张三",
                        "--phone", "13700001111"));
            }
        }
        // A registered (home) case from Zhumadian arriving Feb 2.
        ok(cli.at("2020-02-02T09:00", "register", "--name", "刘洋", "--id", CliHarness.id("411702", "19950915", "103"),
                "--phone", "18638001122", "--origin", "驻马店", "--arrived", "2020-02-02"));
        // Feb 7, afternoon: a case admitted at 13:00, readings for the others in the afternoon slot only.
        admit("2020-02-07T13:00", "吴勇", CliHarness.id("420902", "19760505", "109"), "湖北孝感", "2020-02-07", true);
        ok(cli.at("2020-02-07T15:00", "temp", "Q000001", "36.6"));
        ok(cli.at("2020-02-07T15:05", "temp", "Q000002", "36.7"));

        JsonNode r = report("2020-02-07T19:00");
        assertThat(r.get("date").asText()).isEqualTo("2020-02-07");
        // 1. census
        assertThat(r.get("census").get("openTotal").asInt()).isEqualTo(4);
        assertThat(r.get("census").get("hotels").get(0).get("occupied").asInt()).isEqualTo(3);
        // 2. movements
        assertThat(r.get("movements").get("admitted").get("count").asInt()).isEqualTo(1);
        assertThat(r.get("movements").get("admitted").get("cases").get(0).get("caseNumber").asText()).isEqualTo("Q000004");
        // 3. due: Nanyang (eligible Feb 8) and Zhumadian (Feb 9 is 2 days away) — only Q000001 is due tomorrow
        assertThat(r.get("due").get("tomorrow")).extracting(n -> n.get("caseNumber").asText()).containsExactly("Q000001");
        assertThat(r.get("due").get("today")).isEmpty();
        // 4. health: the 13:00 admission has not missed the morning slot; the others missed it (no morning reading);
        //    the afternoon slot has not ended at 19:00.
        assertThat(r.get("health").get("missedChecks")).extracting(n -> n.get("caseNumber").asText() + " "
                + n.get("slot").asText()).containsExactly("Q000001 06:00-12:00", "Q000002 06:00-12:00");
        assertThat(r.get("health").get("readingsCount").asInt()).isEqualTo(3); // two readings + the intake
        JsonNode late = report("2020-02-07T20:00");
        assertThat(late.get("health").get("missedChecks")).extracting(n -> n.get("caseNumber").asText() + " "
                + n.get("slot").asText()).containsExactly("Q000001 06:00-12:00", "Q000002 06:00-12:00",
                "Q000004 14:00-20:00");
        // 5. operations
        JsonNode ops = r.get("operations");
        assertThat(ops.get("blocksWithEmptyRole").get(0).get("block").asInt()).isEqualTo(1);
        assertThat(ops.get("blocksWithEmptyRole").get(0).get("emptyRoles")).extracting(JsonNode::asText)
                .containsExactly("medical");
        assertThat(ops.get("hotelsNotInspected")).extracting(JsonNode::asText).containsExactly("锦江之星");
        assertThat(ops.get("areasNotDisinfected")).hasSize(4);
        assertThat(ops.get("pendingCommitments")).extracting(n -> n.get("caseNumber").asText()).containsExactly("Q000002");

        // Feb 8: release the Nanyang case; a service request stays open 3 hours; the areas are half done; inspected.
        ok(cli.at("2020-02-08T08:00", "temp", "Q000001", "36.5"));
        ok(cli.at("2020-02-08T09:00", "release", "Q000001", "--checked-by", "张医生"));
        ok(cli.at("2020-02-08T09:30", "service", "add", "Q000002", "--type", "water"));
        ok(cli.at("2020-02-08T09:40", "service", "add", "Q000004", "--type", "book"));
        ok(cli.at("2020-02-08T10:00", "service", "done", "2"));
        ok(cli.at("2020-02-08T10:00", "disinfect", "--area", "bins", "--by", "钱"));
        ok(cli.at("2020-02-08T10:05", "disinfect", "--area", "sewage", "--by", "钱"));
        ok(cli.at("2020-02-08T10:10", "inspect", "--by", "孙科长"));
        ok(cli.at("2020-02-08T11:00", "violation", "Q000002", "--note", "擅自外出", "--penalty", "警告"));
        ok(cli.at("2020-02-08T11:30", "commitment", "Q000002"));
        JsonNode d8 = report("2020-02-08T12:30");
        assertThat(d8.get("movements").get("released").get("cases").get(0).get("caseNumber").asText()).isEqualTo("Q000001");
        JsonNode ops8 = d8.get("operations");
        assertThat(ops8.get("requestsOpenOverTwoHours")).extracting(n -> n.get("type").asText()).containsExactly("water");
        assertThat(ops8.get("roomsAwaitingDisinfection")).extracting(n -> n.get("room").asText()).containsExactly("101");
        assertThat(ops8.get("areasNotDisinfected")).extracting(n -> n.get("area").asText())
                .containsExactly("elevators", "corridors");
        assertThat(ops8.get("hotelsNotInspected")).isEmpty();
        assertThat(ops8.get("pendingCommitments")).isEmpty();
        assertThat(ops8.get("violations").get(0).get("penalty").asText()).isEqualTo("警告");

        // Feb 10: a fever, unreported; the Zhumadian home case is overdue (eligible Feb 9).
        ok(cli.at("2020-02-10T09:00", "temp", "Q000004", "38.0"));
        ok(cli.at("2020-02-10T09:30", "temp", "Q000002", "37.5"));
        ok(cli.at("2020-02-10T09:40", "fever", "report", "Q000002", "--to", "指挥部"));
        JsonNode d10 = report("2020-02-10T12:00");
        assertThat(d10.get("due").get("overdue")).extracting(n -> n.get("caseNumber").asText()).containsExactly("Q000003");
        JsonNode alerts = d10.get("health").get("openFeverAlerts");
        assertThat(alerts).extracting(n -> n.get("caseNumber").asText()).containsExactly("Q000004", "Q000002");
        assertThat(alerts.get(0).get("ageMinutes").asInt()).isEqualTo(180);

        // 6. money: the totals equal the sum of the bills.
        JsonNode money = d10.get("money");
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal person = BigDecimal.ZERO;
        for (String c : new String[] {"Q000001", "Q000002", "Q000004"}) {
            JsonNode bill = json(cli.at("2020-02-10T12:00", "--format", "json", "bill", c));
            sum = sum.add(new BigDecimal(bill.get("total").asText()));
            person = person.add(new BigDecimal(bill.get("person").asText()));
        }
        assertThat(money.get("bills").asInt()).isEqualTo(3);
        assertThat(new BigDecimal(money.get("total").asText())).isEqualByComparingTo(sum);
        assertThat(new BigDecimal(money.get("person").asText())).isEqualByComparingTo(person);
        assertThat(new BigDecimal(money.get("outstanding").asText())).isEqualByComparingTo(person);

        // The text report has all six sections, the CSV one row per item with its section.
        String text = ok(cli.at("2020-02-10T12:00", "report", "daily")).out();
        assertThat(text).contains("1. Census").contains("2. Movements").contains("3. Due").contains("4. Health")
                .contains("5. Operations").contains("6. Money").contains("NOT REPORTED");
        String zh = ok(cli.at("2020-02-10T12:00", "--lang", "zh", "report", "daily")).out();
        assertThat(zh).contains("在管人数").contains("发热预警").contains("未上报");
        String csv = ok(cli.at("2020-02-10T12:00", "--format", "csv", "report", "daily")).out();
        assertThat(csv).startsWith("section,item,").contains("health,feverAlert,Q000004").contains("due,overdue,Q000003")
                .contains("money,total");
        assertThat(cli.at("2020-02-10T12:00", "report", "daily", "--date", "2020-02-11").code()).isEqualTo(2);
        JsonNode past = report("2020-02-10T12:00", "--date", "2020-02-07");
        assertThat(past.get("health").get("missedChecks")).hasSize(3); // the day is over: the afternoon slot counts
    }

    @Tag("sqlite-only")

    @Test
    void demoReportShowsSomethingInEverySection() throws Exception {
        cli.env.put("QUARANTINE_DB", dir.resolve("demo.db").toString());
        ok(cli.run("demo"));
        JsonNode r = report("2020-02-14T18:00");
        assertThat(r.get("census").get("openTotal").asInt()).isPositive();
        assertThat(r.get("movements").get("registered").get("count").asInt()).isPositive();
        assertThat(r.get("due").get("tomorrowCount").asInt()).isPositive();
        assertThat(r.get("health").get("openFeverAlerts")).isNotEmpty();
        assertThat(r.get("health").get("missedChecks")).isNotEmpty();
        JsonNode ops = r.get("operations");
        assertThat(ops.get("areasNotDisinfected")).isNotEmpty();
        assertThat(ops.get("hotelsNotInspected")).isNotEmpty();
        assertThat(ops.get("blocksWithEmptyRole")).isNotEmpty();
        assertThat(ops.get("requestsOpenOverTwoHours")).isNotEmpty();
        assertThat(ops.get("pendingCommitments")).isNotEmpty();
        assertThat(ops.get("violations")).isNotEmpty();
        assertThat(new BigDecimal(r.get("money").get("total").asText())).isPositive();
    }
}
