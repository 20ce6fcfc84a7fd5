package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.TextNormalizer;
import dev.quarantine.core.internal.store.RowMapper;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.quarantine.core.internal.service.Fields.field;

/** Finding cases: one by its reference, lists by filter, what a caller on the phone knows, and a case's history. */
public final class QueryService {
    /** How many cases one statement reads by their ids (a parameter each); longer lists take several. */
    static final int BY_IDS = 1000;

    private final DeskContext context;
    private final AuditLog audit;
    private final HotelService hotels;

    public QueryService(DeskContext context, AuditLog audit, HotelService hotels) {
        this.context = context;
        this.audit = audit;
        this.hotels = hotels;
    }

    public CaseView show(String caseRef) {
        return context.db().read(sql -> CaseStore.find(sql, caseRef, context).view());
    }

    /** The first {@code limit} cases matching {@code filter}, in case-number order, with their full count. */
    public Capped<CaseView> list(CaseFilter filter, int limit) {
        return context.db().read(sql -> {
            List<Object> params = new ArrayList<>();
            String where = where(sql, filter, params);
            if (readsEveryName(filter) && limit > 0) {
                return countedWhileListed(sql, where, limit, params.toArray());
            }
            return capped(sql, CaseStore.SELECT, where, "c.id", view(), limit, params.toArray());
        });
    }

    /**
     * True when {@code filter} has a part of a name: the name index is read whole for it, once to count and once to
     * list. (A part of a community is not: a part that every case has, counted in the same statement as the list, took
     * a million cases 1.1 s against 0.5 s.)
     */
    private static boolean readsEveryName(CaseFilter filter) {
        return filter.name() != null && !filter.name().isBlank();
    }

    /**
     * The first {@code limit} cases {@code where} selects, in case-number order, and their full count, from one
     * statement that reads the name index once: counting first and listing after read it twice (a part of a name on a
     * million cases: 0.1 s each).
     */
    private Capped<CaseView> countedWhileListed(Sql sql, String where, int limit, Object... params) {
        long[] total = {0};
        List<Long> ids = sql.list("SELECT c.id, COUNT(*) OVER () FROM qcase c " + where + " ORDER BY c.id LIMIT " + limit,
                rs -> {
                    total[0] = rs.getLong(2);
                    return rs.getLong(1);
                }, params);
        return new Capped<>(byIds(sql, ids, "c.id", view()), total[0]);
    }

    /** Every case matching {@code filter}, in case-number order, as a stream read beside the desk's work. */
    public Stream<CaseView> stream(CaseFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = context.db().read(sql -> where(sql, filter, params));
        int blockSize = context.blockSize();
        return context.db().stream(CaseStore.SELECT + where + "ORDER BY c.id", rs -> CaseStore.view(rs, blockSize),
                params.toArray());
    }

    /** Streams every case matching {@code filter} to {@code consumer}, in case-number order (exports). */
    public void forEach(CaseFilter filter, Consumer<CaseView> consumer) {
        context.db().read(sql -> {
            List<Object> params = new ArrayList<>();
            String where = where(sql, filter, params);
            int blockSize = context.blockSize();
            sql.forEach(CaseStore.SELECT + where + "ORDER BY c.id", rs -> consumer.accept(CaseStore.view(rs, blockSize)),
                    params.toArray());
            return null;
        });
    }

    /** The audit log of one case, oldest first: its own events and the import batches that name it. */
    public List<HistoryEntry> history(String caseRef) {
        return context.db().read(sql -> audit.of(sql, CaseStore.find(sql, caseRef, context).id()));
    }

    private RowMapper<CaseView> view() {
        int blockSize = context.blockSize();
        return rs -> CaseStore.view(rs, blockSize);
    }

