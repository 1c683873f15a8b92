package org.fazhi.onlineexam.bank;

import java.time.Clock;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.db.QuestionDao;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The county's question bank. Everyone signed in reads it; it is kept by the 司法局: admins and writers of the whole
 * ledger edit it, an organiser scoped to a unit only reads ({@link #requireEditor}). A question's type and stem are
 * unique in the bank. Updates, retiring and restoring name the version the editor saw (409 when stale). Deleting is
 * allowed: a past exam keeps the question as it was asked in its own snapshot. Every change is audited in its
 * transaction.
 */
public final class QuestionService extends LedgerService {
    static final String ENTITY = "question";

    public QuestionService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /** Refuses a viewer, and an organiser scoped to a unit: the bank is the county's, kept by the 司法局. */
    public static void requireEditor(Actor actor) {
        Scope.requireWriter(actor);
        if (actor.scoped()) {
            throw new AccessDeniedException("题库由司法局统一维护,本账号只能查看");
        }
    }

    /** Whether the actor may change the bank (what {@link #requireEditor} lets through). */
    public static boolean mayEdit(Actor actor) {
        return actor.role().canWrite() && !actor.scoped();
    }

    /** A page of the bank, newest first. */
    public PageResult<Question> list(Actor actor, QuestionFilter f, Page page) {
        QuestionDao.Query q = new QuestionDao.Query(f.text(), f.law(), f.type() == null ? null : f.type().name(),
                f.difficulty() == null ? null : f.difficulty().name(), f.active() == null ? null : f.active() ? 1 : 0);
        return jdbi.withHandle(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            return new PageResult<>(dao.page(q, page.limit(), page.offset()), dao.count(q));
        });
    }

    public Question find(Actor actor, long id) {
        return jdbi.withHandle(h -> load(h, id));
    }

    /** The law titles the bank's questions name, the most used first (for a filter's choices). */
    public List<String> laws(Actor actor) {
        return jdbi.withHandle(h -> h.attach(QuestionDao.class).laws());
    }

    public Question create(Actor actor, Question draft) {
        requireEditor(actor);
        return jdbi.inTransaction(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            check(dao, draft, null);
            long id = dao.insert(draft, now());
            Question stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, null, "新增试题 " + title(stored), null, stored);
            return stored;
        });
    }

    /**
     * Replaces a question's content (type, stem, options, answer, points, difficulty, laws, analysis); whether it is
     * active is kept. {@code expectedVersion} null means "the stored one" (no conflict check).
     */
    public Question update(Actor actor, long id, Question changes, Integer expectedVersion) {
        return update(actor, id, changes, expectedVersion, null);
    }

    /** As {@link #update(Actor, long, Question, Integer)}, retiring or restoring it too unless {@code active} is null. */
    public Question update(Actor actor, long id, Question changes, Integer expectedVersion, Boolean active) {
        requireEditor(actor);
        return jdbi.inTransaction(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            Question before = load(h, id);
            check(dao, changes, id);
            Versions.requireUpdated(dao.update(id, Versions.expected(expectedVersion, before.version()), changes, active, now()));
            Question after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, null, "修改试题 " + title(after), before, after);
            return after;
        });
    }

    /** 停用: the question stays in the bank but is no longer drawn into new papers. */
    public Question retire(Actor actor, long id, Integer expectedVersion) {
        return setActive(actor, id, expectedVersion, false, "停用试题 ");
    }

    /** 启用 a retired question again. */
    public Question restore(Actor actor, long id, Integer expectedVersion) {
        return setActive(actor, id, expectedVersion, true, "启用试题 ");
    }

    private Question setActive(Actor actor, long id, Integer expectedVersion, boolean active, String what) {
        requireEditor(actor);
        return jdbi.inTransaction(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            Question before = load(h, id);
            Versions.requireUpdated(dao.setActive(id, Versions.expected(expectedVersion, before.version()), active, now()));
            Question after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, null, what + title(after), before, after);
            return after;
        });
    }

    /** Deletes a question; exams that asked it keep their own snapshot of it. */
    public void delete(Actor actor, long id) {
        requireEditor(actor);
        jdbi.useTransaction(h -> {
            QuestionDao dao = h.attach(QuestionDao.class);
            Question before = load(h, id);
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, null, "删除试题 " + title(before), before, null);
        });
    }

    // ---- checks ----

    private static Question load(Handle h, long id) {
        return found(h.attach(QuestionDao.class).find(id), "试题", id);
    }

    /** What a question needs the bank for, shared by the form and the import: its type and stem are not taken. */
    static void check(QuestionDao dao, Question q, Long self) {
        dao.idOf(q.type().name(), q.stem()).ifPresent(other -> {
            if (self == null || other.longValue() != self.longValue()) {
                throw new ConflictException("stem", "题库中已有题干相同的" + q.type().label() + "(编号 " + other + ")");
            }
        });
    }

    /** How the audit log and messages name a question: its type and the start of its stem. */
    public static String title(Question q) {
        String stem = q.stem().length() > 30 ? q.stem().substring(0, 30) + "…" : q.stem();
        return q.type().label() + "“" + stem + "”";
    }
}
