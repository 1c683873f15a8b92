package org.fazhi.storage.jdbi;

import java.sql.Types;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Yes/no values are 0/1 integers on both engines (SQLite has no boolean type), so every query
 * compares and sums them alike. SQLite's driver binds a Java boolean as 0/1 by itself; PostgreSQL's
 * would send a boolean, which an integer column refuses, so the 0/1 is bound explicitly.
 */
public final class BooleanColumns {
    private BooleanColumns() {
    }

    public static void install(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Boolean>(Types.INTEGER) {
            @Override
            protected Argument build(Boolean value, ConfigRegistry config) {
                return (pos, stmt, ctx) -> stmt.setInt(pos, value ? 1 : 0);
            }
        });
    }
}
