package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections through the real command line (issue 15): {@code amend} with its audit trail, and money corrections
 * ({@code pay -AMOUNT --reason}, {@code --overpay}, {@code refund}) with every entry on the bill.
 */
class CorrectionsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NANYANG_ID = CliHarness.id("411302", "19850312", "101");
    private static final String OTHER_ID = CliHarness.id("411302", "19850312", "202");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        cli.env.put("QUARANTINE_OPERATOR", "李主任");
        assertThat(cli.at("2020-02-03T08:00", "init").code()).isZero();
        assertThat(cli.at("2020-02-03T08:05", "hotel", "add", "锦江之星郑东店", "--rooms", "101-110", "--rate", "180")
                .code()).isZero();
        CliHarness.Result admit = cli.at("2020-02-03T10:00", "admit", "--name", "王伟", "--id", NANYANG_ID, "--phone",
                "13803711234", "--origin", "河南南阳", "--arrived", "2020-02-03", "--community", "祭城路社区", "--temp",
                "36.5", "--commitment-signed");
        assertThat(admit.code()).as(admit.toString()).isZero();
    }

    @Test
    void amendShowsEachChangeBeforeAndAfterAndHistoryKeepsItWithTheReason() {
        CliHarness.Result r = cli.at("2020-02-04T09:00", "amend", "Q000001", "--origin", "武汉", "--phone",
                "13937155678", "--reason", "登记时来源地、电话填错");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Field").contains("Before").contains("After")
                .contains("Phone").contains("138****1234").contains("139****5678")
                .contains("河南省南阳市").contains("湖北省武汉市")
                .contains("Category").contains("IN_PROVINCE_HIGH_RISK").contains("OUT_OF_PROVINCE")
                .contains("Eligible").contains("2020-02-10").contains("2020-02-17")
                .contains("Door tag").contains("YELLOW").contains("RED")
                .doesNotContain("13937155678");
        assertThat(r.err()).contains("amended Q000001: 6 change(s)")
                .contains("door tag of Q000001 in 锦江之星郑东店 room 101 changes from yellow to red");
        cli.env.put("COLUMNS", "300"); // the details on one line, not wrapped to fit a terminal
        CliHarness.Result history = cli.run("history", "Q000001");
        assertThat(history.out()).contains("amend")
                .contains("origin 河南省南阳市 → 湖北省武汉市").contains("eligibleDate 2020-02-10 → 2020-02-17")
                .contains("reason: 登记时来源地、电话填错");
        assertThat(cli.at("2020-02-04T09:00", "show", "Q000001").out()).contains("out of province")
                .contains("2020-02-17").contains("red");
        JsonNode json = json(cli.at("2020-02-04T09:30", "--format", "json", "amend", "Q000001", "--name", "王玮",
                "--reason", "姓名写错"));
        assertThat(json.get("caseNumber").asText()).isEqualTo("Q000001");
        assertThat(json.get("changes").get(0).get("field").asText()).isEqualTo("name");
        assertThat(json.get("changes").get(0).get("before").asText()).isEqualTo("王伟");
        assertThat(json.get("case").get("name").asText()).isEqualTo("王玮");
        CliHarness.Result zh = cli.at("2020-02-04T09:40", "--lang", "zh", "amend", "Q000001", "--name", "王伟",
                "--reason", "改回");
        assertThat(zh.out()).contains("项目").contains("更正前").contains("更正后").contains("姓名");
        assertThat(zh.err()).contains("已更正 Q000001");
    }

    @Test
    void badCorrectionsAreUsageErrorsOrRefusalsNamingWhy() {
        String wrongCheck = OTHER_ID.substring(0, 17) + (OTHER_ID.endsWith("1") ? "2" : "1");
        CliHarness.Result badId = cli.at("2020-02-04T09:00", "amend", "Q000001", "--id", wrongCheck, "--reason", "x");
        assertThat(badId.code()).isEqualTo(2);
        assertThat(badId.err()).contains("--id:").contains("check character").doesNotContain("at dev.");
        CliHarness.Result noReason = cli.at("2020-02-04T09:00", "amend", "Q000001", "--name", "王玮");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliHarness.Result nothing = cli.at("2020-02-04T09:00", "amend", "Q000001", "--reason", "x");
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("--name").contains("--origin");
        CliHarness.Result same = cli.at("2020-02-04T09:00", "amend", "Q000001", "--origin", "南阳", "--reason", "x");
        assertThat(same.code()).isEqualTo(3);
        assertThat(same.err()).contains("nothing was changed");
        assertThat(cli.at("2020-02-10T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.5").code())
                .isZero();
        CliHarness.Result ended = cli.at("2020-02-10T11:00", "amend", "Q000001", "--arrived", "2020-02-02", "--reason",
                "x");
        assertThat(ended.code()).isEqualTo(3);
        assertThat(ended.err()).contains("Q000001 is released").contains("only the name, phone, address and community");
        assertThat(cli.at("2020-02-10T11:00", "amend", "Q000001", "--address", "祭城路 8 号", "--reason", "补充住址")
                .code()).isZero();
        CliHarness.Result missing = cli.at("2020-02-10T11:00", "amend", "Q000099", "--name", "王伟", "--reason", "x");
        assertThat(missing.code()).isEqualTo(4);
    }

    @Test
    void aWrongPaymentIsReversedAndTheBillShowsEveryEntry() {
        assertThat(cli.at("2020-02-03T10:05", "pay", "Q000001", "378").code()).isZero();
        CliHarness.Result reversal = cli.at("2020-02-03T10:10", "pay", "Q000001", "-378", "--reason", "重复录入");
        assertThat(reversal.code()).as(reversal.toString()).isZero();
        assertThat(reversal.out()).contains("Paid          0.00").contains("Outstanding   378.00")
                .contains("Payments").contains("payment").contains("378.00")
                .contains("reversal").contains("-378.00").contains("重复录入");
        CliHarness.Result noReason = cli.at("2020-02-03T10:10", "pay", "Q000001", "-10");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliHarness.Result beyond = cli.at("2020-02-03T10:10", "pay", "Q000001", "-10", "--reason", "x");
        assertThat(beyond.code()).isEqualTo(3);
        assertThat(beyond.err()).contains("only 0.00 is recorded as paid");
        CliHarness.Result over = cli.at("2020-02-03T10:15", "pay", "Q000001", "400");
        assertThat(over.code()).isEqualTo(3);
        assertThat(over.err()).contains("more than the outstanding 378.00").contains("--overpay");
        CliHarness.Result overpaid = cli.at("2020-02-03T10:15", "pay", "Q000001", "400", "--overpay");
        assertThat(overpaid.code()).isZero();
        assertThat(overpaid.out()).contains("Refund due    22.00");
        assertThat(overpaid.err()).contains("22.00 paid beyond the bill").contains("quarantine refund Q000001 22.00");
        CliHarness.Result refund = cli.at("2020-02-03T10:20", "refund", "Q000001", "22", "--reason", "退还多缴");
        assertThat(refund.code()).as(refund.toString()).isZero();
        assertThat(refund.out()).contains("refund").contains("-22.00").contains("Refund due    0.00");
        JsonNode bill = json(cli.run("--format", "json", "bill", "Q000001"));
        assertThat(bill.get("paid").asText()).isEqualTo("378.00");
        assertThat(bill.get("credit").asText()).isEqualTo("0.00");
        assertThat(bill.get("entries")).hasSize(4);
        assertThat(bill.get("entries").get(1).get("kind").asText()).isEqualTo("REVERSAL");
        assertThat(bill.get("entries").get(1).get("amount").asText()).isEqualTo("-378.00");
        assertThat(cli.run("history", "Q000001").out()).contains("reverse").contains("refund");
        CliHarness.Result both = cli.at("2020-02-03T10:20", "pay", "Q000001", "-1", "--reason", "x", "--overpay");
        assertThat(both.code()).isEqualTo(2);
    }

    private static JsonNode json(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        try {
            return JSON.readTree(r.out());
        } catch (Exception e) {
            throw new AssertionError(r.toString(), e);
        }
    }
}
