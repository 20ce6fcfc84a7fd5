package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile text is stored literally and neutralized on the way out; personal numbers never leak unmasked. */
class InjectionAndPrivacyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = CliHarness.id("420106", "19900101", "102");
    private static final String PHONE = "13937155678";
    private static final String SQL = "'); DROP TABLE qcase; --";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"click\")";
    private static final String CONTROL = "楼\u0007\u001b[31m红\u001b[0m";

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-03T08:00", "init").code()).isZero();
        assertThat(cli.at("2020-02-03T08:01", "hotel", "add", "锦江之星", "--rooms", "101-105", "--rate", "180").code())
                .isZero();
        CliHarness.Result r = cli.at("2020-02-03T09:00", "admit", "--name", "李娜", "--id", ID, "--phone", PHONE,
                "--origin", "武汉", "--arrived", "2020-02-03", "--temp", "36.5", "--address", SQL, "--notes", FORMULA,
                "--community", CONTROL);
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void sqlFormulasAndControlCharactersAreStoredLiterally() throws Exception {
        JsonNode c = JSON.readTree(cli.run("--format", "json", "show", "Q000001").out());
        assertThat(c.get("address").asText()).isEqualTo(SQL);
        assertThat(c.get("notes").asText()).isEqualTo(FORMULA);
        assertThat(c.get("community").asText()).isEqualTo(CONTROL);
        assertThat(cli.run("list").code()).isZero(); // the table is still there
        assertThat(cli.at("2020-02-03T10:00", "register", "--name", SQL, "--id", CliHarness.id("420106", "19900101", "110"),
                "--phone", PHONE, "--origin", "武汉", "--arrived", "2020-02-03").code()).isEqualTo(2);
    }

    @Test
    void exportsNeutralizeFormulasAndTablesNeverEmitControlCharacters() {
        String csv = cli.run("export", "cases").out();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"").contains("'); DROP TABLE qcase; --");
        String table = cli.run("show", "Q000001").out();
        assertThat(table).doesNotContain("\u001b").doesNotContain("\u0007").contains("楼");
        String list = cli.run("list").out() + cli.run("--lang", "zh", "report", "daily").out();
        assertThat(list).doesNotContain("\u001b");
    }

    @ParameterizedTest(name = "{0} never shows the full identity number or phone")
    @ValueSource(strings = {"table", "csv", "json"})
    void everyFormatMasksIdentityNumbersAndPhones(String format) {
        List<String[]> commands = List.of(new String[] {"show", "Q000001"}, new String[] {"list"}, new String[] {"due"},
                new String[] {"notice", "Q000001"}, new String[] {"history", "Q000001"}, new String[] {"report", "daily"},
                new String[] {"bill", "Q000001"}, new String[] {"hotel", "rooms"}, new String[] {"fever", "list"});
        for (String[] command : commands) {
            String[] args = new String[command.length + 4];
            args[0] = "--now";
            args[1] = "2020-02-09T10:00";
            args[2] = "--format";
            args[3] = format;
            System.arraycopy(command, 0, args, 4, command.length);
            CliHarness.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", command) + r).isZero();
            assertThat(r.out() + r.err()).as(String.join(" ", command)).doesNotContain(ID).doesNotContain(PHONE);
        }
        assertThat(cli.run("export", "cases").out()).doesNotContain(ID).doesNotContain(PHONE);
        assertThat(cli.run("export", "events").out()).doesNotContain(ID).doesNotContain(PHONE);
    }

    @Test
    void unmaskedShowsTheNumbersAndIsAuditedWithTheOperator() throws Exception {
        cli.env.put("QUARANTINE_OPERATOR", "审计员王");
        CliHarness.Result r = cli.run("--unmasked", "--format", "json", "show", "Q000001");
        assertThat(JSON.readTree(r.out()).get("idNumber").asText()).isEqualTo(ID);
        Path out = dir.resolve("full.csv");
        assertThat(cli.run("--unmasked", "export", "cases", "--out", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains(ID).contains(PHONE);
        String events = cli.run("export", "events").out();
        assertThat(events).contains("审计员王,show,,unmasked").contains("审计员王,export,,export,\"cases (1 rows) to "
                + out + ", UNMASKED\"");
    }
}
