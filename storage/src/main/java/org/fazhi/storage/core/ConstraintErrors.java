package org.fazhi.storage.core;

import java.sql.SQLException;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises, inside Jdbi's exceptions, the database refusals the services turn into messages: a row
 * still referenced, a duplicate key, and a database too busy to take the write — each as SQLite says
 * it (result codes) and as PostgreSQL says it (SQLSTATE).
 */
public final class ConstraintErrors {
    private static final String PG_FOREIGN_KEY = "23503";
    private static final String PG_UNIQUE = "23505";
    /** Serialization failure and deadlock (left after the retries), lock not available. */
    private static final Set<String> PG_BUSY = Set.of("40001", "40P01", "55P03");

    private ConstraintErrors() {
    }

    public static boolean foreignKey(Throwable e) {
        return sqlite(e, SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) || sqlState(e, Set.of(PG_FOREIGN_KEY));
    }

    public static boolean unique(Throwable e) {
        return sqlite(e, SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) || sqlite(e, SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)
                || sqlState(e, Set.of(PG_UNIQUE));
    }

    /** Another writer held the database for longer than the wait (SQLITE_BUSY; PostgreSQL's lock and serialization failures). */
    public static boolean busy(Throwable e) {
        return sqlite(e, SQLiteErrorCode.SQLITE_BUSY) || sqlState(e, PG_BUSY);
    }

    private static boolean sqlite(Throwable e, SQLiteErrorCode code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se && se.getResultCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static boolean sqlState(Throwable e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se && !(t instanceof SQLiteException) && states.contains(se.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
