package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.internal.store.RowMapper;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.result.CaseView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How cases are read and written: the SQL every service shares, and the binding of a {@link NewCase}. */
public final class CaseStore {
    /** Every column a {@link CaseView} needs; append WHERE / ORDER BY. */
    public static final String SELECT = "SELECT c.id, c.origin_code, o.name AS origin_name, c.origin_text, c.category, "
            + "c.period_days, c.door_tag, c.arrival_date, c.eligible_date, c.policy_id, c.status, c.community, "
            + "c.address, c.group_renter, c.notes, c.registered_at, c.admitted_at, c.intake_tenths, c.commitment_signed_at, "
            + "c.released_at, c.checked_by, c.hospital, c.hotel_id, c.room_id, c.rate_fen, "
            + "c.id_type, c.id_number, c.name, c.phone, c.sex, c.birth_date, "
            + "h.name AS hotel_name, r.number AS room_number, r.position AS room_position, f.name AS office_name "
            + "FROM qcase c LEFT JOIN origin o ON o.code = c.origin_code LEFT JOIN office f ON f.id = c.office_id "
            + "LEFT JOIN hotel h ON h.id = c.hotel_id LEFT JOIN room r ON r.id = c.room_id ";

    /** The columns a new case writes; its id comes from the database. */
    private static final List<String> COLUMNS = List.of("person_key", "id_type", "id_number", "name", "phone",
            "phone_key", "sex", "birth_date", "origin_code", "origin_text", "category", "period_days", "door_tag",
            "arrival_date", "eligible_date", "policy_id", "status", "community", "address", "group_renter", "notes",
            "registered_at", "office_id");

    /** Inserts a case with its id; a row that breaks a uniqueness rule is skipped (0 rows), the caller finds out why. */
    private static final String INSERT = "INSERT INTO qcase (id, " + String.join(", ", COLUMNS) + ") VALUES (?, "
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ") ON CONFLICT DO NOTHING";

    /** The columns an import looks cases up by: its people (BatchConflicts, refusals), their names and phones. */
    private static final List<String> LOOKUPS = List.of("person_key", "id_type", "id_number", "arrival_date", "status",
            "name", "phone");

    /** Records an origin's full name once (cases refer to it by code). */
    private static final String ORIGIN = "INSERT INTO origin (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING";

    private CaseStore() {
    }

    /** A case row with its database ids, for operations that update it. */
    public record Row(long id, Long hotelId, Long roomId, Long rateFen, CaseView view) {
        public CaseNumber number() {
            return CaseNumber.of(id);
        }
    }

    public static RowMapper<Row> mapper(int blockSize) {
        return rs -> new Row(rs.getLong("id"), Sql.nullableLong(rs, "hotel_id"), Sql.nullableLong(rs, "room_id"),
                Sql.nullableLong(rs, "rate_fen"), view(rs, blockSize));
    }

