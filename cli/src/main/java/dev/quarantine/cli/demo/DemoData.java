package dev.quarantine.cli.demo;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.roster.RegistrationInput;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * The demo's fortnight at one hotel, 2020-02-01 … 2020-02-14, driven through the same facade the commands use:
 * registrations from the high-risk prefectures, Hubei and other provinces, admissions, two readings a day, a fever
 * reported and transferred, another cleared after review, releases, payments, a violation and a cancellation.
 * Deterministic: the same database every time.
 */
public final class DemoData {
    static final String HOTEL = "锦江之星郑东店";
    static final LocalDate FIRST = LocalDate.of(2020, 2, 1);
    static final LocalDate LAST = LocalDate.of(2020, 2, 14);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英"};
    private static final String[][] ORIGINS = {
            {"河南省南阳市", "411302"}, {"信阳市固始县", "411525"}, {"驻马店", "411702"}, {"周口市", "411602"},
            {"河南商丘", "411402"}, {"湖北省武汉市", "420106"}, {"湖北孝感", "420902"}, {"浙江省温州市", "330302"},
            {"广东省深圳市", "440305"}, {"河南省开封市", "410202"}, {"北京市朝阳区", "110105"}, {"香港", "410105"}};
    private static final String[] COMMUNITIES = {"祭城路社区", "龙湖社区", "金光路社区", "康宁街社区", "商都路社区"};

    private DemoData() {
    }

