package dev.quarantine.cli.render;

import dev.quarantine.cli.io.CsvOutput;
import dev.quarantine.io.XlsxWriter;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * An empty roster for a community to fill in ({@code import --template FILE}): the Chinese headers the importer reads
 * best, one example row, and — in a workbook — the identity and phone columns formatted as text (so that Excel never
 * turns an identity number into 4.10105E+17) and a second sheet explaining each column. The example row's name is
 * marked (示例), which no name may hold: left in by mistake, it is rejected, never registered.
 */
public final class RosterTemplate {
    /** header, example, explanation. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"姓名", "（示例）王伟", "必填。1–50 个字，可含少数民族姓名的间隔号“·”。本行为示例：导入前请删除（留下也只会被退回，不会登记）。"},
            new String[] {"证件类型", "身份证", "选填：身份证（默认）、护照或其他（港澳台通行证等）。"},
            new String[] {"身份证号码", "410105198503121008", "必填。18 位身份证号（末位可为 X）或 15 位老号码；本列已设为文本格式，请勿改成数值，否则 Excel 会丢掉后几位。"},
            new String[] {"联系电话", "13803711234", "必填。11 位手机号，或带区号的固定电话（0371-65551234）。"},
            new String[] {"来源地", "河南南阳", "必填。从哪里返回：省、市、县名称（湖北武汉、信阳市固始县）或 2、4、6 位行政区划代码。"},
            new String[] {"返郑日期", "2020-02-03", "必填。到达日期，如 2020-02-03、2020/2/3、2020年2月3日；也可以是 Excel 日期。"},
            new String[] {"所属社区", "祭城路社区", "选填。所属社区，解除隔离时据此备案。"},
            new String[] {"现住址", "郑东新区祭城路100号", "选填。现住址。"},
            new String[] {"是否群租户", "否", "选填：是/否。群租户优先安排入住。"},
            new String[] {"体温", "36.5", "选填。入住体温（℃），import --admit 用它；37.3 及以上不安排入住。"},
            new String[] {"备注", "", "选填。"});
    /** The columns written as text: the identity number and the phone. */
    static final List<Integer> TEXT_COLUMNS = List.of(2, 3);

    private RosterTemplate() {
    }

    public static List<String> headers() {
        return COLUMNS.stream().map(c -> c[0]).toList();
    }

    /** Writes the template, {@code .xlsx} or CSV by the file's name, whole or not at all. */
    public static void write(Path target, boolean force, Collection<Path> protectedPaths) {
        boolean workbook = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try (AtomicOutput out = AtomicOutput.open(target, force, protectedPaths)) {
            try {
                if (workbook) {
                    XlsxWriter xlsx = new XlsxWriter(out.stream());
                    XlsxWriter.Sheet roster = xlsx.sheet("名单", headers())
                            .title("返郑人员登记表（填好后用 quarantine import 导入；第 3 行是示例，请删除）");
                    TEXT_COLUMNS.forEach(roster::textColumn);
                    List<Object> example = new ArrayList<>();
                    COLUMNS.forEach(c -> example.add(c[1]));
                    roster.row(example);
                    XlsxWriter.Sheet help = xlsx.sheet("填写说明", List.of("列名", "说明", "示例"));
                    for (String[] c : COLUMNS) {
                        help.row(List.of(c[0], c[2], c[1]));
                    }
                    help.row(List.of("", "表头可在第 1–11 行中的任意一行；表头上方的标题行会被跳过。也认英文表头：name, id_number, phone, origin, arrival_date …", ""));
                    xlsx.finish();
                } else {
                    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8));
                    CsvOutput csv = new CsvOutput(w, true, false);
                    csv.row(headers());
                    csv.row(COLUMNS.stream().map(c -> c[1]).toList());
                    csv.flush();
                }
            } catch (UncheckedIOException e) {
                throw FileProblems.of(target, e.getCause());
            }
            out.commit();
        }
    }
}
