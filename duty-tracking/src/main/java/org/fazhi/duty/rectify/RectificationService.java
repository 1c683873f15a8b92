package org.fazhi.duty.rectify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.duty.rectify.db.RectificationDao;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Checks;
import org.fazhi.model.ConflictException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Seek;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The 整改 ledger: problems found in inspections, each with a unit, a deadline and measures, moved
 * OPEN → IN_PROGRESS → RECTIFIED → CLOSED (销号, by an organiser or admin, with a closing note), or
 * from RECTIFIED back to IN_PROGRESS with a reason. Items belong to their unit and the scope checks
 * follow it; every change is audited in its transaction and every step kept on the item's trail.
 *
 * <p>Deleting: admins may delete any item; organisers only items still OPEN (a mistaken entry) —
 * once work has started the item is part of the record and stays.
 */
public final class RectificationService extends LedgerService {
    static final String ENTITY = "rectification";

    private final FigureCache figures;

    /** @param clock gives "today" for overdue judgements and the 销号 date, in the ledger's zone */
    public RectificationService(Jdbi jdbi, AuditLog audit, Clock clock) {
        this(jdbi, audit, clock, new FigureCache(clock));
    }

    /** With the module's shared cache of computed figures (see {@link FigureCache}). */
    public RectificationService(Jdbi jdbi, AuditLog audit, Clock clock, FigureCache figures) {
        super(jdbi, audit, clock);
        this.figures = figures;
    }

