package org.fazhi.storage.jdbi;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
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
    /**
     * Always nine fraction digits (2024-03-15T08:00:00.000000000Z), so text order is time order.
     * {@code Instant.toString()} drops a zero fraction and varies its length, which sorts
     * 00:00:00.25Z before 00:00:00Z and makes {@code at >= :from} miss the first second of a day.
     */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

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
                return (pos, stmt, ctx) -> stmt.setString(pos, INSTANT.format(value));
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
