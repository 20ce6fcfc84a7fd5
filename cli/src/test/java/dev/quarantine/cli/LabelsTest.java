package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk reads words, not field names: every field a summary shows as a table has a label in English and in Chinese
 * (found missing: {@code notAdmittedPeriodOver}, {@code lines}, {@code headerLine}, {@code rowLines}, {@code written},
 * {@code sheet} in the import summary). The fields are taken from the JSON of the same command, so a field added later
 * without a label fails here.
 */
class LabelsTest {
    private static final String NOW = "2020-02-05T09:00";

    @TempDir
    Path dir;

    @Test
    void everyFieldOfASummaryTableHasALabelInBothLanguages() throws Exception {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.at(NOW, "init").code()).isZero();
        assertThat(cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101-103", "--rate", "180").code()).isZero();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "姓名,身份证号,联系电话,来源地,返郑日期\n"
                + "王伟," + CliHarness.id("410105", "19900101", "001") + ",13803700001,武汉,2020-02-03\n"
                + "李娜," + CliHarness.id("410105", "19900101", "002") + ",13803700002,火星,2020-02-03\n",
                StandardCharsets.UTF_8);
        Path xlsx = Workbooks.write(dir.resolve("roster.xlsx"), "名单", Workbooks.text(List.of(
                List.of("姓名", "身份证号", "联系电话", "来源地", "返郑日期"),
                List.of("张强", CliHarness.id("410105", "19900101", "003"), "13803700003", "南阳", "2020-02-03"))));
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "姓名,身份证号,联系电话,来源地,返郑日期\n"
                + "赵敏," + CliHarness.id("410105", "19900101", "004") + ",13803700004,武汉,2020-02-03\n",
                StandardCharsets.UTF_8);
        CliHarness.Result admitted = cli.at(NOW, "import", "--admit", first.toString());
        assertThat(admitted.code()).as(admitted.toString()).isZero();
        Path readings = dir.resolve("readings.csv");
        Files.writeString(readings, "案例编号,体温,测量时间,测量人\nQ000001,36.6,2020-02-05T08:00,赵护士\n",
                StandardCharsets.UTF_8);

        List<List<String>> commands = List.of(
                List.of("import", "--dry-run", roster.toString()),
                List.of("import", "--dry-run", xlsx.toString()),
                List.of("temp", "import", "--dry-run", readings.toString()),
                List.of("backup", dir.resolve("b.db").toString()));
        List<String> missing = new ArrayList<>();
        for (List<String> command : commands) {
            List<String> json = new ArrayList<>(List.of("--format", "json"));
            json.addAll(command);
            CliHarness.Result asJson = cli.at(NOW, json.toArray(String[]::new));
            assertThat(asJson.code()).as(asJson.toString()).isZero(); // a rejected row is no failure of the command
            Set<String> fields = new LinkedHashSet<>();
            collect(new ObjectMapper().readTree(asJson.out()), fields);
            assertThat(fields).as(command.toString()).isNotEmpty();
            Files.deleteIfExists(dir.resolve("b.db"));
            for (String lang : List.of("en", "zh")) {
                List<String> text = new ArrayList<>(List.of("--lang", lang));
                text.addAll(command);
                CliHarness.Result table = cli.at(NOW, text.toArray(String[]::new));
                assertThat(table.code()).as(table.toString()).isZero();
                for (String field : fields) {
                    if (Pattern.compile("(?m)^" + Pattern.quote(field) + "\\s{2,}").matcher(table.out()).find()) {
                        missing.add(lang + " " + command.get(0) + ": " + field);
                    }
                }
                Files.deleteIfExists(dir.resolve("b.db"));
            }
        }
        assertThat(missing).as("fields shown under their raw names").isEmpty();
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                into.add(name);
                collect(node.get(name), into);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        }
    }
}