    public static CaseView view(ResultSet rs, int blockSize) throws SQLException {
        String tag = rs.getString("door_tag");
        String sex = rs.getString("sex");
        Long intake = Sql.nullableLong(rs, "intake_tenths");
        Long position = Sql.nullableLong(rs, "room_position");
        String origin = rs.getString("origin_name") != null ? rs.getString("origin_name") : rs.getString("origin_code");
        String originText = rs.getString("origin_text");
        return new CaseView(
                CaseNumber.of(rs.getLong("id")).toString(),
                rs.getString("name"),
                IdType.valueOf(rs.getString("id_type")),
                rs.getString("id_number"),
                sex == null ? null : Sex.valueOf(sex),
                Sql.date(rs, "birth_date"),
                rs.getString("phone"),
                origin,
                rs.getString("origin_code"),
                Category.valueOf(rs.getString("category")),
                rs.getInt("period_days"),
                Sql.date(rs, "arrival_date"),
                Sql.date(rs, "eligible_date"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("hotel_name"),
                rs.getString("room_number"),
                position == null ? 0 : Room.blockOf(position.intValue(), blockSize),
                tag == null ? null : DoorTag.valueOf(tag),
                rs.getString("policy_id"),
                rs.getString("community"),
                rs.getString("address"),
                rs.getInt("group_renter") != 0,
                rs.getString("notes"),
                Sql.instant(rs, "registered_at"),
                Sql.instant(rs, "admitted_at"),
                intake == null ? null : Temperature.ofTenths(intake.intValue()),
                Sql.instant(rs, "commitment_signed_at"),
                Sql.instant(rs, "released_at"),
                rs.getString("checked_by"),
                rs.getString("hospital"),
                rs.getString("office_name"),
                originText != null ? originText : origin);
    }

    /** The case of {@code id}; inside a write transaction its row is locked until the end (see {@link Sql#forUpdate}). */
    public static Row byId(Sql sql, long id, int blockSize) {
        return sql.one(SELECT + "WHERE c.id = ?" + sql.forUpdate("c"), mapper(blockSize), id).orElseThrow();
    }

    /** {@link #find(Sql, String, int, String)} within the desk's office (see {@link DeskContext#scope}). */
    public static Row find(Sql sql, String ref, DeskContext context) {
        return find(sql, ref, context.blockSize(), context.scope("c"));
    }

    /**
     * Finds a case by its number ({@code Q000012}) or by the person's identity number, exactly: their open case, else
     * their newest. An identity number is checked as a registration checks it, so a wrong check character is an input
     * error naming it, never a near match.
     *
     * @throws QuarantineException {@code NOT_FOUND} {@code case.notFound}; {@code INVALID_INPUT} for a malformed number
     */
    public static Row find(Sql sql, String ref, int blockSize, String scope) {
        if (ref == null || ref.isBlank()) {
            throw QuarantineException.invalid("case.refEmpty");
        }
        Optional<CaseNumber> number = CaseNumber.parse(ref);
        Optional<Row> row;
        if (number.isPresent()) {
            row = sql.one(SELECT + "WHERE c.id = ?" + scope + sql.forUpdate("c"), mapper(blockSize), number.get().id());
        } else {
            IdentityDocument id = CaseRef.identity(ref);
            Long personKey = NewCase.personKey(id);
            String open = "ORDER BY CASE WHEN c.status IN ('REGISTERED', 'ADMITTED') THEN 0 ELSE 1 END, c.id DESC";
            // The person_key index finds a resident; the full number must then match too.
            String lock = sql.forUpdate("c");
            List<Row> rows = personKey != null
                    ? sql.list(SELECT + "WHERE c.person_key = ? AND c.id_number = ? AND c.status <> 'CANCELLED'" + scope
                    + " " + open + lock, mapper(blockSize), personKey, id.number())
                    : sql.list(SELECT + "WHERE c.person_key IS NULL AND c.id_number = ? AND c.status <> 'CANCELLED'"
                    + scope + " " + open + lock, mapper(blockSize), id.number());
            if (rows.isEmpty()) {
                rows = sql.list(SELECT + "WHERE c.id_number = ?" + scope + " ORDER BY c.id DESC" + lock,
                        mapper(blockSize), id.number());
            }
            row = rows.stream().findFirst();
        }
        return row.orElseThrow(() -> QuarantineException.notFound("case.notFound", ref.strip()));
    }

    /**
     * Writes one case as number {@code id} (the next, read under the lock the caller holds); false when a uniqueness
     * rule refused it.
     */
    public static boolean insert(Sql sql, long id, NewCase c, String originName) {
        sql.update(ORIGIN, c.originCode(), originName);
        Object[] v = values(c);
        Object[] withId = new Object[v.length + 1];
        withId[0] = id;
        System.arraycopy(v, 0, withId, 1, v.length);
        return sql.update(INSERT, withId) == 1;
    }

    /**
     * Writes a batch of cases (a JDBC batch on SQLite, {@code COPY} on PostgreSQL) under the lock the caller holds. The
     * cases the uniqueness rules refuse are found first ({@link BatchConflicts}); the others take the next case
     * numbers in order. Returns each case's id, or -1 for a refused one (whose reason the caller then looks up).
     */
    public static long[] insertBatch(Sql sql, List<NewCase> cases) {
        boolean[] refused = BatchConflicts.find(sql, cases);
        long next = sql.nextId("qcase");
        long[] ids = new long[cases.size()];
        List<Object[]> rows = new ArrayList<>(cases.size());
        List<Integer> positions = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            if (refused[i]) {
                ids[i] = -1;
                continue;
            }
            ids[i] = next++;
            Object[] v = values(cases.get(i));
            Object[] row = new Object[v.length + 1];
            row[0] = ids[i];
            System.arraycopy(v, 0, row, 1, v.length);
            rows.add(row);
            positions.add(i);
        }
        List<String> columns = new ArrayList<>(COLUMNS.size() + 1);
        columns.add("id");
        columns.addAll(COLUMNS);
        boolean[] written = sql.insertChecked("qcase", columns, rows);
        sql.grew("qcase", LOOKUPS, rows.size()); // so that the next batch's lookups of its people use the indexes
        for (int r = 0; r < written.length; r++) {
            if (!written[r]) {
                ids[positions.get(r)] = -1; // a case this login cannot see refused it (another office's)
            }
        }
        return ids;
    }

    /** People looked up in one query: an IN list of at most this many. */
    private static final int IN_LIST = 500;

    /** A person as the unique indexes see them: a resident number's first 17 digits (its key), else the document. */
    static String person(IdType type, String number) {
        return type == IdType.RESIDENT ? "R" + number.substring(0, 17) : type.name() + "|" + number;
    }

    /**
     * Streams to {@code consumer} the cases of some people, cancelled ones left out: {@code select} reads {@code qcase c}
     * (WHERE is appended), one query per {@value #IN_LIST} residents by their key ({@code residents}) and one per
     * {@value #IN_LIST} numbers of other documents ({@code documents}; a document of another type with the same number
     * comes too, which {@link #person} tells apart).
     */
    static void forEachCaseOf(Sql sql, String select, List<Long> residents, List<String> documents,
                              Sql.RowConsumer consumer) {
        for (int from = 0; from < residents.size(); from += IN_LIST) {
            List<Long> part = residents.subList(from, Math.min(residents.size(), from + IN_LIST));
            sql.forEach(select + "WHERE c.person_key IN (" + marks(part.size()) + ") AND c.status <> 'CANCELLED' "
                    + "ORDER BY c.id", consumer, part.toArray());
        }
        for (int from = 0; from < documents.size(); from += IN_LIST) {
            List<String> part = documents.subList(from, Math.min(documents.size(), from + IN_LIST));
            sql.forEach(select + "WHERE c.person_key IS NULL AND c.id_number IN (" + marks(part.size())
                    + ") AND c.status <> 'CANCELLED' ORDER BY c.id", consumer, part.toArray());
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Records an origin's name, once per origin: cases refer to it by code. */
    public static void origin(Sql sql, String code, String name) {
        sql.update(ORIGIN, code, name);
    }

    private static Object[] values(NewCase c) {
        return new Object[] {c.personKey(), c.idType(), c.idNumber(), c.name(), c.phone(), c.phoneKey(), c.sex(),
                c.birthDate(), c.originCode(), c.originText(), c.category(), c.periodDays(), c.doorTag(), c.arrival(),
                c.eligible(), c.policyId(), c.status(), c.community(), c.address(), c.groupRenter(), c.notes(),
                c.registeredAt(), c.officeId()};
    }
}
