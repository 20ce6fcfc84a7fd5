package dev.quarantine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A case is found by exactly what identifies it, and by what a caller on the phone knows. */
class RightPersonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ends in 234X: its check character is X. */
    private static final String ID_X = "42010619850505234X";

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-01T08:00", "init").code()).isZero();
        register("王伟", ID_X, "13803711234", "武汉", "2020-02-01", "祭城路社区");
        register("王伟", CliHarness.id("410105", "19850312", "101"), "13937155678", "南阳", "2020-02-02", "龙湖社区");
        register("李娜", CliHarness.id("411525", "19780621", "102"), "15617891234", "信阳市固始县", "2020-02-03", "祭城路社区");
        register("张伟强", CliHarness.id("330302", "19870707", "103"), "0371-65551234", "浙江省温州市", "2020-02-04", "金光路社区");
    }

    private void register(String name, String id, String phone, String origin, String arrived, String community) {
        CliHarness.Result r = cli.at("2020-02-05T09:00", "register", "--name", name, "--id", id, "--phone", phone,
                "--origin", origin, "--arrived", arrived, "--community", community);
        assertThat(r.code()).as(r.toString()).isZero();
    }

    private List<String> cases(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--now", "2020-02-05T10:00", "--format", "json"));
        all.addAll(List.of(args));
        CliHarness.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> numbers = new ArrayList<>();
        JSON.readTree(r.out()).get("cases").forEach(c -> numbers.add(c.get("caseNumber").asText()));
        return numbers;
    }

    @Test
    void anIdentityNumberWithAWrongCheckCharacterFindsNoOneAndSaysWhy() {
        String wrong = ID_X.substring(0, 17) + "1";
        CliHarness.Result r = cli.run("show", wrong);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("check character");
        assertThat(cli.run("show", ID_X).out()).contains("Q000001");
        assertThat(cli.run("show", ID_X.toLowerCase()).out()).contains("Q000001");
        assertThat(cli.run("history", wrong).code()).isEqualTo(2);
        assertThat(cli.at("2020-02-05T10:00", "temp", wrong, "36.5").code()).isEqualTo(2);
    }

    @Test
    void aResidentNumberTypedAsAPassportIsTheSamePerson() {
        CliHarness.Result r = cli.at("2020-02-05T10:00", "register", "--name", "王伟", "--id-type", "passport", "--id",
                ID_X, "--phone", "13803711234", "--origin", "武汉", "--arrived", "2020-02-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("duplicate").contains("Q000001");
        CliHarness.Result later = cli.at("2020-02-05T10:00", "register", "--name", "王伟", "--id-type", "passport",
                "--id", ID_X, "--phone", "13803711234", "--origin", "武汉", "--arrived", "2020-02-04");
        assertThat(later.code()).isEqualTo(3);
        assertThat(later.err()).contains("open case Q000001");
    }

    @Test
    void aDuplicateUnderAnotherNameOrPhoneSaysWhatDiffers() {
        CliHarness.Result r = cli.at("2020-02-05T10:00", "register", "--name", "王小伟", "--id", ID_X, "--phone",
                "13900001111", "--origin", "武汉", "--arrived", "2020-02-01");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("duplicate").contains("王伟").contains("王小伟").contains("139****1111");
    }

    @Test
    void listNarrowsByWhatTheCallerKnows() throws Exception {
        assertThat(cases("list", "--name", "王")).containsExactly("Q000001", "Q000002");
        assertThat(cases("list", "--name", "伟")).containsExactly("Q000001", "Q000002", "Q000004");
        assertThat(cases("list", "--phone", "1234")).containsExactly("Q000001", "Q000003", "Q000004");
        assertThat(cases("list", "--phone", "138 0371 1234")).containsExactly("Q000001");
        assertThat(cases("list", "--community", "祭城路")).containsExactly("Q000001", "Q000003");
        assertThat(cases("list", "--origin", "湖北")).containsExactly("Q000001");
        assertThat(cases("list", "--origin", "信阳")).containsExactly("Q000003");
        assertThat(cases("list", "--arrived-from", "2020-02-02", "--arrived-to", "2020-02-03"))
                .containsExactly("Q000002", "Q000003");
        assertThat(cases("list", "--name", "王", "--origin", "南阳")).containsExactly("Q000002");
        assertThat(cli.run("list", "--phone", "12").code()).isEqualTo(2);
    }

    @Test
    void findSearchesNumbersNamesAndTailsAtOnce() throws Exception {
        assertThat(cases("find", "王伟")).containsExactly("Q000001", "Q000002");
        assertThat(cases("find", "伟")).containsExactly("Q000001", "Q000002", "Q000004");
        assertThat(cases("find", "234X")).containsExactly("Q000001");
        assertThat(cases("find", "234x")).containsExactly("Q000001");
        assertThat(cases("find", "1234")).containsExactly("Q000001", "Q000003", "Q000004");
        assertThat(cases("find", "q3")).containsExactly("Q000003");
        assertThat(cases("find", "15617891234")).containsExactly("Q000003");
        assertThat(cases("find", ID_X)).containsExactly("Q000001");
        assertThat(cases("find", "赵六")).isEmpty();
        CliHarness.Result none = cli.run("find", "赵六");
        assertThat(none.err()).contains("no case matches");
        assertThat(cli.run("find", "  ").code()).isEqualTo(2);
    }

    @Test
    void everyCommandThatTakesACaseChecksAnIdentityNumberAsRegisterDoes() {
        String wrong = ID_X.substring(0, 17) + "1";
        List<List<String>> commands = List.of(
                List.of("admit", wrong, "--temp", "36.5"),
                List.of("release", wrong, "--checked-by", "张医生", "--temp", "36.5"),
                List.of("transfer", wrong, "--hospital", "郑州市第六人民医院"),
                List.of("cancel", wrong, "--reason", "entered in error"),
                List.of("bill", wrong),
                List.of("notice", wrong),
                List.of("pay", wrong, "100"),
                List.of("refund", wrong, "10", "--reason", "overpaid"),
                List.of("commitment", wrong),
                List.of("amend", wrong, "--name", "王小伟", "--reason", "typo"),
                List.of("violation", wrong, "--note", "left the room"),
                List.of("fever", "report", wrong, "--to", "指挥部"),
                List.of("fever", "clear", wrong, "--by", "张医生"));
        for (List<String> command : commands) {
            CliHarness.Result r = cli.at("2020-02-05T10:00", command.toArray(String[]::new));
            assertThat(r.code()).as(command + "\n" + r).isEqualTo(2);
            assertThat(r.err()).as(command.toString()).contains("check character").doesNotContain("Q000001")
                    .doesNotContain("at dev.");
            assertThat(r.err().strip().lines().filter(l -> !l.startsWith("see \"quarantine")))
                    .as(command.toString()).hasSize(1);
        }
        // The right number still finds its case, nothing was written by the refused commands.
        assertThat(cli.run("history", ID_X).out()).contains("register").doesNotContain("admit")
                .doesNotContain("cancel").doesNotContain("amend");
    }

    @Test
    void documentTypesAreAcceptedInChineseFromTheCommandLine() throws Exception {
        String resident = CliHarness.id("410105", "19900909", "105");
        CliHarness.Result r = cli.at("2020-02-05T10:00", "register", "--name", "陈静", "--id-type", "身份证", "--id",
                resident, "--phone", "13803710001", "--origin", "南阳", "--arrived", "2020-02-04");
        assertThat(r.code()).as(r.toString()).isZero();
        CliHarness.Result passport = cli.at("2020-02-05T10:00", "register", "--name", "约翰", "--id-type", "护照",
                "--id", "E12345678", "--phone", "13803710002", "--origin", "武汉", "--arrived", "2020-02-04");
        assertThat(passport.code()).as(passport.toString()).isZero();
        assertThat(JSON.readTree(cli.run("--format", "json", "--unmasked", "show", resident).out()).get("idType")
                .asText()).isEqualTo("resident");
        assertThat(JSON.readTree(cli.run("--format", "json", "--unmasked", "show", "Q000006").out()).get("idType")
                .asText()).isEqualTo("passport");
        CliHarness.Result wrong = cli.at("2020-02-05T10:00", "register", "--name", "陈静", "--id-type", "驾照", "--id",
                "X1234567", "--phone", "13803710003", "--origin", "南阳", "--arrived", "2020-02-04");
        assertThat(wrong.code()).isEqualTo(2);
    }
}
