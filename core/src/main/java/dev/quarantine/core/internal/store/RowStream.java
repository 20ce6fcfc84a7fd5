package dev.quarantine.core.internal.store;

import dev.quarantine.core.store.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A query's rows as a {@link Stream}, fetched as they are read, on a connection the stream owns: closing the stream
 * ends its snapshot and closes the connection.
 */
final class RowStream {
    private RowStream() {
    }

    static <T> Stream<T> open(Connection c, Dialect dialect, String location, String query, RowMapper<T> mapper,
                              Object... params) {
        try {
            dialect.configure(c);
            dialect.beginStream(c);
            PreparedStatement ps = c.prepareStatement(query);
            for (int i = 0; i < params.length; i++) {
                dialect.bind(ps, i + 1, params[i]);
            }
            ps.setFetchSize(1000);
            ResultSet rs = ps.executeQuery();
            Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(mapper.map(rs));
                        return true;
                    } catch (SQLException e) {
                        throw StoreException.of(e, dialect, location);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> {
                try (c; ps; rs) {
                    dialect.endStream(c);
                } catch (SQLException e) {
                    // ending the read of a snapshot loses nothing
                }
            });
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the failure that matters is the one thrown
            }
            throw StoreException.of(e, dialect, location);
        }
    }
}
