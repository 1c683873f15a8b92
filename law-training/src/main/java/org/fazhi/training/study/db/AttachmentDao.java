package org.fazhi.training.study.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.training.study.Attachment;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Attachment.class)
public interface AttachmentDao {
    String COLUMNS = "id, session_id, kind, file_name, content_type, size, sha256, created_at, created_by";

    @SqlQuery("SELECT " + COLUMNS + " FROM study_attachments WHERE session_id = :sessionId ORDER BY id")
    List<Attachment> ofSession(@Bind("sessionId") long sessionId);

    @SqlQuery("SELECT " + COLUMNS + " FROM study_attachments WHERE id = :id")
    Optional<Attachment> find(@Bind("id") long id);

    @SqlQuery("SELECT DISTINCT sha256 FROM study_attachments WHERE session_id = :sessionId")
    List<String> hashesOfSession(@Bind("sessionId") long sessionId);

    @SqlQuery("SELECT count(*) FROM study_attachments WHERE sha256 = :sha256")
    long countWithHash(@Bind("sha256") String sha256);

    @SqlUpdate("INSERT INTO study_attachments (session_id, kind, file_name, content_type, size, sha256, stored_path, created_at, created_by) "
            + "VALUES (:sessionId, :kind, :fileName, :contentType, :size, :sha256, :sha256, :now, :by)")
    @GetGeneratedKeys("id")
    long insert(@Bind("sessionId") long sessionId, @Bind("kind") String kind, @Bind("fileName") String fileName,
                @Bind("contentType") String contentType, @Bind("size") long size, @Bind("sha256") String sha256,
                @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("DELETE FROM study_attachments WHERE id = :id")
    int delete(@Bind("id") long id);
}
