package dev.quarantine.core.desk;

import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.CaseWithReadings;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.store.SqliteDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one command shows together is read together (issue 16: "every multi-query command reads one snapshot"). Another
 * connection to the same real SQLite file writes at the worst moment — just after the first part was read — and what was
 * read must still be one state: the write is either wholly in it or not at all.
 */
class OneSnapshotTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2020-02-03T08:00").atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Path file;
    /** The other member of staff: its own connection to the file. */
    QuarantineDesk other;
    /** The desk under test: {@link #meanwhile} runs once, just after the first of its statements that holds the marker. */
    QuarantineDesk desk;
    String marker;
    Runnable meanwhile;
    final AtomicBoolean interfered = new AtomicBoolean();

    static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + ResidentId.checkCharacter(first17);
    }

    static RegistrationInput person(String name, String id, String origin) {
        return new RegistrationInput(name, null, id, "13803711234", origin, "2020-02-03", "祭城路社区", null, null, null);
    }

    @BeforeEach
    void open() {
        file = dir.resolve("desk.db");
        other = QuarantineDesk.create(file, CLOCK, "other", List.of());
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + file);
        desk = QuarantineDesk.open(interfering(sqlite), new SqliteDialect(), other.currentPolicy(), CLOCK, "tester");
    }

    @AfterEach
    void close() {
        desk.close();
        other.close();
    }

    @Test
    void showReadsTheCaseAndItsReadingsInOneSnapshot() {
        other.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳"));
        other.health().recordTemperature("Q000001", "36.5", null, "医生");
        // Just after the case is read (by its identity number), the other desk records a fever.
        marker = "SELECT c.id, c.origin_code";
        meanwhile = () -> other.health().recordTemperature("Q000001", "37.9", null, "医生");

        CaseWithReadings shown = desk.health().showWithReadings(id("411302", "19850312", "101"));

        assertThat(interfered).as("the other desk wrote between the case and its readings").isTrue();
        assertThat(shown.view().caseNumber()).isEqualTo("Q000001");
        assertThat(shown.readings()).extracting(r -> r.temperature().toString()).containsExactly("36.5");
        assertThat(shown.readings()).extracting(ReadingResult::caseNumber).containsOnly("Q000001");
        // The reading was written: a later read sees it.
        assertThat(desk.health().showWithReadings("Q000001").readings()).hasSize(2);
    }

    @Test
    void theRoomsOfEveryHotelAreExportedFromOneSnapshot() {
        other.hotels().add("Alpha Inn", null, Money.parse("180"), "101-102");
        other.hotels().add("Beta Inn", null, Money.parse("160"), "201-202");
        other.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳"));
        marker = "FROM room r LEFT JOIN qcase c";
        // Once the first hotel's rooms are read, a case is admitted into the second hotel.
        meanwhile = () -> other.cases().admit(new AdmitRequest("Q000001", null, "36.5", "Beta Inn", null, true));

        List<RoomView> rooms = new ArrayList<>();
        desk.hotels().forEachRoom(rooms::add);

        assertThat(interfered).as("the other desk admitted someone while the rooms were read").isTrue();
        assertThat(rooms).extracting(RoomView::hotel, RoomView::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha Inn", "101"),
                        org.assertj.core.groups.Tuple.tuple("Alpha Inn", "102"),
                        org.assertj.core.groups.Tuple.tuple("Beta Inn", "201"),
                        org.assertj.core.groups.Tuple.tuple("Beta Inn", "202"));
        assertThat(rooms).extracting(RoomView::state).containsOnly(RoomState.FREE);
        List<RoomView> after = new ArrayList<>();
        desk.hotels().forEachRoom(after::add);
        assertThat(after).filteredOn(r -> r.state() == RoomState.OCCUPIED).extracting(RoomView::hotel)
                .containsExactly("Beta Inn");
    }

    /** A data source whose connections run {@link #meanwhile} once, just after the first statement holding the marker. */
    private DataSource interfering(DataSource real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection c = (Connection) invoke(method, real, args);
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (p, m, a) -> {
                            Object result = invoke(m, c, a);
                            if (result instanceof PreparedStatement ps && a != null && a[0] instanceof String sql
                                    && sql.contains("SELECT")) {
                                return statement(ps, sql);
                            }
                            return result;
                        });
            }
            if (method.getName().equals("getLogWriter")) {
                return new PrintWriter(System.err);
            }
            if (method.getName().equals("getParentLogger")) {
                return Logger.getGlobal();
            }
            return invoke(method, real, args);
        };
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                handler);
    }

    private PreparedStatement statement(PreparedStatement ps, String sql) {
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    Object result = invoke(m, ps, a);
                    if ((m.getName().equals("executeQuery") || m.getName().equals("execute")) && marker != null
                            && sql.contains(marker) && interfered.compareAndSet(false, true)) {
                        meanwhile.run();
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
