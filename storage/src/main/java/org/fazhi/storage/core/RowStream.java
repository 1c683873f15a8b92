package org.fazhi.storage.core;

import java.util.function.Consumer;
import java.util.function.Function;
import org.fazhi.storage.Engine;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A long list read in one query and handed over row by row, for a download that never holds the list whole.
 * SQLite's driver steps through the rows as they are read. PostgreSQL's reads the whole result before the first row
 * unless the query runs inside a transaction with a fetch size: there the rows come {@value #FETCH} at a time, in a
 * READ COMMITTED transaction (one statement, one snapshot, as on SQLite; nothing to retry, so no row already handed
 * over is handed over again).
 */
public final class RowStream {
    /** Rows PostgreSQL sends at a time. */
    public static final int FETCH = 500;

    private RowStream() {
    }

    /** Hands each row of the query {@code query} makes on one connection, read by {@code mapper}, to {@code row}. */
    public static <T> void forEach(Jdbi jdbi, Engine engine, Function<Handle, Query> query, RowMapper<T> mapper,
                                   Consumer<? super T> row) {
        jdbi.useHandle(h -> {
            if (engine == Engine.POSTGRESQL) {
                h.useTransaction(TransactionIsolationLevel.READ_COMMITTED,
                        t -> query.apply(t).setFetchSize(FETCH).map(mapper).useStream(rows -> rows.forEach(row)));
            } else {
                query.apply(h).map(mapper).useStream(rows -> rows.forEach(row));
            }
        });
    }
}
