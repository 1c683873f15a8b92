package org.fazhi.training.study;

import java.util.function.Consumer;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.Engine;
import org.fazhi.storage.core.RowStream;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.fazhi.training.study.db.StudySessionDao;
import org.fazhi.training.study.db.StudySessionMapper;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Every session of a filtered list for a spreadsheet export, read in one query and streamed row by
 * row: 100,000 sessions are neither held in memory nor re-sorted page after page, and the file is
 * one consistent snapshot even while others add sessions. Same filter, scope and order as
 * {@link StudySessionService#list}. Read as a {@link RowStream}.
 */
public final class SessionExport {
    /**
     * The list's filter ({@link StudySessionDao#page}), spelled out here with exactly the parameters
     * bound below, so a change to the DAO's filter cannot leave this query with an unbound one.
     */
    private static final String WHERE = " WHERE s.date >= :from AND s.date < :to AND (:kind IS NULL OR s.kind = :kind) "
            + "AND (:unit IS NULL OR s.org_id = :unit) "
            + "AND (:q IS NULL OR instr(s.topic, :q) > 0 OR instr(s.laws, :q) > 0 OR instr(coalesce(s.lecturer, ''), :q) > 0) ";

    private final Jdbi jdbi;
    private final Engine engine;

    public SessionExport(Jdbi jdbi, Engine engine) {
        this.jdbi = jdbi;
        this.engine = engine;
    }

    /**
     * Checks the filter's unit against the actor's scope now, so a refusal comes before a download starts.
     *
     * @throws org.fazhi.model.NotFoundException     for an unknown unit
     * @throws org.fazhi.model.AccessDeniedException for a unit outside the scope
     */
    public Selection select(Actor actor, SessionFilter filter) {
        Long root = jdbi.withHandle(h -> Scope.listRoot(h, actor, filter.orgId()));
        return new Selection(root, filter);
    }

    /** A checked filter: what {@link #forEach} reads. */
    public final class Selection {
        private final Long root;
        private final SessionFilter filter;

        private Selection(Long root, SessionFilter filter) {
            this.root = root;
            this.filter = filter;
        }

        /** Hands each session to {@code row}, newest first, on one connection. */
        public void forEach(Consumer<StudySession> row) {
            // As the list does: the unit's own sessions (unitOnly) need no walk down the tree.
            Long unit = filter.unitOnly() && filter.orgId() != null ? filter.orgId() : null;
            Subtree s = unit != null ? Subtree.all() : Subtree.of(root, "s.org_id");
            String sql = s.cte() + "SELECT " + StudySessionDao.COLUMNS + " FROM study_sessions s " + s.join()
                    + WHERE + "ORDER BY s.date DESC, s.id DESC";
            RowStream.forEach(jdbi, engine, h -> {
                Query q = h.createQuery(sql)
                        .bind("unit", unit)
                        .bind("from", filter.from())
                        .bind("to", filter.to())
                        .bind("kind", filter.kind() == null ? null : filter.kind().name())
                        .bind("q", filter.q());
                if (!s.cte().isEmpty()) {
                    q.bind("root", root);
                }
                return q;
            }, new StudySessionMapper(), row);
        }
    }
}
