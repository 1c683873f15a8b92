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

    /**
     * Cases decided in the year, one row per respondent unit: how many, how many decided on the merits and how many
     * corrected the act directly ({@code <merits>} and {@code <corrections>} are the decision codes, quoted, from
     * code), how many on time, how many corrected in a 调解/和解/撤回. Grouped before the units' names are joined, so
     * a province's year is one pass over the decided-date index.
     */
    @SqlQuery("<cte> SELECT g.org_id, o.name AS org_name, g.concluded, g.on_merits, g.direct, g.on_time, g.indirect FROM ("
            + "SELECT r.respondent_org_id AS org_id, count(*) AS concluded, "
            + "sum(CASE WHEN r.decision IN (<merits>) THEN 1 ELSE 0 END) AS on_merits, "
            + "sum(CASE WHEN r.decision IN (<corrections>) THEN 1 ELSE 0 END) AS direct, "
            + "sum(CASE WHEN r.decided_on <= r.due_on THEN 1 ELSE 0 END) AS on_time, "
            + "sum(r.corrected_indirectly) AS indirect "
            + "FROM reconsiderations r <join> WHERE r.decided_on >= :from AND r.decided_on < :to "
            + "GROUP BY r.respondent_org_id) g JOIN orgs o ON o.id = g.org_id")
    @RegisterConstructorMapper(Concluded.class)
    List<Concluded> concluded(@Define("cte") String cte, @Define("join") String join, @Define("merits") String merits,
                              @Define("corrections") String corrections, @Bind("root") Long root,
                              @Bind("from") String from, @Bind("to") String to);

    /** Cases decided in the year, per decision. */
    @SqlQuery("<cte> SELECT r.decision, count(*) AS concluded FROM reconsiderations r <join> "
            + "WHERE r.decided_on >= :from AND r.decided_on < :to GROUP BY r.decision")
    @RegisterConstructorMapper(ByDecision.class)
    List<ByDecision> byDecision(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                                @Bind("from") String from, @Bind("to") String to);

    record Received(String category, long received, long accepted) {
    }

    record Concluded(long orgId, String orgName, long concluded, long onMerits, long direct, long onTime, long indirect) {
    }

    record ByDecision(String decision, long concluded) {
    }
}
