package org.fazhi.storage.jdbi;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Yes/no values are 0/1 integers on both engines (SQLite has no boolean type), so every query
 * compares and sums them alike. SQLite's driver binds a Java boolean as 0/1 by itself; PostgreSQL's
 * would send a boolean, which an integer column refuses, so the 0/1 is bound explicitly — for a
 * {@code Boolean} and for a primitive {@code boolean} parameter alike (a DAO's {@code @Bind boolean}).
 */
public final class BooleanColumns {
    private BooleanColumns() {
    }

    public static void install(Jdbi jdbi) {
        jdbi.registerArgument(new ArgumentFactory.Preparable() {
            @Override
            public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
                return type == Boolean.class || type == boolean.class ? Optional.of(BooleanColumns::argument) : Optional.empty();
            }

            @Override
            public Optional<Argument> build(Type type, Object value, ConfigRegistry config) {
                // A Boolean bound under a wider type (an Object parameter) is still a yes/no value.
                return value instanceof Boolean ? Optional.of(argument(value)) : Preparable.super.build(type, value, config);
            }
        });
    }

    private static Argument argument(Object value) {
        return value == null ? new NullArgument(Types.INTEGER) : (pos, stmt, ctx) -> stmt.setInt(pos, (Boolean) value ? 1 : 0);
    }
}
