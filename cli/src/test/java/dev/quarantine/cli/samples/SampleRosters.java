package dev.quarantine.cli.samples;

import dev.quarantine.core.person.ResidentId;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the sample rosters in {@code samples/} (the repository's own, for its tests, its examples and its users):
 * the same people written the ways communities send them (Excel's CRLF line ends). Deterministic: {@code SamplesAreGeneratedTest} checks that
 * the committed files are exactly what this writes. Run {@code main(samples)} to write them again after a change.
 *
 * <ul>
 *   <li>{@code roster-en.csv}: English headers, UTF-8, ten valid rows;</li>
 *   <li>{@code roster-zh-gbk.csv}: Chinese headers with 序号 and 性别, GBK, dates as 2020/2/3, the ten rows and four
 *       deliberately bad ones (a short phone, 2月31日, an unknown origin, a wrong check character);</li>
 *   <li>{@code roster-zh-utf8bom.csv}: the same in UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8".</li>
 * </ul>
 */
public final class SampleRosters {
    private static final Charset GBK = Charset.forName("GBK");

    /** One returnee: the first 17 digits of the identity number, and how the rosters write the rest. */
    private record Person(String name, String first17, String phone, String origin, int day, String community,
                          String address, boolean groupRenter) {
        String id() {
            return first17 + ResidentId.checkCharacter(first17);
        }
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("王伟", "41010519850312100", "13803711234", "河南省南阳市", 3, "祭城路社区", "郑东新区祭城路88号3号楼", true),
            new Person("李娜", "42010619900101101", "13937155678", "湖北省武汉市", 4, "龙湖社区", "郑东新区龙湖南路12号", false),
            new Person("张强", "41152519780621102", "15617890123", "信阳市固始县", 5, "祭城路社区", "郑东新区商都路5号院", false),
            new Person("刘洋", "41170219950915103", "18638001122", "驻马店", 5, "金光路社区", "郑东新区金光路101号", true),
            new Person("陈静", "41160219881130104", "13783556677", "周口市", 6, "康宁街社区", "郑东新区康宁街3号", false),
            new Person("杨磊", "41140219920228105", "15838229900", "河南省商丘市", 6, "祭城路社区", "郑东新区祭城路18号", false),
            new Person("赵敏", "33030219870707106", "13605771234", "浙江省温州市", 7, "龙湖社区", "郑东新区龙湖外环路7号", true),
            new Person("黄杰", "44030519910101107", "13510102020", "广东省深圳市", 8, "商都路社区", "郑东新区商都路200号", false),
            new Person("周芳", "41010219930303108", "13700000001", "河南省开封市", 8, "祭城路社区", "郑东新区祭城路9号", false),
            new Person("吴勇", "42090219760505109", "18986001234", "湖北孝感", 9, "金光路社区", "郑东新区金光路33号", true));

    private SampleRosters() {
    }

    /** Every sample file by name, as bytes. */
    public static Map<String, byte[]> generate() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("roster-en.csv", english().getBytes(StandardCharsets.UTF_8));
        String chinese = chinese();
        files.put("roster-zh-gbk.csv", chinese.getBytes(GBK));
        files.put("roster-zh-utf8bom.csv", ("\uFEFF" + chinese).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String english() {
        StringBuilder out = new StringBuilder("name,id_number,phone,origin,arrival_date,community,address\r\n");
        for (Person p : PEOPLE) {
            out.append(String.join(",", p.name(), p.id(), p.phone(), p.origin(), "2020-02-0" + p.day(), p.community(),
                    p.address())).append("\r\n");
        }
        return out.toString();
    }

    private static String chinese() {
        List<String> lines = new ArrayList<>();
        lines.add("序号,姓名,性别,身份证号码,联系电话,来源地,返郑日期,所属社区,现住址,备注");
        int n = 1;
        for (Person p : PEOPLE) {
            // The Chinese roster numbers its people anew: sequence 200, 201, … after the birth date (even: women).
            String first17 = p.first17().substring(0, 14) + (199 + n);
            String sex = (199 + n) % 2 == 1 ? "男" : "女";
            lines.add(String.join(",", Integer.toString(n), p.name(), sex, first17 + ResidentId.checkCharacter(first17),
                    p.phone(), p.origin(), "2020/2/" + p.day(), p.community(), p.address(), p.groupRenter() ? "群租户" : ""));
            n++;
        }
        // Deliberately bad rows: each is rejected, the reason written in its notes.
        lines.add(bad(11, "孙丽", "女", "41010519860210300", "1380371", "河南省南阳市", "2020/2/10", "祭城路社区",
                "郑东新区祭城路1号", "电话位数不对", false));
        lines.add(bad(12, "马超", "男", "42010619890909301", "13937100000", "湖北省武汉市", "2020年2月31日", "龙湖社区",
                "郑东新区龙湖路1号", "日期不存在", false));
        lines.add(bad(13, "朱红", "女", "41152519700101302", "15600000000", "火星", "2020-02-10", "祭城路社区",
                "郑东新区1号", "来源地无法识别", false));
        lines.add(bad(14, "胡军", "男", "41170219951015303", "18600000000", "驻马店市", "2020-02-10", "金光路社区",
                "郑东新区2号", "身份证校验位错误", true));
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String bad(int n, String name, String sex, String first17, String phone, String origin, String date,
                              String community, String address, String notes, boolean wrongCheck) {
        char check = ResidentId.checkCharacter(first17);
        char written = wrongCheck ? (check == '0' ? '1' : '0') : check;
        return String.join(",", Integer.toString(n), name, sex, first17 + written, phone, origin, date, community,
                address, notes);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : generate().entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
    }
}
