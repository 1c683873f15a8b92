package org.fazhi.training.exam;

import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.core.db.SettingsDao;
import org.fazhi.training.exam.db.ExamBatchDao;
import org.fazhi.training.exam.db.ExamResultDao;
import org.jdbi.v3.core.Handle;

/** The checks batches and results share: a record within the actor's scope, a unit and person that fit, the retake rules. */
final class ExamChecks {
    private ExamChecks() {
    }

    /** A stored batch the actor may see: its organising unit lies within the actor's scope. */
    static ExamBatch loadBatch(Handle h, Actor actor, long id) {
        return Scope.loadWithin(h, actor, h.attach(ExamBatchDao.class).find(id), ExamBatch::orgId, "测试批次", id);
    }

    /** A stored result the actor may see: the candidate's unit lies within the actor's scope. */
    static ExamResult loadResult(Handle h, Actor actor, long id) {
        return Scope.loadWithin(h, actor, h.attach(ExamResultDao.class).find(id), ExamResult::orgId, "测试成绩", id);
    }

    /** A batch about to change: as {@link #loadBatch}, and not a received unit's (报送). */
    static ExamBatch loadBatchForChange(Handle h, Actor actor, long id) {
        return Scope.forChange(h, loadBatch(h, actor, id), ExamBatch::orgId);
    }

    /** A result about to change: as {@link #loadResult}, and neither it nor its batch a received unit's (报送). */
    static ExamResult loadResultForChange(Handle h, Actor actor, long id) {
        ExamResult r = loadResult(h, actor, id);
        Scope.requireWritable(h, r.orgId());
        Scope.requireWritable(h, h.attach(ExamBatchDao.class).find(r.batchId()).orElseThrow().orgId());
        return r;
    }

    /**
     * A linked person must exist and belong to the result's unit (which the caller has checked is in
     * scope); the message names nobody, so ids cannot be tried to learn other units' people.
     */
    static void checkPerson(Handle h, ExamResult r) {
        if (r.personId() == null) {
            return;
        }
        var p = h.attach(PersonDao.class).find(r.personId());
        if (p.isEmpty() || p.get().orgId() != r.orgId()) {
            throw new ValidationException("personId", "人员(编号 " + r.personId() + ")不是所填单位的人员");
        }
    }

    /** A sitting that has been retaken must stay failed: otherwise the retake would make no sense. */
    static void checkRetakeConsistency(ExamResultDao dao, ExamResult r, Outcome next) {
        if (next != Outcome.DEFERRED && dao.retakeOf(r.id()).isPresent()) {
            throw new ConflictException("score", "“" + r.name() + "”的这次成绩已有补考记录,不能改为“" + next.label() + "”");
        }
    }

    static int maxRetakes(Handle h) {
        return h.attach(SettingsDao.class).get(ExamService.MAX_RETAKES).map(Integer::parseInt).orElse(1);
    }

    /** The unit a batch or result is written for: existing, within the actor's scope, not received by 报送. */
    static void checkOrg(Handle h, Actor actor, long orgId, String field, String label) {
        if (h.attach(OrgDao.class).find(orgId).isEmpty()) {
            throw new ValidationException(field, label + "不存在(编号 " + orgId + ")");
        }
        Scope.requireWithin(h, actor, orgId);
        Scope.requireWritable(h, orgId);
    }
}
