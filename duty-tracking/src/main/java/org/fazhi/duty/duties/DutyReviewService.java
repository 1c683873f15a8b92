package org.fazhi.duty.duties;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.duty.duties.db.DutyItemDao;
import org.fazhi.duty.duties.db.ReviewDao;
import org.fazhi.model.Checks;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The review of duty items: the unit submits an item with its evidence (or as not applicable, with
 * the reason); the organiser above the unit approves it (DONE) or returns it with a comment. Each
 * step is kept in the item's review trail and the audit log, in the step's own transaction.
 *
 * <p>Returning also reopens an approved item: it is the one way to change an item once approved.
 */
public final class DutyReviewService extends LedgerService {
    public static final int COMMENT_MAX = 500;

    public DutyReviewService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /**
     * The unit submits an item (a draft or one returned). It needs evidence, or the status
     * NOT_APPLICABLE with its reason; a NOT_STARTED item becomes IN_PROGRESS.
     */
    public DutyDetail submit(Actor actor, long itemId, String comment) {
        Scope.requireWriter(actor);
        String c = Checks.optionalText(comment, "comment", "说明", COMMENT_MAX);
        return jdbi.inTransaction(h -> {
            DutyItem item = loadForChange(h, actor, itemId);
            switch (item.reviewState()) {
                case SUBMITTED -> throw new ConflictException("reviewState", "该职责事项已提交审核,请等待组织单位审核");
                case APPROVED -> throw new ConflictException("reviewState", "该职责事项已审核通过,无需再次提交");
                default -> {
                }
            }
            if (item.evidenceCount() == 0 && item.recordedStatus() != DutyStatus.NOT_APPLICABLE) {
                throw new ValidationException("evidence",
                        "提交审核前请先添加至少一份佐证材料(文件、链接或情况说明),或将状态设为“不适用”并填写理由");
            }
            DutyStatus status = item.recordedStatus() == DutyStatus.NOT_STARTED ? DutyStatus.IN_PROGRESS : item.recordedStatus();
            return step(h, actor, item, ReviewAction.SUBMIT, status, ReviewState.SUBMITTED, c);
        });
    }

    /** The organiser approves a submitted item: DONE (a NOT_APPLICABLE item stays so, its reason accepted). */
    public DutyDetail approve(Actor actor, long itemId, String comment) {
        String c = Checks.optionalText(comment, "comment", "审核意见", COMMENT_MAX);
        return jdbi.inTransaction(h -> {
            DutyItem item = loadForChange(h, actor, itemId);
            DutyAccess.requireOversight(actor, item, "审核");
            if (item.reviewState() != ReviewState.SUBMITTED) {
                throw new ConflictException("reviewState",
                        "只有待审核的职责事项可以审核通过(当前:" + item.reviewState().label() + ")");
            }
            DutyStatus status = item.recordedStatus() == DutyStatus.NOT_APPLICABLE ? DutyStatus.NOT_APPLICABLE : DutyStatus.DONE;
            return step(h, actor, item, ReviewAction.APPROVE, status, ReviewState.APPROVED, c);
        });
    }

    /**
     * The organiser returns a submitted (or reopens an approved) item with a comment saying what is
     * missing: IN_PROGRESS again (a NOT_APPLICABLE item keeps its status and reason for the unit to fix).
     */
    public DutyDetail sendBack(Actor actor, long itemId, String comment) {
        String c = Checks.optionalText(comment, "comment", "退回意见", COMMENT_MAX);
        if (c == null) {
            throw new ValidationException("comment", "退回时必须填写退回意见,说明需要补充或修改什么");
        }
        return jdbi.inTransaction(h -> {
            DutyItem item = loadForChange(h, actor, itemId);
            DutyAccess.requireOversight(actor, item, "退回");
            if (item.reviewState() != ReviewState.SUBMITTED && item.reviewState() != ReviewState.APPROVED) {
                throw new ConflictException("reviewState",
                        "只有待审核或已通过的职责事项可以退回(当前:" + item.reviewState().label() + ")");
            }
            DutyStatus status = item.recordedStatus() == DutyStatus.NOT_APPLICABLE ? DutyStatus.NOT_APPLICABLE : DutyStatus.IN_PROGRESS;
            return step(h, actor, item, ReviewAction.RETURN, status, ReviewState.RETURNED, c);
        });
    }

    private DutyItem load(Handle h, Actor actor, long itemId) {
        return DutyAccess.load(h, actor, itemId, today());
    }

    private DutyItem loadForChange(Handle h, Actor actor, long itemId) {
        return DutyAccess.loadForChange(h, actor, itemId, today());
    }

    private DutyDetail step(Handle h, Actor actor, DutyItem before, ReviewAction action, DutyStatus status,
                            ReviewState state, String comment) {
        Instant now = now();
        h.attach(DutyItemDao.class).review(before.id(), status.name(), state.name(), now);
        h.attach(ReviewDao.class).insert(before.id(), action.name(), comment, actor.username(), now);
        DutyItem after = load(h, actor, before.id());
        audit.record(h, actor, AuditLog.UPDATE, DutyAccess.ITEM, before.id(), before.orgId(),
                action.label() + ":" + before.describe() + (comment == null ? "" : "(" + comment + ")"), before, after);
        return DutyAccess.detail(h, after);
    }
}
