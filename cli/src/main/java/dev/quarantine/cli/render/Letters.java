package dev.quarantine.cli.render;

import dev.quarantine.core.money.RateSpan;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.Letterhead;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.result.ReleaseNotice;
import dev.quarantine.core.money.CostShare;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.health.TimeSlot;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two letters of SPEC §10, always in Chinese: the notice letter (告知书) given on admission and the release notice
 * (解除隔离医学观察告知书), signed with the name of the office that registered the case. Each is first a {@link Letter}
 * — its heading, paragraphs, facts, rules, bill and signature — which prints as plain text that lines up
 * ({@link #text}) and as an HTML page (the {@code page} package).
 */
public final class Letters {
    private static final String NL = System.lineSeparator();
    private static final int WIDTH = 64;
    /** The signature of a letter whose office has no letter name. */
    static final String DEFAULT_SIGNATURE = "街道办事处疫情防控指挥部";

    private Letters() {
    }

    /**
     * A letter's content.
     *
     * @param rules     empty for a letter without rules
     * @param billTitle null for a letter without a bill
     * @param billNights under the bill's title when the rate changed during the stay: a line per rate and the total;
     *                   else empty (the title has the nights)
     */
    public record Letter(String kind, String caseNumber, String heading, String to, List<String> paragraphs,
                         List<String[]> facts, String rulesTitle, List<String> rules, String billTitle,
                         List<String> billNights, List<String[]> billRows, List<String> closing, String signature,
                         String date, String contact) {
    }

    /** The notice letter of an admitted case, as text. */
    public static String notice(Notice n, Policy policy, Docs docs) {
        return text(noticeLetter(n, policy, docs));
    }

    /** The release notice of a released case, as text. */
    public static String releaseNotice(ReleaseNotice r, Docs docs) {
        return text(releaseLetter(r, docs));
    }

    public static Letter noticeLetter(Notice n, Policy policy, Docs docs) {
        CaseView c = n.caseView();
        Bill estimate = n.bill();
        List<String[]> facts = List.of(
                new String[] {"案例编号", c.caseNumber()},
                new String[] {"隔离酒店", c.hotel() == null ? "（未入住）" : c.hotel()},
                new String[] {"房间号", c.room() == null ? "" : c.room() + "（第 " + c.block() + " 服务组）"},
                new String[] {"门牌", tag(c.doorTag())},
                new String[] {"返郑日期", chineseDate(c.arrivalDate()) + "（第 1 天）"},
                new String[] {"隔离期", chineseDate(c.arrivalDate()) + " 至 " + chineseDate(c.lastDay()) + "，共 "
                        + c.periodDays() + " 天"},
                new String[] {"可解除日期", chineseDate(c.eligibleDate()) + "（须经医学检查正常）"},
                new String[] {"承诺书", c.commitmentSignedAt() == null ? "待签署" : "已签署"});
        String slots = policy.slots().stream().map(TimeSlot::toString).collect(Collectors.joining("、"));
        List<String> rules = List.of(
                "一、一人一间，不得离开房间，不得串门、聚集，谢绝探视；",
                "二、每日 " + slots + " 各测体温一次，体温达到 " + policy.feverThreshold()
                        + "℃ 或出现咳嗽、乏力等症状立即报告；",
                "三、餐食、饮水、快递由服务组送到门口，生活垃圾放在门口指定位置；",
                "四、配合每日消毒、巡查和心理疏导；",
                "五、违反规定者将记录在案并依法依规处理。");
        String billTitle = null;
        List<String[]> billRows = List.of();
        if (estimate != null) {
            billTitle = "费用（预计）：" + nights(estimate);
            billRows = List.of(
                    new String[] {"酒店减免 " + policy.shares().percentText(CostShare.HOTEL_WAIVER) + "%",
                            estimate.hotelWaiver().display()},
                    new String[] {"政府及社区补贴 " + policy.shares().percentText(CostShare.SUBSIDY) + "%",
                            estimate.subsidy().display()},
                    new String[] {"个人承担 " + policy.shares().percentText(CostShare.PERSON) + "%",
                            estimate.person().display()});
        }
        ZonedDateTime at = c.admittedAt() == null ? null : c.admittedAt().atZone(policy.zone());
        return new Letter("notice", c.caseNumber(), "集中隔离医学观察告知书",
                c.name() + "（证件号 " + docs.idNumber(c) + "）：",
                List.of("根据疫情防控要求，您自" + c.origin() + "返回，属于" + category(c.category())
                        + "，须在指定酒店集中隔离医学观察 " + c.periodDays() + " 天。"),
                facts, "隔离期间请遵守：", rules, billTitle, rateLines(estimate), billRows, List.of(), signature(n.from()),
                at == null ? "" : chineseDate(at.toLocalDate()), contact(n.from()));
    }

    public static Letter releaseLetter(ReleaseNotice r, Docs docs) {
        CaseView c = r.caseView();
        StringBuilder p = new StringBuilder();
        p.append("您于").append(chineseDate(c.arrivalDate())).append("自").append(c.origin()).append("返回，");
        if (c.hotel() != null) {
            p.append("在").append(c.hotel()).append(c.room()).append("房间");
        } else {
            p.append("居家");
        }
        p.append("隔离医学观察期满，经医务人员").append(r.checkedBy()).append("检查身体状况正常，自")
                .append(chineseDate(LocalDate.ofInstant(r.releasedAt(), docs.zone())))
                .append("起解除隔离医学观察，并已向").append(c.community() == null ? "所属社区" : c.community())
                .append("备案。");
        Bill b = r.bill();
        String billTitle = null;
        List<String[]> billRows = List.of();
        if (b != null) {
            billTitle = "费用结算：" + nights(b);
            billRows = List.of(
                    new String[] {"酒店减免", b.hotelWaiver().display()},
                    new String[] {"政府及社区补贴", b.subsidy().display()},
                    new String[] {"个人承担", b.person().display()},
                    new String[] {"已缴", b.paid().display()},
                    b.credit().isZero() ? new String[] {"尚欠", b.outstanding().display()}
                            : new String[] {"应退", b.credit().display()});
        }
        return new Letter("release", c.caseNumber(), "解除隔离医学观察告知书",
                c.name() + "（证件号 " + docs.idNumber(c) + "）：", List.of(p.toString()),
                List.of(new String[] {"案例编号", c.caseNumber()},
                        new String[] {"解除时间", docs.time(r.releasedAt())},
                        new String[] {"检查人", r.checkedBy()}),
                null, List.of(), billTitle, rateLines(b), billRows,
                List.of("请继续做好个人防护，如有发热、咳嗽等症状及时就医并报告社区。"), signature(r.from()),
                chineseDate(r.releasedAt().atZone(docs.zone()).toLocalDate()), contact(r.from()));
    }

    /** A letter as plain text, 64 cells wide. */
    public static String text(Letter l) {
        StringBuilder t = new StringBuilder();
        t.append(center(l.heading())).append(NL).append(NL);
        t.append(l.to()).append(NL).append(NL);
        for (String p : l.paragraphs()) {
            t.append("  ").append(p).append(NL).append(NL);
        }
        t.append(labelled(l.facts())).append(NL);
        if (!l.rules().isEmpty()) {
            t.append(l.rulesTitle()).append(NL);
            for (String r : l.rules()) {
                t.append("  ").append(r).append(NL);
            }
            t.append(NL);
        }
        if (l.billTitle() != null) {
            t.append(l.billTitle()).append(NL);
            for (String n : l.billNights()) {
                t.append("    ").append(n).append(NL);
            }
            t.append(labelled(l.billRows().stream().map(r -> new String[] {"  " + r[0], r[1]}).toList())).append(NL);
        }
        for (String c : l.closing()) {
            t.append("  ").append(c).append(NL).append(NL);
        }
        t.append(" ".repeat(Math.max(0, WIDTH - CellWidth.of(l.signature())))).append(l.signature()).append(NL)
                .append(" ".repeat(Math.max(0, WIDTH - CellWidth.of(l.date())))).append(l.date()).append(NL);
        return t.toString();
    }

    /**
     * The nights and their cost after the bill's title: {@code 每晚 ¥180.00 × 7 晚 = ¥1,260.00}; nothing when the rate
     * changed during the stay, for {@link #rateLines} then has a line per rate and the total.
     */
    private static String nights(Bill b) {
        return b.severalRates() ? ""
                : "每晚 " + b.nightlyRate().display() + " × " + b.nights() + " 晚 = " + b.total().display();
    }

    /** When the rate changed during the stay, a line per rate and the total; else none. */
    private static List<String> rateLines(Bill b) {
        if (b == null || !b.severalRates()) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (RateSpan s : b.rates()) {
            lines.add(chineseDate(s.firstNight()) + "起 每晚 " + s.rate().display() + " × " + s.nights() + " 晚 = "
                    + s.amount().display());
        }
        lines.add("合计 " + b.nights() + " 晚 " + b.total().display());
        return lines;
    }

    static String signature(Letterhead from) {
        if (from == null) {
            return DEFAULT_SIGNATURE;
        }
        if (from.signature() != null && !from.signature().isBlank()) {
            return from.signature();
        }
        return from.office() == null || from.office().isBlank() ? DEFAULT_SIGNATURE : from.office();
    }

    /** The office's address and phone, for the foot of a printed letter; null when it has neither. */
    static String contact(Letterhead from) {
        if (from == null) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        if (from.address() != null && !from.address().isBlank()) {
            parts.add("地址：" + from.address());
        }
        if (from.phone() != null && !from.phone().isBlank()) {
            parts.add("电话：" + from.phone());
        }
        return parts.isEmpty() ? null : String.join("　", parts);
    }

    static String category(Category c) {
        return switch (c) {
            case IN_PROVINCE_HIGH_RISK -> "省内重点地区返回人员";
            case OUT_OF_PROVINCE -> "省外返回人员";
            case NOT_REQUIRED -> "无需隔离人员";
        };
    }

    static String tag(DoorTag tag) {
        return tag == null ? "无" : tag == DoorTag.RED ? "红色" : "黄色";
    }

    public static String chineseDate(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String labelled(List<String[]> rows) {
        int width = 0;
        for (String[] r : rows) {
            width = Math.max(width, CellWidth.of(r[0]));
        }
        StringBuilder t = new StringBuilder();
        for (String[] r : rows) {
            t.append("  ").append(CellWidth.pad(r[0], width)).append("  ").append(r[1]).append(NL);
        }
        return t.toString();
    }

    private static String center(String title) {
        int pad = Math.max(0, (WIDTH - CellWidth.of(title)) / 2);
        return " ".repeat(pad) + title;
    }
}
