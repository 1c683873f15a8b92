package org.fazhi.storage.jdbi;

import org.fazhi.storage.Engine;
import org.jdbi.v3.core.Jdbi;

/**
 * Text sorted for the user sorts the same on both engines: by Unicode code point, which is what
 * SQLite's default BINARY collation does with UTF-8 text. PostgreSQL would sort by the database's
 * locale (zh_CN, en_US, …: punctuation ignored, pinyin or radical order), so there the column is
 * ordered {@code COLLATE "C"} (byte order, which for UTF-8 is code-point order). A query writes
 * {@code ORDER BY title <codePointOrder>}; the attribute is empty on SQLite.
 */
public final class CodePointOrder {
    /** The name of the attribute every statement of the ledger's Jdbi may use. */
    public static final String ATTRIBUTE = "codePointOrder";

    private CodePointOrder() {
    }

    public static void install(Jdbi jdbi, Engine engine) {
        jdbi.define(ATTRIBUTE, engine == Engine.POSTGRESQL ? "COLLATE \"C\"" : "");
    }
}
