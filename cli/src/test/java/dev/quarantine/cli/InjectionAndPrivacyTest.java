package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text is stored literally or refused at input, and neutralized on every way out (a database written before
 * control characters were refused still holds them); personal numbers never leak unmasked.
 */
class InjectionAndPrivacyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = CliHarness.id("420106", "19900101", "102");
    private static final String PHONE = "13937155678";
    private static final String SQL = "'); DROP TABLE qcase; --";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"click\")";
    private static final String CONTROL = "楼\u0007\u001b[31m红\u001b[0m";
    private static final String HOTEL = "锦江\u001b]0;pwned\u0007之星\u009b2J";

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
                "--community", "祭城路");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    /** What a database written before control characters were refused may hold. */
    private void legacyControlCharacters() throws Exception {
        try (Connection c = cli.connect();
             PreparedStatement community = c.prepareStatement("UPDATE qcase SET community = ?");
             PreparedStatement hotel = c.prepareStatement("UPDATE hotel SET name = ?")) {
            community.setString(1, CONTROL);
            community.executeUpdate();
            hotel.setString(1, HOTEL);
            hotel.executeUpdate();
        }
    }

    private static void assertNoControl(String text, String what) {
        assertThat(text.chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t'
                || ch >= 0x7f && ch <= 0x9f)).as(what + ": " + text).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedWhereNoOneTypesThem() {
        CliHarness.Result community = cli.at("2020-02-03T10:00", "register", "--name", "王伟", "--id",
                CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234", "--origin", "南阳", "--arrived",
                "2020-02-03", "--community", CONTROL);
        assertThat(community.code()).as(community.toString()).isEqualTo(2);
        assertThat(community.err()).contains("--community").contains("U+0007");
        CliHarness.Result hotel = cli.at("2020-02-03T10:00", "hotel", "add", HOTEL, "--rooms", "1-2", "--rate", "1");
        assertThat(hotel.code()).as(hotel.toString()).isEqualTo(2);
        assertThat(cli.at("2020-02-03T10:00", "--operator", "王\u001b[2J", "list").code()).isEqualTo(2);
        assertThat(cli.at("2020-02-10T10:00", "release", "Q000001", "--checked-by", "张\u0007", "--temp", "36.5").code())
                .isEqualTo(2);
        assertThat(cli.run("show", "Q000001").out()).contains("admitted").doesNotContain("\u0007");
    }
    @Test
    void sqlFormulasAndControlCharactersAreStoredLiterally() throws Exception {
        legacyControlCharacters();
        JsonNode c = JSON.readTree(cli.run("--format", "json", "show", "Q000001").out());
        assertThat(c.get("address").asText()).isEqualTo(SQL);
        assertThat(c.get("notes").asText()).isEqualTo(FORMULA);
        assertThat(c.get("community").asText()).isEqualTo(CONTROL);
        assertThat(cli.run("list").code()).isZero(); // the table is still there
        assertThat(cli.at("2020-02-03T10:00", "register", "--name", SQL, "--id", CliHarness.id("420106", "19900101", "110"),
                "--phone", PHONE, "--origin", "武汉", "--arrived", "2020-02-03").code()).isEqualTo(2);
    }

    @Test
    void exportsNeutralizeFormulasAndNothingReachesATerminalWithControlCharacters() throws Exception {
        legacyControlCharacters();
        String csv = cli.run("export", "cases").out();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"").contains("'); DROP TABLE qcase; --");
        assertNoControl(csv, "export to stdout");
        String table = cli.run("show", "Q000001").out();
        assertThat(table).contains("楼");
        assertNoControl(table, "show");
        for (String format : List.of("table", "csv", "json")) {
            for (String[] command : List.of(new String[] {"list"}, new String[] {"show", "Q000001"},
                    new String[] {"hotel", "list"}, new String[] {"hotel", "rooms"}, new String[] {"report", "daily"},
                    new String[] {"export", "rooms"})) {
                List<String> args = new java.util.ArrayList<>(List.of("--now", "2020-02-04T10:00", "--format", format));
                args.addAll(List.of(command));
                CliHarness.Result r = cli.run(args.toArray(String[]::new));
                assertThat(r.code()).as(r.toString()).isZero();
                assertNoControl(r.out() + r.err(), format + " " + String.join(" ", command));
            }
        }
        // Messages on stderr name the hotel: an admission into it, and an error about it.
        CliHarness.Result admit = cli.at("2020-02-04T09:00", "admit", "--name", "王伟", "--id",
                CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234", "--origin", "武汉", "--arrived",
                "2020-02-03", "--temp", "36.5");
        assertThat(admit.code()).as(admit.toString()).isZero();
        assertNoControl(admit.err(), "admit message");
        CliHarness.Result full = cli.at("2020-02-04T09:00", "hotel", "add", "锦江之星2", "--rooms", "1", "--rate", "1");
        assertThat(full.code()).isZero();
        CliHarness.Result choose = cli.run("hotel", "rooms");
        assertThat(choose.code()).isEqualTo(2);
        assertNoControl(choose.err(), "hotel choice");
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
        assertThat(events).contains("审计员王,show,Q000001,unmasked").contains("审计员王,export,,export,\"cases (1 rows) to "
                + out + ", UNMASKED\"");
        assertThat(cli.run("history", "Q000001").out()).contains("unmasked");
    }
}