    /** The WHERE clause of {@code filter}, its values appended to {@code params}. */
    private String where(Sql sql, CaseFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1" + context.scope("c") + " ");
        if (filter.status() != null) {
            where.append("AND c.status = ? ");
            params.add(filter.status());
        }
        if (filter.category() != null) {
            where.append("AND c.category = ? ");
            params.add(filter.category());
        }
        if (filter.hotel() != null) {
            where.append("AND c.hotel_id = ? ");
            params.add(hotels.id(sql, filter.hotel()));
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            // The name index alone is read (names and ids), not the table: fast on a million cases.
            where.append("AND c.id IN (SELECT id FROM qcase WHERE instr(name, ?) > 0) ");
            params.add(Text.clean("name", filter.name()));
        }
        if (filter.phone() != null && !filter.phone().isBlank()) {
            String digits = filter.phone().replaceAll("[^0-9]", "");
            if (digits.length() == 4) {
                where.append("AND c.id IN (SELECT id FROM qcase WHERE phone_key % 10000 = ?) ");
                params.add(Long.parseLong(digits));
            } else {
                Phone phone = field("phone", () -> Phone.parse(filter.phone()));
                // The phone index leads with the last four (schema 10): both are named for it to be read.
                long key = NewCase.phoneKey(phone);
                where.append("AND c.phone_key % 10000 = ? AND c.phone_key = ? AND c.phone = ? ");
                params.add(key % 10000);
                params.add(key);
                params.add(phone.number());
            }
        }
        if (filter.community() != null && !filter.community().isBlank()) {
            where.append("AND instr(c.community, ?) > 0 ");
            params.add(Text.clean("community", filter.community()));
        }
        if (filter.origin() != null && !filter.origin().isBlank()) {
            String code = field("origin", () -> RegionCatalog.bundled().resolve(filter.origin())).code();
            where.append("AND substr(c.origin_code, 1, ").append(code.length()).append(") = ? ");
            params.add(code);
        }
        if (filter.arrivedFrom() != null) {
            where.append("AND c.arrival_date >= ? ");
            params.add(filter.arrivedFrom());
        }
        if (filter.arrivedTo() != null) {
            where.append("AND c.arrival_date <= ? ");
            params.add(filter.arrivedTo());
        }
        return where.toString();
    }

