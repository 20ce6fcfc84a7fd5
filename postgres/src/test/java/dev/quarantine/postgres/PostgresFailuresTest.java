package dev.quarantine.postgres;

import dev.quarantine.core.Messages;
import dev.quarantine.core.store.StoreFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What each of PostgreSQL's SQL states means to the clerk: a deadlock or a serialization failure is a conflict with
 * another change at the same moment (nothing saved, run it again), not a database "busy for over a minute"; too many
 * connections is a connection problem. Read from the state, never from the message text.
 */
class PostgresFailuresTest {
    static Stream<Arguments> states() {
        return Stream.of(
                arguments("40P01", StoreFailure.CONFLICT),       // deadlock_detected
                arguments("40001", StoreFailure.CONFLICT),       // serialization_failure
                arguments("55P03", StoreFailure.BUSY),           // lock_not_available: lock_timeout (60 s) ran out
                arguments("57014", StoreFailure.BUSY),           // query_canceled
                arguments("53300", StoreFailure.CONNECTION),     // too_many_connections
                arguments("23505", StoreFailure.UNIQUE_VIOLATION),
                arguments("08006", StoreFailure.CONNECTION),
                arguments("42501", StoreFailure.PERMISSION_DENIED),
                arguments("53100", StoreFailure.DISK_FULL),
                arguments("XX001", StoreFailure.CORRUPT),
                arguments("42P01", StoreFailure.OTHER));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("states")
    void eachStateIsWhatItMeans(String state, StoreFailure expected) {
        assertThat(new PostgresDialect().classify(new SQLException("the server's own words", state))).isEqualTo(expected);
    }

    @Test
    void aConflictSaysNothingWasSavedAndToRunItAgainInBothLanguages() {
        assertThat(Messages.format(Locale.ENGLISH, "db.conflict", "district"))
                .contains("district").contains("nothing of it was saved").contains("run the command again")
                .doesNotContain("busy");
        assertThat(Messages.format(Locale.CHINESE, "db.conflict", "district"))
                .contains("冲突").contains("没有保存").contains("重新运行");
    }
}