    /** What the demo made, for the command to print. */
    public record Summary(String database, String hotel, int rooms, int cases, int admitted, int released,
                          int transferred, int readings, String today, String someCase) {
        /** What the demo made, naming the file it ended up in. */
        public Map<String, Object> doc(String file) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("database", file);
            d.put("hotel", hotel);
            d.put("rooms", rooms);
            d.put("cases", cases);
            d.put("admittedNow", admitted);
            d.put("released", released);
            d.put("transferred", transferred);
            d.put("readings", readings);
            d.put("demoToday", today);
            return d;
        }
    }

    public static Summary build(Path file, String operator) {
        return build(file, operator, (day, desk) -> { });
    }

    /**
     * The demo, with {@code endOfDay} called at 23:59:59 of each of its days (a test compares the state then with what
     * a report for that day says later).
     */
    public static Summary build(Path file, String operator, BiConsumer<LocalDate, QuarantineDesk> endOfDay) {
        Policy policy = Policy.zhengzhou2020();
        SteppingClock clock = new SteppingClock(policy.zone(), FIRST.atTime(8, 0));
        Random random = new Random(20200201L);
        int readings = 0;
        try (QuarantineDesk desk = QuarantineDesk.create(file, clock, operator, List.of())) {
            desk.command("demo");
            desk.audit().record(null, "demo", "fortnight " + FIRST + " to " + LAST);
            desk.hotels().add(HOTEL, "郑东新区祭城路100号", Money.parse("180"), "101-110,201-210");
            team(desk);
            int person = 0;
            for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                // Morning round: readings of everyone in the hotel, then releases of those due.
                clock.set(day.atTime(8, 30));
                readings += round(desk, random, day.equals(LocalDate.of(2020, 2, 7)) || day.equals(LAST));
                housekeeping(desk, clock, day);
                clock.set(day.atTime(10, 0));
                for (CaseView due : desk.reports().due(day).today().items()) {
                    release(desk, due);
                }
                for (CaseView due : desk.reports().due(day).overdue().items()) {
                    release(desk, due);
                }
                // Arrivals of the day, registered and admitted at noon.
                int arrivals = day.equals(LAST) ? 1 : 2 + random.nextInt(2);
                for (int i = 0; i < arrivals; i++, person++) {
                    clock.set(day.atTime(11, 0).plusMinutes(i * 7L));
                    RegisterResult r = desk.cases().register(input(person, day, random));
                    if (r.caseView().status() == CaseStatus.REGISTERED && person % 9 != 4) {
                        clock.set(day.atTime(12, 0).plusMinutes(i * 9L));
                        try {
                            desk.cases().admit(new AdmitRequest(r.caseView().caseNumber(), null,
                                    "36." + (2 + random.nextInt(6)), HOTEL, null, person % 7 != 3));
                        } catch (QuarantineException e) {
                            // The hotel may be full: the person stays in home observation, as in real life.
                        }
                    }
                }
                events(desk, clock, day);
                // Afternoon round.
                clock.set(day.atTime(15, 30));
                readings += round(desk, random, false);
                clock.set(day.atTime(23, 59, 59));
                endOfDay.accept(day, desk);
            }
            clock.set(LAST.atTime(18, 0));
            List<CaseView> all = desk.cases().list(CaseFilter.ALL);
            String some = all.stream().filter(c -> c.status() == CaseStatus.ADMITTED).map(CaseView::caseNumber)
                    .findFirst().orElse(all.get(0).caseNumber());
            return new Summary(file.toString(), HOTEL, 20, all.size(),
                    (int) all.stream().filter(c -> c.status() == CaseStatus.ADMITTED).count(),
                    (int) all.stream().filter(c -> c.status() == CaseStatus.RELEASED).count(),
                    (int) all.stream().filter(c -> c.status() == CaseStatus.TRANSFERRED).count(),
                    readings, LAST.atTime(18, 0).toString(), some);
        }
    }

    /** A full team for every block but one role left empty in block 3, as happens when someone falls ill. */
    private static void team(QuarantineDesk desk) {
        String[][] people = {{"party-member", "党员"}, {"volunteer", "志愿者"}, {"police", "民警"}, {"medical", "医生"},
                {"hotel-staff", "服务员"}};
        for (int block = 1; block <= 4; block++) {
            for (int r = 0; r < people.length; r++) {
                if (block == 3 && people[r][0].equals("medical")) {
                    continue;
                }
                desk.operations().setTeamMember(HOTEL, block, people[r][0],
                        SURNAMES[(block * 5 + r) % SURNAMES.length] + people[r][1],
                        "1390371" + String.format("%04d", block * 100 + r));
            }
        }
    }

    /**
     * Each morning: rooms vacated the day before are disinfected, then the public areas, then the daily inspection;
     * meals and parcels are asked for and delivered. On the last day some of it is still to do, so the daily report
     * has something to show in every section.
     */
    private static void housekeeping(QuarantineDesk desk, SteppingClock clock, LocalDate day) {
        boolean last = day.equals(LAST);
        clock.set(day.atTime(9, 0));
        for (var room : desk.hotels().rooms(HOTEL)) {
            if (room.state() == dev.quarantine.core.hotel.RoomState.NEEDS_DISINFECTION) {
                desk.operations().disinfect(HOTEL, room.number(), null, "保洁 钱师傅");
            }
        }
        for (dev.quarantine.core.ops.PublicArea area : dev.quarantine.core.ops.PublicArea.values()) {
            if (!last || area == dev.quarantine.core.ops.PublicArea.BINS) {
                desk.operations().disinfect(HOTEL, null, area, "保洁 钱师傅");
            }
        }
        if (!last) {
            clock.set(day.atTime(9, 40));
            desk.operations().inspect(HOTEL, "街道 孙科长", day.getDayOfMonth() % 4 == 0 ? "三楼走廊垃圾未及时清运，已整改" : null);
        }
        List<CaseView> admitted = desk.cases().list(new CaseFilter(CaseStatus.ADMITTED, null, null));
        if (admitted.size() >= 2) {
            clock.set(day.atTime(10, 30));
            var meal = desk.operations().addService(admitted.get(0).caseNumber(),
                    dev.quarantine.core.ops.ServiceType.MEAL, "清真餐");
            var parcel = desk.operations().addService(admitted.get(1).caseNumber(),
                    dev.quarantine.core.ops.ServiceType.PARCEL_IN, "快递到前台");
            clock.set(day.atTime(11, 15));
            desk.operations().serviceDone(meal.id(), "志愿者 郑");
            desk.operations().serviceDone(parcel.id(), "志愿者 郑");
        }
        if (day.equals(LocalDate.of(2020, 2, 4)) && !admitted.isEmpty()) {
            clock.set(day.atTime(11, 30));
            desk.operations().landlord(admitted.get(0).caseNumber(), 14, null, "房东 冯先生");
        }
        if (last && admitted.size() >= 3) {
            clock.set(day.atTime(14, 0));
            desk.operations().addService(admitted.get(2).caseNumber(), dev.quarantine.core.ops.ServiceType.COUNSELING,
                    "焦虑，想和家人视频");
        }
    }

    /** The fortnight's incidents, on fixed days. */
    private static void events(QuarantineDesk desk, SteppingClock clock, LocalDate day) {
        List<CaseView> admitted = desk.cases().list(new CaseFilter(CaseStatus.ADMITTED, null, null));
        if (admitted.isEmpty()) {
            return;
        }
        if (day.equals(LocalDate.of(2020, 2, 6))) {
            CaseView c = admitted.get(0);
            clock.set(day.atTime(14, 10));
            desk.health().recordTemperature(c.caseNumber(), "38.1", null, "hotel-staff 刘");
            clock.set(day.atTime(14, 30));
            desk.health().reportFever(c.caseNumber(), "区疫情防控指挥部 值班室");
            clock.set(day.atTime(16, 0));
            desk.cases().transfer(c.caseNumber(), "郑州市第六人民医院");
        }
        if (day.equals(LocalDate.of(2020, 2, 9))) {
            CaseView c = admitted.get(admitted.size() - 1);
            clock.set(day.atTime(14, 5));
            desk.health().recordTemperature(c.caseNumber(), "37.4", null, "hotel-staff 刘");
            clock.set(day.atTime(17, 0));
            desk.health().reportFever(c.caseNumber(), "区疫情防控指挥部 值班室");
            clock.set(day.atTime(19, 30));
            desk.health().recordTemperature(c.caseNumber(), "36.7", null, "张医生");
            desk.health().clearFever(c.caseNumber(), "张医生", "复测正常，无症状");
        }
        if (day.equals(LocalDate.of(2020, 2, 10))) {
            clock.set(day.atTime(16, 20));
            desk.cases().violation(admitted.get(0).caseNumber(), "擅自离开房间到走廊", "口头警告并记录");
        }
        if (day.equals(LocalDate.of(2020, 2, 12))) {
            clock.set(day.atTime(16, 40));
            List<CaseView> home = desk.cases().list(new CaseFilter(CaseStatus.REGISTERED, null, null));
            if (!home.isEmpty()) {
                desk.cases().cancel(home.get(home.size() - 1).caseNumber(), "重复登记，社区已核实");
            }
        }
        if (day.equals(LAST)) {
            CaseView c = admitted.get(admitted.size() / 2);
            clock.set(day.atTime(14, 20));
            desk.health().recordTemperature(c.caseNumber(), "37.6", null, "medical 赵护士");
            clock.set(day.atTime(15, 0));
            desk.cases().violation(admitted.get(admitted.size() - 1).caseNumber(), "点外卖未经登记", "批评教育");
        }
        if (day.equals(LocalDate.of(2020, 2, 13))) {
            clock.set(day.atTime(16, 50));
            admitted.stream().filter(c -> c.commitmentSignedAt() == null).findFirst()
                    .ifPresent(c -> desk.cases().commitment(c.caseNumber()));
        }
    }

    /** A reading for everyone in the hotel, except one case on a forgetful day (a missed check for the report). */
    private static int round(QuarantineDesk desk, Random random, boolean skipOne) {
        int n = 0;
        List<CaseView> admitted = desk.cases().list(new CaseFilter(CaseStatus.ADMITTED, null, null));
        for (int i = 0; i < admitted.size(); i++) {
            if (skipOne && i == 0) {
                continue;
            }
            desk.health().recordTemperature(admitted.get(i).caseNumber(), "36." + (1 + random.nextInt(8)), null,
                    i % 2 == 0 ? "medical 赵护士" : "hotel-staff 刘");
            n++;
        }
        return n;
    }

    private static void release(QuarantineDesk desk, CaseView c) {
        try {
            desk.cases().release(c.caseNumber(), "张医生", c.status() == CaseStatus.ADMITTED ? "36.5" : null, null);
            if (c.status() == CaseStatus.ADMITTED) {
                Money owed = desk.billing().bill(c.caseNumber()).outstanding();
                if (!owed.isZero() && c.caseNumber().hashCode() % 3 != 0) {
                    desk.billing().pay(c.caseNumber(), owed);
                }
            }
        } catch (QuarantineException e) {
            // An open fever alert keeps a case in: the report shows it as overdue.
        }
    }

    static RegistrationInput input(int n, LocalDate day, Random random) {
        String name = SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + 3) % GIVEN.length];
        String[] origin = ORIGINS[n % ORIGINS.length];
        String area = origin[1];
        LocalDate birth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = area + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", 100 + n);
        String id = first17 + ResidentId.checkCharacter(first17);
        String phone = "13" + (8 + n % 2) + String.format("%08d", 37_100_000 + n * 1_337);
        LocalDate arrival = n % 5 == 2 ? day.minusDays(1) : day;
        String community = COMMUNITIES[n % COMMUNITIES.length];
        return new RegistrationInput(name, "resident", id, phone, origin[0], arrival.toString(), community,
                "郑东新区" + community.replace("社区", "") + (10 + n) + "号", n % 6 == 1 ? "yes" : "no", null);
    }

}
