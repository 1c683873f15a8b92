package org.fazhi.training.catalog.db;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The catalogue of law titles offered when typing what a session studied. */
public interface LawCatalogDao {
    /**
     * Titles containing {@code q}, those starting with it first, shorter ones first, then in code-point
     * order on both engines ({@code CodePointOrder}).
     */
    @SqlQuery("SELECT title FROM law_catalog WHERE instr(title, :q) > 0 "
            + "ORDER BY instr(title, :q), length(title), title <codePointOrder> LIMIT :limit")
    List<String> search(@Bind("q") String q, @Bind("limit") int limit);

    @SqlQuery("SELECT title FROM law_catalog ORDER BY source, id LIMIT :limit")
    List<String> first(@Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM law_catalog")
    long count();

    @SqlUpdate("DELETE FROM law_catalog")
    int deleteAll();

    @SqlBatch("INSERT INTO law_catalog (title, category, source) VALUES (:title, :category, 'IMPORTED') "
            + "ON CONFLICT (title) DO NOTHING")
    int[] insert(@Bind("title") List<String> titles, @Bind("category") List<String> categories);
}