    /**
     * Finds cases by what a caller on the phone says: a case number, a name or part of one, a full phone or identity
     * number, or the last four characters of either; everything that matches, in case-number order, cut at
     * {@code limit} with the full count.
     */
    public Capped<CaseView> find(String text, int limit) {
        String t = TextNormalizer.foldNoSpaces(text).toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw QuarantineException.forField("text", QuarantineException.invalid("find.empty"));
        }
        // Each way the text can match is its own query of case ids, so that each reads its own index (on a million
        // cases one condition without an index would read the whole table); their union is read once.
        List<String> any = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (t.matches("Q?\\d{1,9}")) {
            any.add("SELECT id FROM qcase WHERE id = ?");
            params.add(Long.parseLong(t.startsWith("Q") ? t.substring(1) : t));
        }
        if (t.matches("\\d{3}[\\dX]")) {
            // The last four of an identity number: a resident's key ends with its first three, then the check.
            byPerson(any, params, "person_key > 0 AND person_key % 1000 = ? AND substr(id_number, 18) = ?",
                    Long.parseLong(t.substring(0, 3)), t.substring(3));
            byPerson(any, params, "person_key IS NULL AND substr(id_number, length(id_number) - 3) = ?", t);
        }
        if (t.matches("\\d{4}")) {
            any.add("SELECT id FROM qcase WHERE phone_key % 10000 = ?");
            params.add(Long.parseLong(t));
        }
        if (t.matches("1[3-9]\\d{9}")) {
            long key = Long.parseLong(t);
            any.add("SELECT id FROM qcase WHERE phone_key % 10000 = ? AND phone_key = ?");
            params.add(key % 10000);
            params.add(key);
        }
        if (t.matches("\\d{15}|\\d{17}[\\dX]") || t.matches("[A-Z]+\\d[A-Z\\d]{3,19}")) {
            try {
                IdentityDocument id = CaseRef.identity(t);
                Long personKey = NewCase.personKey(id);
                if (personKey != null) {
                    byPerson(any, params, "person_key = ? AND id_number = ?", personKey, id.number());
                } else {
                    byPerson(any, params, "person_key IS NULL AND id_number = ?", id.number());
                }
            } catch (QuarantineException e) {
                if (any.isEmpty()) {
                    throw QuarantineException.forField("text", e);
                }
            }
        }
        if (!t.matches("[\\dX]+")) {
            // The name index alone is read (names and ids), not the table.
            any.add("SELECT id FROM qcase WHERE instr(name, ?) > 0");
            params.add(Text.clean("text", text));
        }
        String union = "WHERE c.id IN (" + String.join(" UNION ALL ", any) + ")" + context.scope("c") + " ORDER BY c.id";
        return context.db().read(sql -> {
            List<Long> ids = sql.list("SELECT c.id FROM qcase c " + union, rs -> rs.getLong(1), params.toArray());
            return new Capped<>(byIds(sql, ids.subList(0, Math.min(limit, ids.size())), "c.id", view()), ids.size());
        });
    }

    /**
     * Adds the query of the ids of cases where {@code condition} holds, as two: the identity indexes cover every case
     * but those cancelled (they may be registered again), and the status index finds those.
     */
    private static void byPerson(List<String> any, List<Object> params, String condition, Object... values) {
        any.add("SELECT id FROM qcase WHERE " + condition + " AND status <> 'CANCELLED'");
        params.addAll(Arrays.asList(values));
        any.add("SELECT id FROM qcase WHERE status = 'CANCELLED' AND " + condition);
        params.addAll(Arrays.asList(values));
    }

    /**
     * The numbers of open cases that begin with {@code prefix} ({@code Q00001}, {@code q12}: shell completion), newest
     * first, at most {@code limit}; every open case's when the prefix is empty or just {@code Q}.
     */
    public List<String> openCaseNumbers(String prefix, int limit) {
        String p = TextNormalizer.foldNoSpaces(prefix == null ? "" : prefix).toUpperCase(Locale.ROOT);
        if (p.startsWith("Q")) {
            p = p.substring(1);
        }
        if (!p.matches("\\d{0,9}")) {
            return List.of();
        }
        long lo = 1;
        long hi = Long.MAX_VALUE;
        if (!p.isEmpty() && p.length() <= 6) {
            long scale = (long) Math.pow(10, 6 - p.length());
            lo = Math.max(1, Long.parseLong(p) * scale);
            hi = (Long.parseLong(p) + 1) * scale - 1;
        } else if (!p.isEmpty()) {
            lo = Long.parseLong(p);
            hi = lo;
        }
        long from = lo;
        long to = hi;
        return context.db().read(sql -> sql.list("SELECT c.id FROM qcase c WHERE c.id >= ? AND c.id <= ? "
                        + "AND c.status IN ('REGISTERED', 'ADMITTED')" + context.scope("c") + " ORDER BY c.id DESC LIMIT "
                        + Math.max(1, limit), rs -> dev.quarantine.core.cases.CaseNumber.of(rs.getLong(1)).toString(),
                from, to));
    }

    /** A list cut at {@code limit} with the full count of what {@code where} selects. */
    static <T> Capped<T> capped(Sql sql, String select, String where, String order, RowMapper<T> mapper, int limit,
                                Object... params) {
        return capped(sql, select, where, params, order, new Object[0], mapper, limit);
    }

    /** {@link #capped}, with values for the parameters of the ORDER BY clause too. */
    static <T> Capped<T> capped(Sql sql, String select, String where, Object[] whereParams, String order,
                                Object[] orderParams, RowMapper<T> mapper, int limit) {
        // Counting cases needs no joins: the conditions are on the case row.
        String from = select.equals(CaseStore.SELECT) ? "FROM qcase c " : select.substring(select.indexOf("FROM "));
        return capped(sql, sql.count("SELECT COUNT(*) " + from + where, whereParams), select, where, whereParams, order,
                orderParams, mapper, limit);
    }

    /** {@link #capped} of a list whose full count, {@code total}, is already known (from a tally). */
    static <T> Capped<T> capped(Sql sql, long total, String select, String where, String order, RowMapper<T> mapper,
                                int limit, Object... params) {
        return capped(sql, total, select, where, params, order, new Object[0], mapper, limit);
    }

    private static <T> Capped<T> capped(Sql sql, long total, String select, String where, Object[] whereParams,
                                        String order, Object[] orderParams, RowMapper<T> mapper, int limit) {
        if (total == 0) {
            return new Capped<>(List.of(), 0);
        }
        Object[] params = Arrays.copyOf(whereParams, whereParams.length + orderParams.length);
        System.arraycopy(orderParams, 0, params, whereParams.length, orderParams.length);
        if (select.equals(CaseStore.SELECT) && orderParams.length == 0 && limit < total && limit <= BY_IDS) {
            // The first ids in order, then their rows: sorting a day's 100,000 registrations by id to show 100 of them
            // sorts ids, not whole rows with their joins.
            List<Long> ids = sql.list("SELECT c.id FROM qcase c " + where + " ORDER BY " + order + " LIMIT " + limit,
                    rs -> rs.getLong(1), params);
            return new Capped<>(byIds(sql, ids, order, mapper), total);
        }
        List<T> items = sql.list(select + where + " ORDER BY " + order + (limit < total ? " LIMIT " + limit : ""),
                mapper, params);
        return new Capped<>(items, total);
    }

    /**
     * The cases that the queries {@code parts} select (each a column {@code id} and a column {@code eligible_date}; no
     * case in two of them), in {@code order} ({@code "id"} or {@code "eligible_date, id"}), cut at {@code limit}, with
     * their full count: each part is counted, and its first {@code limit} taken in order, from its own index, and the
     * parts are merged here; only the rows shown are read.
     */
    static <T> Capped<T> cappedIds(Sql sql, List<String> parts, List<Object[]> params, String order,
                                   RowMapper<T> mapper, int limit) {
        return cappedIds(sql, parts, params, new Long[parts.size()], order, mapper, limit);
    }

    /** {@link #cappedIds}, where the count of a part is already known (from a tally) when not null in {@code counts}. */
    static <T> Capped<T> cappedIds(Sql sql, List<String> parts, List<Object[]> params, Long[] counts, String order,
                                   RowMapper<T> mapper, int limit) {
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            total += counts[i] != null ? counts[i] : sql.count("SELECT COUNT(*) FROM (" + parts.get(i) + ") ids",
                    params.get(i));
        }
        if (total == 0) {
            return new Capped<>(List.of(), 0);
        }
        Comparator<DueKey> inOrder = order.equals("id") ? Comparator.comparingLong(DueKey::id)
                : Comparator.comparing(DueKey::eligible).thenComparingLong(DueKey::id);
        List<DueKey> keys = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            keys.addAll(sql.list("SELECT id, eligible_date FROM (" + parts.get(i) + ") ids ORDER BY " + order
                            + (limit < total ? " LIMIT " + limit : ""),
                    rs -> new DueKey(rs.getLong(1), Sql.date(rs, "eligible_date")), params.get(i)));
        }
        keys.sort(inOrder);
        List<Long> ids = keys.stream().limit(limit).map(DueKey::id).toList();
        return new Capped<>(byIds(sql, ids, "c." + order.replace(", ", ", c."), mapper), total);
    }

    /** A case's number and eligible date: what the due lists are ordered by. */
    private record DueKey(long id, LocalDate eligible) {
    }

    /** The rows of the cases {@code ids}, in {@code order} (which is the order of the ids). */
    private static <T> List<T> byIds(Sql sql, List<Long> ids, String order, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BY_IDS) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + BY_IDS));
            rows.addAll(sql.list(CaseStore.SELECT + "WHERE c.id IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ") ORDER BY " + order, mapper,
                    part.toArray()));
        }
        return rows;
    }
}
