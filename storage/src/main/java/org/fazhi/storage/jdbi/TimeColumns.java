package org.fazhi.storage.jdbi;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Dates are stored as ISO text (2024-03-15, 2024-03-15T08:00:00Z): readable with the sqlite3 tool,
 * sortable, and comparable with date('now'). Without this the driver stores java.sql.Date as
 * epoch milliseconds.
 */
public final class TimeColumns {
    private TimeColumns() {
    }

    public static void install(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return (pos, stmt, ctx) -> stmt.setString(pos, value.toString());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (pos, stmt, ctx) -> stmt.setString(pos, value.toString());
            }
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> {
            String s = rs.getString(col);
            return s == null ? null : LocalDate.parse(s);
        });
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            String s = rs.getString(col);
            return s == null ? null : Instant.parse(s);
        });
    }
}
