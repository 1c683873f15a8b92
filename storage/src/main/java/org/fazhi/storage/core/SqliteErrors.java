package org.fazhi.storage.core;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises SQLite constraint failures inside Jdbi's exceptions. */
public final class SqliteErrors {
    private SqliteErrors() {
    }

    public static boolean is(Throwable e, SQLiteErrorCode code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se && se.getResultCode() == code) {
                return true;
            }
        }
        return false;
    }

    public static boolean foreignKey(Throwable e) {
        return is(e, SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY);
    }

    public static boolean unique(Throwable e) {
        return is(e, SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) || is(e, SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }
}
