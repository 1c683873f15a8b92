package org.fazhi.duty.duties;

import java.time.LocalDate;
import org.fazhi.duty.duties.db.DutyItemDao;
import org.fazhi.duty.duties.db.EvidenceDao;
import org.fazhi.duty.duties.db.ReviewDao;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Handle;

/**
 * Who may do what with a duty item. Everyone whose scope covers the item's unit reads it; organisers
 * and admins within scope edit it and its evidence. Some steps belong to the organiser <em>above</em>
 * the unit — approving, returning, moving a due date, declaring an item done without review: an
 * admin, an organiser of the whole ledger, or one scoped to an ancestor of the item's unit, never
 * one scoped to the unit itself (a unit does not sign off its own duties).
 */
public final class DutyAccess {
    static final String ITEM = "duty-item";

    private DutyAccess() {
    }

    /** The item as read today, if the actor's scope covers its unit (404 unknown, 403 outside). */
    static DutyItem load(Handle h, Actor actor, long id, LocalDate today) {
        return Scope.loadWithin(h, actor, h.attach(DutyItemDao.class).find(id, today), DutyItem::orgId, "职责事项", id);
    }

    /** The item about to change (its status, evidence or review): as {@link #load}, and not received by 报送. */
    static DutyItem loadForChange(Handle h, Actor actor, long id, LocalDate today) {
        return Scope.forChange(h, load(h, actor, id, today), DutyItem::orgId);
    }

    static DutyDetail detail(Handle h, DutyItem item) {
        return new DutyDetail(item, h.attach(EvidenceDao.class).ofItem(item.id()), h.attach(ReviewDao.class).ofItem(item.id()));
    }

    /**
     * Whether the actor reviews the unit's duties (the caller has checked the scope covers the unit).
     * Pages ask it to decide which buttons to show; the services ask it again before acting.
     */
    public static boolean oversees(Actor actor, long orgId) {
        return Scope.oversees(actor, orgId);
    }

    static void requireOversight(Actor actor, DutyItem item, String what) {
        Scope.requireWriter(actor);
        if (!oversees(actor, item.orgId())) {
            throw new AccessDeniedException(what + "须由组织单位(管理员或上级单位的组织者)办理,本单位账号不能办理");
        }
    }

    /** Approved items are closed: nothing changes until the organiser returns them. */
    static void requireNotApproved(DutyItem item, String what) {
        if (item.reviewState() == ReviewState.APPROVED) {
            throw new ConflictException("reviewState", "该职责事项已审核通过," + what + ";如需修改,请组织单位先退回");
        }
    }
}
