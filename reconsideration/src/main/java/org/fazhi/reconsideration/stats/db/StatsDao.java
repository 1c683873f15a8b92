package org.fazhi.reconsideration.stats.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A year's 行政复议 figures counted in SQL, confined to a respondent subtree by {@code <cte>}/{@code <join>}
 * (joined on {@code r.respondent_org_id}; from code, never from a request). {@code :from}/{@code :to} are the
 * year's first day and the next year's.
 */
public interface StatsDao {
    /** Applications received in the year, per category: how many, and how many accepted. */
    @SqlQuery("<cte> SELECT r.category, count(*) AS received, count(r.accepted_on) AS accepted "
            + "FROM reconsiderations r <join> WHERE r.received_on >= :from AND r.received_on < :to GROUP BY r.category")
    @RegisterConstructorMapper(Received.class)
    List<Received> received(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                            @Bind("from") String from, @Bind("to") String to);

    /** Cases decided in the year, per respondent unit and decision: how many, on time, corrected in a 调解/和解/撤回. */
    @SqlQuery("<cte> SELECT r.respondent_org_id AS org_id, o.name AS org_name, r.decision, count(*) AS concluded, "
            + "sum(CASE WHEN r.decided_on <= r.due_on THEN 1 ELSE 0 END) AS on_time, "
            + "sum(r.corrected_indirectly) AS indirect "
            + "FROM reconsiderations r JOIN orgs o ON o.id = r.respondent_org_id <join> "
            + "WHERE r.decided_on >= :from AND r.decided_on < :to GROUP BY r.respondent_org_id, o.name, r.decision")
    @RegisterConstructorMapper(Concluded.class)
    List<Concluded> concluded(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                              @Bind("from") String from, @Bind("to") String to);

    record Received(String category, long received, long accepted) {
    }

    record Concluded(long orgId, String orgName, String decision, long concluded, long onTime, long indirect) {
    }
}
