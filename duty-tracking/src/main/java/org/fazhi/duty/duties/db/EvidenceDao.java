package org.fazhi.duty.duties.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.duties.Evidence;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Evidence of duty items; a file's bytes live in the file store under {@code sha256}. */
@RegisterConstructorMapper(Evidence.class)
public interface EvidenceDao {
    String COLUMNS = "id, item_id, kind, title, url, text, file_name, content_type, size, sha256, effective_date, "
            + "created_at, created_by";

    @SqlQuery("SELECT " + COLUMNS + " FROM duty_evidence WHERE item_id = :itemId ORDER BY id")
    List<Evidence> ofItem(@Bind("itemId") long itemId);

    @SqlQuery("SELECT " + COLUMNS + " FROM duty_evidence WHERE id = :id")
    Optional<Evidence> find(@Bind("id") long id);

    @SqlQuery("SELECT count(*) FROM duty_evidence WHERE sha256 = :sha256")
    long countWithHash(@Bind("sha256") String sha256);

    @SqlUpdate("INSERT INTO duty_evidence (item_id, kind, title, url, text, file_name, content_type, size, sha256, "
            + "effective_date, created_at, created_by) VALUES (:itemId, :kind, :title, :url, :text, :fileName, "
            + ":contentType, :size, :sha256, :effectiveDate, :now, :by)")
    @GetGeneratedKeys("id")
    long insert(@Bind("itemId") long itemId, @Bind("kind") String kind, @Bind("title") String title,
                @Bind("url") String url, @Bind("text") String text, @Bind("fileName") String fileName,
                @Bind("contentType") String contentType, @Bind("size") Long size, @Bind("sha256") String sha256,
                @Bind("effectiveDate") LocalDate effectiveDate, @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("DELETE FROM duty_evidence WHERE id = :id")
    int delete(@Bind("id") long id);
}
