package dev.quarantine.cli.render;

import dev.quarantine.io.XlsxWriter;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RoomView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The layout of one kind of export (SPEC §9): its columns, each with an English and a Chinese header, and how one
 * record becomes a row of typed values — text, numbers, money, dates, instants — that a CSV file writes as text and a
 * workbook as typed cells. Identity numbers and phones are masked as {@link Docs} says, times are in the policy's zone.
 * The headers are the importer's own names in either language, so that an export of cases imports back as a roster
 * and an export of readings as a sheet of readings, whatever the language. The cases export's {@code origin_text} is
 * the origin as the clerk typed it when that said more than the place ({@code 湖北省武汉市汉口火车站}), blank otherwise,
 * and comes back too.
 *
 * @param <T> the record one row shows
 */
public record ExportSchema<T>(List<Column> columns, BiFunction<T, Docs, List<Object>> rowOf) {
    /** A column: its English header (the importer's canonical name) and its Chinese one. */
    public record Column(String en, String zh) {
        public String header(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    public static final ExportSchema<CaseView> CASES = new ExportSchema<>(columns(
            "case_number", "案例编号", "name", "姓名", "id_type", "证件类型", "id_number", "身份证号码", "phone", "联系电话",
            "origin", "来源地", "origin_name", "来源地名称", "origin_text", "来源地原文",
            "arrival_date", "返郑日期", "community", "所属社区",
            "address", "现住址", "group_renter", "是否群租户", "notes", "备注", "category", "类别",
            "period_days", "隔离天数", "eligible_date", "可解除日期", "status", "状态", "hotel", "酒店", "room", "房间号",
            "block", "服务组", "door_tag", "门牌", "registered_at", "登记时间", "admitted_at", "入住时间",
            "released_at", "解除时间", "checked_by", "检查人", "hospital", "转诊医院", "policy_id", "政策版本"),
            (c, docs) -> values(c.caseNumber(), c.name(), c.idType().id(), docs.idNumber(c), docs.phone(c.phone()),
                    c.originCode(), c.origin(), c.originText().equals(c.origin()) ? null : c.originText(),
                    c.arrivalDate(), c.community(), c.address(),
                    c.groupRenter() ? "yes" : "no", c.notes(), c.category(), c.periodDays(), c.eligibleDate(),
                    c.status(), c.hotel(), c.room(), c.block() == 0 ? null : c.block(), c.doorTag(),
                    c.registeredAt(), c.admittedAt(), c.releasedAt(), c.checkedBy(), c.hospital(), c.policyId()));

    public static final ExportSchema<ReadingResult> READINGS = new ExportSchema<>(columns(
            "case_number", "案例编号", "name", "姓名", "taken_at", "测量时间", "temperature", "体温", "fever", "是否发热",
            "recorded_by", "记录人"),
            (r, docs) -> values(r.caseNumber(), r.name(), r.takenAt(),
                    new XlsxWriter.Decimal(new BigDecimal(r.temperature().toString()), 1),
                    r.fever() ? "yes" : "no", r.recordedBy()));

    public static final ExportSchema<Bill> BILLS = new ExportSchema<>(columns(
            "case_number", "案例编号", "estimate", "预计", "from", "起始日期", "to", "截止日期", "nights", "晚数",
            "nightly_rate", "每晚房价", "total", "合计", "hotel_waiver", "酒店减免", "subsidy", "政府及社区补贴",
            "person", "个人承担", "paid", "已缴", "outstanding", "尚欠", "refund_due", "应退", "rates", "分段房费"),
            (b, docs) -> values(b.caseNumber(), b.estimate() ? "yes" : "no", b.from(), b.to(), b.nights(),
                    b.nightlyRate(), b.total(), b.hotelWaiver(), b.subsidy(), b.person(), b.paid(), b.outstanding(),
                    b.credit(), String.join("; ", b.rates().stream()
                            .map(s -> s.firstNight() + " " + s.nights() + " x " + s.rate()).toList())));

    public static final ExportSchema<RoomView> ROOMS = new ExportSchema<>(columns(
            "hotel", "酒店", "room", "房间号", "state", "状态", "block", "服务组", "case_number", "案例编号", "name", "姓名",
            "note", "备注"),
            (r, docs) -> values(r.hotel(), r.number(), r.state(), r.block(), r.caseNumber(), r.name(), r.note()));

    public static final ExportSchema<HistoryEntry> EVENTS = new ExportSchema<>(columns(
            "id", "序号", "at", "时间", "operator", "操作人", "command", "命令", "case_number", "案例编号",
            "action", "动作", "details", "详情"),
            (e, docs) -> values(e.id(), e.at(), e.operator(), e.command(), e.caseNumber(), e.action(), e.details()));

    public ExportSchema {
        columns = List.copyOf(columns);
    }

    private static List<Column> columns(String... pairs) {
        List<Column> cs = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cs.add(new Column(pairs[i], pairs[i + 1]));
        }
        return cs;
    }

    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    /** The header row in the language of the run. */
    public List<String> header(boolean chinese) {
        return columns.stream().map(c -> c.header(chinese)).toList();
    }

    /** The English header row. */
    public List<String> header() {
        return header(false);
    }

    /** The cells of {@code record}'s row as CSV writes them, one per column. */
    public List<String> row(T record, Docs docs) {
        List<Object> values = rowOf.apply(record, docs);
        List<String> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(text(v, docs));
        }
        return cells;
    }

    /** The cells of {@code record}'s row as a workbook writes them: text, numbers, money, dates, date-times. */
    public List<Object> typedRow(T record, Docs docs) {
        List<Object> values = rowOf.apply(record, docs);
        List<Object> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(typed(v, docs));
        }
        return cells;
    }

    /** A value as CSV text: null is empty, an enum is its name, an instant ISO-8601 in the zone, money 0.00. */
    static String text(Object v, Docs docs) {
        if (v == null) {
            return "";
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Instant i) {
            return docs.time(i);
        }
        if (v instanceof XlsxWriter.Decimal d) {
            return d.value().toPlainString();
        }
        return v.toString();
    }

    /** A value as a workbook cell: an instant as the local time in the zone, money as a number with two decimals. */
    static Object typed(Object v, Docs docs) {
        if (v == null) {
            return null;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, docs.zone());
        }
        if (v instanceof Money m) {
            return new XlsxWriter.Decimal(new BigDecimal(m.toString()), 2);
        }
        if (v instanceof Number || v instanceof XlsxWriter.Decimal || v instanceof java.time.LocalDate) {
            return v;
        }
        return v.toString();
    }
}
