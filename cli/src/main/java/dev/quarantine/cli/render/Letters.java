package dev.quarantine.cli.render;

import dev.quarantine.core.money.RateSpan;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.Letterhead;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.health.TimeSlot;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two letters of SPEC §10, always in Chinese, as plain text that prints and lines up: the notice letter
 * (告知书) given on admission and the release notice (解除隔离医学观察告知书).
 */
public final class Letters {
    private static final String NL = System.lineSeparator();
    private static final int WIDTH = 64;

    private Letters() {
    }

    public static String notice(CaseView c, Bill estimate, Letterhead from, Policy policy, Docs docs) {
        StringBuilder t = new StringBuilder();
        t.append(center("集中隔离医学观察告知书")).append(NL).append(NL);
        t.append(c.name()).append("（证件号 ").append(docs.idNumber(c)).append("）：").append(NL).append(NL);
        t.append("  根据疫情防控要求，您自").append(c.origin()).append("返回，属于").append(category(c.category()))
                .append("，须在指定酒店集中隔离医学观察 ").append(c.periodDays()).append(" 天。").append(NL).append(NL);
        List<String[]> rows = List.of(
                new String[] {"案例编号", c.caseNumber()},
                new String[] {"隔离酒店", c.hotel() == null ? "（未入住）" : c.hotel()},
                new String[] {"房间号", c.room() == null ? "" : c.room() + "（第 " + c.block() + " 服务组）"},
                new String[] {"门牌", tag(c.doorTag())},
                new String[] {"返郑日期", chineseDate(c.arrivalDate()) + "（第 1 天）"},
                new String[] {"隔离期", chineseDate(c.arrivalDate()) + " 至 " + chineseDate(c.lastDay()) + "，共 "
                        + c.periodDays() + " 天"},
                new String[] {"可解除日期", chineseDate(c.eligibleDate()) + "（须经医学检查正常）"},
                new String[] {"承诺书", c.commitmentSignedAt() == null ? "待签署" : "已签署"});
        t.append(labelled(rows)).append(NL);
        String slots = policy.slots().stream().map(TimeSlot::toString).collect(Collectors.joining("、"));
        t.append("隔离期间请遵守：").append(NL)
                .append("  一、一人一间，不得离开房间，不得串门、聚集，谢绝探视；").append(NL)
                .append("  二、每日 ").append(slots).append(" 各测体温一次，体温达到 ")
                .append(policy.feverThreshold()).append("℃ 或出现咳嗽、乏力等症状立即报告；").append(NL)
                .append("  三、餐食、饮水、快递由服务组送到门口，生活垃圾放在门口指定位置；").append(NL)
                .append("  四、配合每日消毒、巡查和心理疏导；").append(NL)
                .append("  五、违反规定者将记录在案并依法依规处理。").append(NL).append(NL);
        if (estimate != null) {
            t.append("费用（预计）：").append(nights(estimate));
            t.append(labelled(List.of(
                    new String[] {"  酒店减免 " + policy.shares().percentText(dev.quarantine.core.money.CostShare.HOTEL_WAIVER) + "%",
                            estimate.hotelWaiver().display()},
                    new String[] {"  政府及社区补贴 " + policy.shares().percentText(dev.quarantine.core.money.CostShare.SUBSIDY) + "%",
                            estimate.subsidy().display()},
                    new String[] {"  个人承担 " + policy.shares().percentText(dev.quarantine.core.money.CostShare.PERSON) + "%",
                            estimate.person().display()}))).append(NL);
        }
        t.append(signature(from, c.admittedAt() == null ? null : c.admittedAt().atZone(policy.zone())));
        return t.toString();
    }

    public static String releaseNotice(ReleaseResult r, Letterhead from, Docs docs) {
        CaseView c = r.caseView();
        StringBuilder t = new StringBuilder();
        t.append(center("解除隔离医学观察告知书")).append(NL).append(NL);
        t.append(c.name()).append("（证件号 ").append(docs.idNumber(c)).append("）：").append(NL).append(NL);
        t.append("  您于").append(chineseDate(c.arrivalDate())).append("自").append(c.origin()).append("返回，");
        if (c.hotel() != null) {
            t.append("在").append(c.hotel()).append(c.room()).append("房间");
        } else {
            t.append("居家");
        }
        t.append("隔离医学观察期满，经医务人员").append(r.checkedBy()).append("检查身体状况正常，自")
                .append(chineseDate(LocalDate.ofInstant(r.releasedAt(), docs.zone())))
                .append("起解除隔离医学观察，并已向").append(c.community() == null ? "所属社区" : c.community())
                .append("备案。").append(NL).append(NL);
        t.append(labelled(List.of(
                new String[] {"案例编号", c.caseNumber()},
                new String[] {"解除时间", docs.time(r.releasedAt())},
                new String[] {"检查人", r.checkedBy()}))).append(NL);
        Bill b = r.bill();
        if (b != null) {
            t.append("费用结算：").append(nights(b));
            t.append(labelled(List.of(
                    new String[] {"  酒店减免", b.hotelWaiver().display()},
                    new String[] {"  政府及社区补贴", b.subsidy().display()},
                    new String[] {"  个人承担", b.person().display()},
                    new String[] {"  已缴", b.paid().display()},
                    new String[] {b.credit().isZero() ? "  尚欠" : "  应退", (b.credit().isZero() ? b.outstanding()
                            : b.credit()).display()}))).append(NL);
        }
        t.append("  请继续做好个人防护，如有发热、咳嗽等症状及时就医并报告社区。").append(NL).append(NL);
        t.append(signature(from, r.releasedAt().atZone(docs.zone())));
        return t.toString();
    }

    /**
     * The nights and their cost: {@code 每晚 ¥180.00 × 7 晚 = ¥1,260.00}, or, when the rate changed during the stay, one line
     * per rate and the total.
     */
    private static String nights(Bill b) {
        if (!b.severalRates()) {
            return "每晚 " + b.nightlyRate().display() + " × " + b.nights() + " 晚 = " + b.total().display() + NL;
        }
        StringBuilder t = new StringBuilder(NL);
        for (RateSpan s : b.rates()) {
            t.append("    ").append(chineseDate(s.firstNight())).append("起 每晚 ").append(s.rate().display())
                    .append(" × ").append(s.nights()).append(" 晚 = ").append(s.amount().display()).append(NL);
        }
        return t.append("    合计 ").append(b.nights()).append(" 晚 ").append(b.total().display()).append(NL).toString();
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

    static String chineseDate(LocalDate d) {
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

    /** The office's signature (its letter name), and below it the date, both to the right. */
    private static String signature(Letterhead from, ZonedDateTime at) {
        String office = from.signature();
        String date = at == null ? "" : chineseDate(at.toLocalDate());
        return " ".repeat(WIDTH - CellWidth.of(office)) + office + NL
                + " ".repeat(Math.max(0, WIDTH - CellWidth.of(date))) + date + NL;
    }
}
