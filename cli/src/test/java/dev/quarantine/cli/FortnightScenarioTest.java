package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fortnight at one hotel driven through the command line with {@code --now}: admissions from Nanyang (7 days) and
 * Wuhan (14 days), two readings a day, a fever reported to the command centre and transferred, releases on the
 * eligible dates, and bills whose shares add up.
 */
class FortnightScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aFortnightFromAdmissionToRelease() throws Exception {
        CliHarness cli = new CliHarness(dir);
        ok(cli.at("2020-02-01T08:00", "init"));
        ok(cli.at("2020-02-01T08:10", "hotel", "add", "锦江之星", "--rooms", "101-105,201-205", "--rate", "183.33"));
        String[][] people = {
                {"王伟", CliHarness.id("411302", "19850312", "101"), "13803711234", "河南南阳"},
                {"刘洋", CliHarness.id("411702", "19950915", "103"), "18638001122", "驻马店"},
                {"李娜", CliHarness.id("420106", "19900101", "102"), "13937155678", "湖北省武汉市"},
                {"吴勇", CliHarness.id("420902", "19760505", "109"), "18986001234", "湖北孝感"},
        };
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            ok(cli.at("2020-02-01T1" + i + ":00", "admit", "--name", p[0], "--id", p[1], "--phone", p[2], "--origin", p[3],
                    "--arrived", "2020-02-01", "--temp", "36.4", "--commitment-signed"));
        }
        for (LocalDate d = LocalDate.of(2020, 2, 2); !d.isAfter(LocalDate.of(2020, 2, 15)); d = d.plusDays(1)) {
            for (String time : new String[] {"T08:00", "T15:00"}) {
                for (int c = 1; c <= 4; c++) {
                    String caseNumber = "Q00000" + c;
                    String status = json(cli.run("--format", "json", "show", caseNumber)).get("status").asText();
                    if (!status.equals("ADMITTED")) {
                        continue;
                    }
                    // Case 4 (Xiaogan) develops a fever on the afternoon of day 5.
                    String value = c == 4 && d.equals(LocalDate.of(2020, 2, 5)) && time.equals("T15:00") ? "38.3" : "36.6";
                    ok(cli.at(d + time, "temp", caseNumber, value, "--by", "赵护士"));
                }
            }
            if (d.equals(LocalDate.of(2020, 2, 5))) {
                JsonNode alerts = json(cli.at(d + "T15:05", "--format", "json", "fever", "list"));
                assertThat(alerts.size()).isEqualTo(1);
                assertThat(alerts.get(0).get("caseNumber").asText()).isEqualTo("Q000004");
                assertThat(alerts.get(0).get("reportedAt").isNull()).isTrue();
                ok(cli.at(d + "T15:20", "fever", "report", "Q000004", "--to", "区指挥部值班室"));
                ok(cli.at(d + "T17:00", "transfer", "Q000004", "--hospital", "郑州市第六人民医院"));
            }
            if (d.equals(LocalDate.of(2020, 2, 7))) {
                assertThat(cli.at(d + "T10:00", "release", "Q000001", "--checked-by", "张医生").err())
                        .contains("2020-02-08");
            }
            if (d.equals(LocalDate.of(2020, 2, 8))) {
                JsonNode due = json(cli.at(d + "T09:00", "--format", "json", "due"));
                assertThat(due.get("today")).extracting(n -> n.get("caseNumber").asText())
                        .containsExactly("Q000001", "Q000002");
                ok(cli.at(d + "T10:00", "release", "Q000001", "--checked-by", "张医生"));
                ok(cli.at(d + "T10:10", "release", "Q000002", "--checked-by", "张医生", "--temp", "36.5"));
            }
            if (d.equals(LocalDate.of(2020, 2, 15))) {
                ok(cli.at(d + "T10:00", "release", "Q000003", "--checked-by", "张医生"));
            }
        }
        JsonNode all = json(cli.run("--format", "json", "list")).get("cases");
        assertThat(all).extracting(n -> n.get("status").asText())
                .containsExactly("RELEASED", "RELEASED", "RELEASED", "TRANSFERRED");
        // 7 nights × ¥183.33 = ¥1,283.31: person 384.99, hotel 384.99, subsidy 513.33 (SPEC §7)
        JsonNode nanyang = json(cli.run("--format", "json", "bill", "Q000001"));
        assertThat(nanyang.get("total").asText()).isEqualTo("1283.31");
        assertThat(nanyang.get("person").asText()).isEqualTo("384.99");
        assertThat(nanyang.get("hotelWaiver").asText()).isEqualTo("384.99");
        assertThat(nanyang.get("subsidy").asText()).isEqualTo("513.33");
        for (String c : new String[] {"Q000001", "Q000002", "Q000003", "Q000004"}) {
            JsonNode bill = json(cli.run("--format", "json", "bill", c));
            BigDecimal sum = new BigDecimal(bill.get("hotelWaiver").asText()).add(new BigDecimal(bill.get("subsidy").asText()))
                    .add(new BigDecimal(bill.get("person").asText()));
            assertThat(sum).as(c).isEqualByComparingTo(bill.get("total").asText());
            assertThat(bill.get("estimate").asBoolean()).isFalse();
        }
        assertThat(json(cli.run("--format", "json", "bill", "Q000003")).get("nights").asInt()).isEqualTo(14);
        assertThat(json(cli.run("--format", "json", "bill", "Q000004")).get("nights").asInt()).isEqualTo(4);
        JsonNode rooms = json(cli.run("--format", "json", "hotel", "rooms"));
        assertThat(rooms).filteredOn(r -> r.get("state").asText().equals("NEEDS_DISINFECTION")).hasSize(4);
        assertThat(cli.run("history", "Q000004").out()).contains("fever-report").contains("transfer");
    }

    private static JsonNode json(CliHarness.Result r) throws Exception {
        ok(r);
        return JSON.readTree(r.out());
    }

    private static void ok(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
    }
}
