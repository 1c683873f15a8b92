package org.fazhi.storage.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fazhi.storage.Engine;
import org.fazhi.storage.testing.TempLedger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

/** What a module's SQL may rely on, on the suite's engine: yes/no values bound as 0/1, text sorted by code point. */
class EngineNeutralSqlTest {
    interface Names {
        @SqlUpdate("INSERT INTO names (name, shown) VALUES (:name, :shown)")
        void add(@Bind("name") String name, @Bind("shown") boolean shown);

        @SqlQuery("SELECT name FROM names WHERE shown = :shown ORDER BY name <codePointOrder>")
        List<String> sorted(@Bind("shown") Boolean shown);
    }

    @Test
    void booleansBindAsZeroOrOneAndTextSortsByCodePoint() {
        try (TempLedger ledger = new TempLedger()) {
            Jdbi jdbi = ledger.database().jdbi();
            // A server set up in Chinese: its own order for the column is pinyin (甲 jiǎ, 乙 yǐ, 丙 bǐng).
            String collation = ledger.database().engine() == Engine.POSTGRESQL ? " COLLATE \"zh-x-icu\"" : "";
            jdbi.useHandle(h -> h.execute("CREATE TABLE names (name TEXT" + collation + " NOT NULL, shown INTEGER NOT NULL)"));
            jdbi.useExtension(Names.class, names -> {
                for (String name : List.of("甲方", "乙方", "丙方", "Zhang", "an", "_x")) {
                    names.add(name, true);
                }
                names.add("隐藏", false);
            });
            assertEquals(List.of("Zhang", "_x", "an", "丙方", "乙方", "甲方"), jdbi.withExtension(Names.class, n -> n.sorted(true)),
                    "code-point order, as SQLite's BINARY");
            assertEquals(List.of("隐藏"), jdbi.withExtension(Names.class, n -> n.sorted(false)));
            assertEquals(List.of(0, 1), jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT shown FROM names ORDER BY shown")
                    .mapTo(Integer.class).list()), "a primitive boolean is stored as 0/1");
        }
    }
}
