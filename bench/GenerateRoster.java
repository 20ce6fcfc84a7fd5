import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic community roster of N rows for the benchmark: realistic Chinese names, valid resident
 * numbers, phones, origins spread over the policy's categories in the forms people write them, arrival dates over
 * a month, about 2% exact duplicates of earlier rows and 2% invalid rows (bad check character, phone, origin or date).
 * A shape makes the same roster hostile in one way:
 * <ul>
 *   <li>{@code ordinary} (the default): as above;</li>
 *   <li>{@code phone}: every row has the same phone (an office landline typed as a placeholder);</li>
 *   <li>{@code name-phone}: every row has the same name and phone (each a different person by identity number);</li>
 *   <li>{@code long-origin}: every origin cell is {@value #LONG_CELL} characters, the place followed by a long note
 *       (the longest cell a roster may have; such a row is refused with its reason).</li>
 * </ul>
 * Usage: java GenerateRoster.java ROWS OUT.csv [SEED] [SHAPE]
 */
public class GenerateRoster {
    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂英华玉兰萍鹏辉玲建国红梅宇飞斌浩凯欣怡子涵雨轩浩然梓萱"
            + "思远晨曦佳琪俊杰").split("");
    // {origin as written, 6-digit area code for the identity number}
    static final String[][] ORIGINS = {
            {"河南省南阳市", "411302"}, {"南阳", "411303"}, {"信阳市固始县", "411525"}, {"固始县", "411525"},
            {"驻马店", "411702"}, {"周口市", "411602"}, {"河南商丘", "411402"}, {"4113", "411321"}, {"411525", "411525"},
            {"湖北省武汉市", "420106"}, {"武汉", "420102"}, {"湖北孝感", "420902"}, {"42", "420111"}, {"浙江省温州市", "330302"},
            {"广东省深圳市", "440305"}, {"北京市朝阳区", "110105"}, {"上海", "310101"}, {"香港", "810000"},
            {"河南省开封市", "410202"}, {"郑州", "410105"}, {"洛阳市", "410302"}, {"新乡", "410702"}};
    static final int LONG_CELL = 10_000;
    static final String SHARED_PHONE = "0371-67180000";
    static final String SHARED_NAME = "王伟";
    static final String[] COMMUNITIES = {"祭城路社区", "龙湖社区", "金光路社区", "康宁街社区", "商都路社区", "如意湖社区"};

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        Random r = new Random(args.length > 2 ? Long.parseLong(args[2]) : 20200125L);
        String shape = args.length > 3 ? args[3] : "ordinary";
        if (!List.of("ordinary", "phone", "name-phone", "long-origin").contains(shape)) {
            throw new IllegalArgumentException("unknown shape " + shape + ": ordinary, phone, name-phone or long-origin");
        }
        boolean samePhone = shape.equals("phone") || shape.equals("name-phone");
        boolean sameName = shape.equals("name-phone");
        boolean longOrigin = shape.equals("long-origin");
        List<String> recent = new ArrayList<>();
        LocalDate first = LocalDate.of(2020, 1, 25);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("name,id_number,phone,origin,arrival_date,community,address,group_renter\n");
            for (long i = 0; i < rows; i++) {
                int kind = r.nextInt(100);
                if (kind < 2 && !recent.isEmpty()) {
                    w.write(recent.get(r.nextInt(recent.size())));
                    continue;
                }
                String[] origin = ORIGINS[r.nextInt(ORIGINS.length)];
                String area = origin[1].equals("810000") ? "110101" : origin[1];
                LocalDate birth = LocalDate.of(1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
                // The sequence number makes every generated person unique: i spread over the birth date and sequence.
                String seq = String.format("%03d", i % 1000);
                String first17 = area + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth() % 28 + 1).substring(0, 4) + String.format("%02d%02d",
                        (int) (i / 1000 % 12) + 1, (int) (i / 12000 % 28) + 1) + seq;
                String id = first17 + check(first17);
                String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                        + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
                String phone = "1" + (3 + r.nextInt(7)) + String.format("%09d", (i * 7919 + r.nextInt(1000)) % 1_000_000_000L);
                if (samePhone) {
                    phone = SHARED_PHONE;
                }
                if (sameName) {
                    name = SHARED_NAME;
                }
                LocalDate arrival = first.plusDays(r.nextInt(30));
                String date = switch (r.nextInt(4)) {
                    case 0 -> arrival.toString();
                    case 1 -> arrival.getYear() + "/" + arrival.getMonthValue() + "/" + arrival.getDayOfMonth();
                    case 2 -> arrival.getYear() + "年" + arrival.getMonthValue() + "月" + arrival.getDayOfMonth() + "日";
                    default -> arrival.toString().replace("-", "");
                };
                if (kind >= 2 && kind < 4) { // an invalid row
                    switch (r.nextInt(4)) {
                        case 0 -> id = first17 + (check(first17) == '0' ? '1' : '0');
                        case 1 -> phone = phone.substring(0, 7);
                        case 2 -> origin = new String[] {"火星", area};
                        default -> date = "2020年2月30日";
                    }
                }
                String originCell = origin[0];
                if (longOrigin) {
                    StringBuilder note = new StringBuilder(originCell).append("务工返乡，");
                    while (note.length() < LONG_CELL) {
                        note.append(COMMUNITIES[r.nextInt(COMMUNITIES.length)]).append(1 + r.nextInt(300)).append("号院；");
                    }
                    originCell = note.substring(0, LONG_CELL);
                }
                String line = name + "," + id + "," + phone + "," + originCell + "," + date + ","
                        + COMMUNITIES[r.nextInt(COMMUNITIES.length)] + ",郑东新区" + (1 + r.nextInt(300)) + "号院"
                        + (1 + r.nextInt(20)) + "号楼," + (r.nextInt(10) == 0 ? "是" : "否") + "\n";
                w.write(line);
                if (recent.size() < 1000) {
                    recent.add(line);
                } else {
                    recent.set(r.nextInt(1000), line);
                }
            }
        }
    }

    static char check(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] codes = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return codes[sum % 11];
    }
}
