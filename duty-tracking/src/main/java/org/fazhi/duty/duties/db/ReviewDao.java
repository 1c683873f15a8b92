package org.fazhi.duty.duties.db;

import java.time.Instant;
import java.util.List;
import org.fazhi.duty.duties.DutyReview;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The review trail of duty items: appended to, never changed. */
@RegisterConstructorMapper(DutyReview.class)
public interface ReviewDao {
    @SqlQuery("SELECT id, item_id, action, comment, actor, at FROM duty_reviews WHERE item_id = :itemId ORDER BY at, id")
    List<DutyReview> ofItem(@Bind("itemId") long itemId);

    @SqlUpdate("INSERT INTO duty_reviews (item_id, action, comment, actor, at) VALUES (:itemId, :action, :comment, :actor, :at)")
    void insert(@Bind("itemId") long itemId, @Bind("action") String action, @Bind("comment") String comment,
                @Bind("actor") String actor, @Bind("at") Instant at);
}
