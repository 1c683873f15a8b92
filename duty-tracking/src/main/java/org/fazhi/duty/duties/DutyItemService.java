package org.fazhi.duty.duties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.fazhi.duty.duties.db.DutyItemDao;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Checks;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Seek;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Duty items: the list with its filters, one item with its evidence and review trail, and the
 * edits a unit makes (status, reason, note) or the organiser above it makes (due date, DONE without
 * review). Items are read as of today by the service's clock, which decides OVERDUE.
 */
public final class DutyItemService extends LedgerService {
    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 500;

    private final FigureCache figures;

    public DutyItemService(Jdbi jdbi, AuditLog audit, Clock clock, FigureCache figures) {
        super(jdbi, audit, clock);
        this.figures = figures;
    }

    public PageResult<DutyItem> list(Actor actor, DutyFilter f, Page page) {
        LocalDate today = today();
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            Subtree s = Subtree.of(root, "i.org_id");
            Query x = Query.of(f);
            DutyItemDao dao = h.attach(DutyItemDao.class);
            return new PageResult<>(
                    dao.page(s.cte(), s.join(), Seek.when(x.year(), "i.year = :year"), root, x.year(), f.personId(), x.code(), x.status(), x.review(), x.q(), today,
                            page.limit(), page.offset()),
                    count(h, root, s, x, f.personId(), today));
        });
    }

    /** How many items the filter selects (the size of {@link #list}), kept with the figures until the ledger changes. */
    public long count(Actor actor, DutyFilter f) {
        LocalDate today = today();
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            Subtree s = Subtree.of(root, "i.org_id");
            Query x = Query.of(f);
            return count(h, root, s, x, f.personId(), today);
        });
    }

    /** A list's size, kept with the figures: paging through a year of a province's items counts it once. */
    private long count(Handle h, Long root, Subtree s, Query x, Long personId, LocalDate today) {
        return figures.get(h, "duty-count", Arrays.asList(root, x, personId, today),
                () -> h.attach(DutyItemDao.class).count(s.cte(), s.join(), Seek.when(x.year(), "i.year = :year"), root, x.year(), personId, x.code(),
                        x.status(), x.review(), x.q(), today));
    }

    /** A filter's values as the queries take them: codes upper-case, blanks as absent. */
    private record Query(Integer year, String status, String review, String code, String q) {
        static Query of(DutyFilter f) {
            return new Query(f.year() == null ? null : Years.check(f.year(), "year"),
                    f.status() == null ? null : f.status().name(),
                    f.reviewState() == null ? null : f.reviewState().name(),
                    f.code() == null || f.code().isBlank() ? null : f.code().strip().toUpperCase(java.util.Locale.ROOT),
                    f.q() == null || f.q().isBlank() ? null : f.q().strip());
        }
    }

    public DutyItem get(Actor actor, long id) {
        return jdbi.withHandle(h -> DutyAccess.load(h, actor, id, today()));
    }

    /** The item with its evidence and review trail. */
    public DutyDetail detail(Actor actor, long id) {
        return jdbi.withHandle(h -> DutyAccess.detail(h, DutyAccess.load(h, actor, id, today())));
    }

    /**
     * Saves a unit's or the organiser's changes; {@code expectedVersion} null means "the stored one".
     * An approved item is closed (409) until the organiser returns it.
     */
    public DutyDetail update(Actor actor, long id, DutyChanges changes, Integer expectedVersion) {
        Scope.requireWriter(actor);
        LocalDate today = today();
        return jdbi.inTransaction(h -> {
            DutyItem before = DutyAccess.loadForChange(h, actor, id, today);
            DutyAccess.requireNotApproved(before, "不能再修改");
            boolean oversees = DutyAccess.oversees(actor, before.orgId());
            DutyStatus status = Checks.required(changes.status(), "status", "状态");
            if (status == DutyStatus.OVERDUE) {
                // Sent back as it was read: the stored status stays; OVERDUE itself is never set by hand.
                if (before.status() != DutyStatus.OVERDUE) {
                    throw new ValidationException("status", "“已逾期”由系统按截止日期自动判断,不能手工设置");
                }
                status = before.recordedStatus();
            }
            if (status == DutyStatus.DONE && before.recordedStatus() != DutyStatus.DONE && !oversees) {
                throw new AccessDeniedException("“已完成”须经组织单位审核确认:请上传佐证材料后提交审核");
            }
            String reason = null;
            if (status == DutyStatus.NOT_APPLICABLE) {
                if (changes.naReason() == null || changes.naReason().isBlank()) {
                    throw new ValidationException("naReason", "选择“不适用”时必须填写不适用理由");
                }
                reason = Checks.requiredText(changes.naReason(), "naReason", "不适用理由", REASON_MAX);
            }
            String note = Checks.optionalText(changes.note(), "note", "备注", NOTE_MAX);
            LocalDate due = changes.dueDate() == null ? before.dueDate() : changes.dueDate();
            if (!due.equals(before.dueDate())) {
                if (!oversees) {
                    throw new AccessDeniedException("截止日期只能由组织单位调整");
                }
                Years.check(due.getYear(), "dueDate");
            }
            int version = Versions.expected(expectedVersion, before.version());
            Versions.requireUpdated(
                    h.attach(DutyItemDao.class).update(id, status.name(), reason, note, due, version, now()));
            DutyItem after = DutyAccess.load(h, actor, id, today);
            audit.record(h, actor, AuditLog.UPDATE, DutyAccess.ITEM, id, after.orgId(),
                    "修改第一责任人职责事项 " + after.describe() + "(" + after.status().label() + ")", before, after);
            return DutyAccess.detail(h, after);
        });
    }
}