    public PageResult<Rectification> list(Actor actor, RectificationFilter f, Page page) {
        LocalDate from = f.year() == null ? null : LocalDate.of(Years.check(f.year(), "year"), 1, 1);
        LocalDate to = from == null ? null : from.plusYears(1);
        String status = f.status() == null ? null : f.status().name();
        LocalDate today = today();
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            Subtree s = Subtree.of(root, "r.org_id");
            RectificationDao dao = h.attach(RectificationDao.class);
            String seek = Seek.when(from, RectificationDao.SEEK_YEAR);
            // The size is kept with the figures: paging through a list counts it once per change of the ledger.
            long total = figures.get(h, "rectification-count", Arrays.asList(root, from, status, f.overdueOnly(), f.q(), today),
                    () -> dao.count(s.cte(), s.join(), seek, root, from, to, status, f.overdueOnly(), f.q(), today));
            return new PageResult<>(
                    dao.page(s.cte(), s.join(), seek, root, from, to, status, f.overdueOnly(), f.q(), today,
                            page.limit(), page.offset()), total);
        });
    }

    public Rectification find(Actor actor, long id) {
        return jdbi.withHandle(h -> load(h, actor, id));
    }

    /** The item's trail, oldest step first. */
    public List<RectificationStep> steps(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            load(h, actor, id);
            return h.attach(RectificationDao.class).steps(id);
        });
    }

    /** Records a newly found problem; it starts OPEN (a draft may say OPEN or nothing). */
    public Rectification create(Actor actor, Rectification draft) {
        Scope.requireWriter(actor);
        if (draft.status() != null && draft.status() != RectificationStatus.OPEN) {
            throw new ValidationException("status", "新登记的整改事项为“" + RectificationStatus.OPEN.label()
                    + "”,状态请通过开始整改、整改完成、销号等操作变更");
        }
        return jdbi.inTransaction(h -> {
            checkOrg(h, actor, draft.orgId());
            RectificationDao dao = h.attach(RectificationDao.class);
            long id = dao.insert(draft, now());
            Rectification stored = dao.find(id, today()).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, stored.orgId(), "登记" + stored.title(), null, stored);
            return stored;
        });
    }

    /**
     * Edits the problem, unit, dates, measures and responsible person; {@code expectedVersion} null
     * means "the stored one". A 销号'd item is final, and the status changes only through the steps.
     */
    public Rectification update(Actor actor, long id, Rectification changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            RectificationDao dao = h.attach(RectificationDao.class);
            Rectification before = loadForChange(h, actor, id);
            if (before.status() == RectificationStatus.CLOSED) {
                throw new ConflictException("status", "已销号的整改事项不能再修改");
            }
            if (changes.status() != null && changes.status() != before.status()) {
                throw new ValidationException("status", "状态不能直接修改,请通过开始整改、整改完成、销号或退回操作变更");
            }
            if (changes.orgId() != before.orgId()) {
                checkOrg(h, actor, changes.orgId());
            }
            if (before.status() == RectificationStatus.RECTIFIED && changes.measures() == null) {
                throw new ValidationException("measures", "已整改的事项须保留整改措施");
            }
            Rectification next = before.edited(changes, Versions.expected(expectedVersion, before.version()));
            Versions.requireUpdated(dao.update(next, now()));
            Rectification after = dao.find(id, today()).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.orgId(), "修改" + after.title(), before, after);
            return after;
        });
    }

    /** Deletes an item with its trail (kept in the audit entry); see the class comment for who may. */
    public void delete(Actor actor, long id) {
        useWriteTransaction(actor, h -> {
            Rectification before = loadForChange(h, actor, id);
            if (!actor.isAdmin() && before.status() != RectificationStatus.OPEN) {
                throw new AccessDeniedException("该整改事项已" + (before.status() == RectificationStatus.CLOSED ? "销号" : "开始整改")
                        + ",只有管理员可以删除;“待整改”的事项可由录入人员删除");
            }
            RectificationDao dao = h.attach(RectificationDao.class);
            List<RectificationStep> steps = dao.steps(id);
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, before.orgId(), "删除" + before.title(),
                    new WithSteps(before, steps), null);
        });
    }

    /** The audit snapshot of a deleted item. */
    record WithSteps(Rectification rectification, List<RectificationStep> steps) {
    }

    // ---- steps ----

    /** OPEN → IN_PROGRESS, with an optional comment. */
    public Rectification start(Actor actor, long id, Integer expectedVersion, String comment) {
        String c = text(comment, "comment", "说明");
        return move(actor, id, expectedVersion, StepAction.START, EnumSet.of(RectificationStatus.OPEN),
                RectificationStatus.IN_PROGRESS, c, r -> r.measures(), r -> null, r -> null);
    }

    /**
     * OPEN or IN_PROGRESS → RECTIFIED. The measures taken are required: given here (replacing the
     * stored ones) or already stored.
     */
    public Rectification markRectified(Actor actor, long id, Integer expectedVersion, String measures, String comment) {
        String m = Checks.optionalText(measures, "measures", "整改措施", Rectification.MEASURES_MAX);
        String c = text(comment, "comment", "说明");
        return move(actor, id, expectedVersion, StepAction.RECTIFIED,
                EnumSet.of(RectificationStatus.OPEN, RectificationStatus.IN_PROGRESS), RectificationStatus.RECTIFIED, c,
                r -> {
                    String next = m != null ? m : r.measures();
                    if (next == null) {
                        throw new ValidationException("measures", "请填写整改措施后再标记为已整改");
                    }
                    return next;
                }, r -> null, r -> null);
    }

    /** 销号: RECTIFIED → CLOSED, by an organiser or admin, with a closing note; closed today. */
    public Rectification close(Actor actor, long id, Integer expectedVersion, String closingNote) {
        if (!actor.role().canWrite()) {
            throw new AccessDeniedException("只有组织者或管理员可以销号");
        }
        String note = Checks.optionalText(closingNote, "closingNote", "销号说明", Rectification.NOTE_MAX);
        if (note == null) {
            throw new ValidationException("closingNote", "请填写销号说明(整改核查情况)");
        }
        // 销号 is the checking unit's word, not the rectifying unit's own.
        if (!Scope.oversees(actor, find(actor, id).orgId())) {
            throw new AccessDeniedException("销号须由上级组织单位或管理员核查后办理,本单位账号不能为本单位事项销号");
        }
        LocalDate today = today();
        return move(actor, id, expectedVersion, StepAction.CLOSE, EnumSet.of(RectificationStatus.RECTIFIED),
                RectificationStatus.CLOSED, note, r -> r.measures(), r -> today, r -> note);
    }

    /** RECTIFIED → IN_PROGRESS: the rectification did not pass the check; the reason is required. */
    public Rectification reopen(Actor actor, long id, Integer expectedVersion, String reason) {
        String why = Checks.optionalText(reason, "reason", "退回理由", Rectification.NOTE_MAX);
        if (why == null) {
            throw new ValidationException("reason", "请填写退回重新整改的理由");
        }
        return move(actor, id, expectedVersion, StepAction.REOPEN, EnumSet.of(RectificationStatus.RECTIFIED),
                RectificationStatus.IN_PROGRESS, why, r -> r.measures(), r -> null, r -> null);
    }

    private interface Part<T> {
        T of(Rectification before);
    }

    private Rectification move(Actor actor, long id, Integer expectedVersion, StepAction action,
                               Set<RectificationStatus> from, RectificationStatus to, String comment,
                               Part<String> measures, Part<LocalDate> closedOn, Part<String> closingNote) {
        return inWriteTransaction(actor, h -> {
            RectificationDao dao = h.attach(RectificationDao.class);
            Rectification before = loadForChange(h, actor, id);
            if (!from.contains(before.status())) {
                throw new ConflictException("status", "只有" + labels(from) + "的事项可以" + verb(action)
                        + ",该事项当前为“" + before.status().label() + "”");
            }
            int version = Versions.expected(expectedVersion, before.version());
            Instant now = now();
            Versions.requireUpdated(dao.move(id, version, to.name(), measures.of(before), closedOn.of(before),
                    closingNote.of(before), now));
            dao.step(id, action.name(), before.status().name(), to.name(), comment, actor.username(), now);
            Rectification after = dao.find(id, today()).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.orgId(),
                    action.label() + ":" + after.title() + (comment == null ? "" : "(" + comment + ")"), before, after);
            return after;
        });
    }

    // ---- figures ----

    /** The year's figures for the subtree (items found or due in the year), counted in SQL. */
    public RectificationSummary summary(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        LocalDate today = today();
        return figures.ofSubtree(jdbi, actor, orgId, "rectification-summary", Arrays.asList(orgId, year, today),
                (h, root) -> {
            Subtree s = Subtree.of(root, "r.org_id");
            RectificationDao.Totals t = h.attach(RectificationDao.class).totals(s.cte(), s.join(), root,
                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), today);
            return RectificationSummary.of(year, orgId, t.total(), t.closed(), t.overdue(), t.closedOnTime());
        });
    }

    /**
     * 整改按期完成率 of the subtree for a year: of the items due in the year — the deadline falls in it and
     * has passed by today, or the item is 销号'd already — those 销号'd on or before their deadline.
     * An open item not yet at its deadline is not judged. Counted in SQL.
     */
    public Percent onTime(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        LocalDate today = today();
        return figures.ofSubtree(jdbi, actor, orgId, "rectification-on-time", List.of(year, today), (h, root) -> {
            Subtree s = Subtree.of(root, "r.org_id");
            RectificationDao.DueTotals t = h.attach(RectificationDao.class).dueTotals(s.cte(), s.join(), root,
                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), today);
            return Percent.of(t.closedOnTime(), t.due());
        });
    }

    // ---- checks ----

    private Rectification load(Handle h, Actor actor, long id) {
        return Scope.loadWithin(h, actor, h.attach(RectificationDao.class).find(id, today()), Rectification::orgId, "整改事项", id);
    }

    /** An item about to change (or gain a step): in the actor's scope and not received by 报送. */
    private Rectification loadForChange(Handle h, Actor actor, long id) {
        return Scope.forChange(h, load(h, actor, id), Rectification::orgId);
    }

    private static void checkOrg(Handle h, Actor actor, long orgId) {
        if (h.attach(OrgDao.class).find(orgId).isEmpty()) {
            throw new ValidationException("orgId", "整改单位不存在(编号 " + orgId + ")");
        }
        Scope.requireWithin(h, actor, orgId);
        Scope.requireWritable(h, orgId);
    }

    private static String text(String value, String field, String label) {
        return Checks.optionalText(value, field, label, Rectification.NOTE_MAX);
    }

    private static String verb(StepAction action) {
        return action == StepAction.RECTIFIED ? "标记为已整改" : action.label();
    }

    private static String labels(Set<RectificationStatus> statuses) {
        StringBuilder b = new StringBuilder();
        for (RectificationStatus s : statuses) {
            b.append(b.length() == 0 ? "" : "或").append('“').append(s.label()).append('”');
        }
        return b.toString();
    }
}
