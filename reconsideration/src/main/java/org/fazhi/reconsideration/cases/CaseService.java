package org.fazhi.reconsideration.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.db.CourtCaseDao;
import org.fazhi.model.ConflictException;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.reconsideration.cases.db.CaseDao;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The 行政复议 case ledger. A case belongs to its respondent unit (被申请人), and the scope checks follow it.
 * Besides what a case checks on its own ({@link ReconsiderationCase}), a save checks what needs the ledger:
 * the respondent exists and lies within the actor's scope, the 案号 is not taken, no date lies after today,
 * and a linked lawsuit is a case of the court ledger the actor may see. Every change is audited in its
 * transaction; an update names the version its editor saw (409 on a stale one).
 */
public final class CaseService extends LedgerService {
    static final String ENTITY = "reconsideration";

    public CaseService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    public PageResult<ReconsiderationCase> list(Actor actor, CaseFilter f, Page page) {
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            Subtree s = Subtree.of(root, "r.respondent_org_id");
            CaseDao.Query q = query(f);
            CaseDao dao = h.attach(CaseDao.class);
            return new PageResult<>(dao.page(s.cte(), s.join(), root, q, page.limit(), page.offset()),
                    dao.count(s.cte(), s.join(), root, q));
        });
    }

    private CaseDao.Query query(CaseFilter f) {
        String from = null;
        String to = null;
        if (f.year() != null) {
            int year = Years.check(f.year(), "year");
            from = LocalDate.of(year, 1, 1).toString();
            to = LocalDate.of(year + 1, 1, 1).toString();
        }
        LocalDate today = today();
        return new CaseDao.Query(from, to, f.decision() == null ? null : f.decision().name(),
                f.stage() == null ? null : f.stage().name(), f.overdueOnly() ? 1 : 0, today.toString(),
                today.minusDays(ReconsiderationCase.ACCEPTANCE_DAYS).toString(), f.text());
    }

    public ReconsiderationCase find(Actor actor, long id) {
        return jdbi.withHandle(h -> load(h, actor, id));
    }

    /** The reconsideration cases a lawsuit of the court ledger followed, those the actor may see. */
    public List<ReconsiderationCase> ofCourtCase(Actor actor, long courtCaseId) {
        return jdbi.withHandle(h -> h.attach(CaseDao.class).ofCourtCase(courtCaseId).stream()
                .filter(c -> !actor.scoped() || h.attach(OrgDao.class).isWithin(c.respondentOrgId(), actor.scopeOrgId()))
                .toList());
    }

    /**
     * The court case of the ledger with 案号 {@code caseNo} that the actor may see, for a form that names the lawsuit
     * by its 案号 (what users know) while the case keeps the link by id. At several 审级 under one 案号, the first
     * registered.
     *
     * @param field the form's field, named in the refusal
     * @throws ValidationException naming {@code field} when there is no such case within the actor's scope
     */
    public long lawsuitByCaseNo(Actor actor, String caseNo, String field) {
        String no = caseNo == null ? "" : caseNo.strip();
        return jdbi.withHandle(h -> h.attach(CourtCaseDao.class).findByNumbers(List.of(no)).stream()
                .filter(c -> !actor.scoped() || h.attach(OrgDao.class).isWithin(c.defendantOrgId(), actor.scopeOrgId()))
                .mapToLong(CourtCase::id).min()
                .orElseThrow(() -> new ValidationException(field, "后续诉讼案件案号“" + no
                        + "”在出庭应诉台账中不存在,请先在出庭应诉台账中登记该案件,或核对案号")));
    }

    /** The 案号 of court case {@code courtCaseId}, for showing a stored link; null when there is none. */
    public String lawsuitCaseNo(long courtCaseId) {
        return jdbi.withHandle(h -> h.attach(CourtCaseDao.class).find(courtCaseId).map(CourtCase::caseNo).orElse(null));
    }

    public ReconsiderationCase create(Actor actor, ReconsiderationCase draft) {
        return inWriteTransaction(actor, h -> {
            check(h, actor, draft, null);
            CaseDao dao = h.attach(CaseDao.class);
            long id = dao.insert(draft.stored(null, 0), now());
            ReconsiderationCase stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, stored.respondentOrgId(), "登记行政复议案件 " + stored.title(),
                    null, stored);
            return stored;
        });
    }

    /** Updates a case; {@code expectedVersion} null means "the stored one" (no conflict check). */
    public ReconsiderationCase update(Actor actor, long id, ReconsiderationCase changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            ReconsiderationCase before = load(h, actor, id);
            Scope.requireWritable(h, before.respondentOrgId());
            check(h, actor, changes, id);
            CaseDao dao = h.attach(CaseDao.class);
            Versions.requireUpdated(dao.update(changes.stored(id, Versions.expected(expectedVersion, before.version())), now()));
            ReconsiderationCase after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.respondentOrgId(), "修改行政复议案件 " + after.title(),
                    before, after);
            return after;
        });
    }

    public void delete(Actor actor, long id) {
        useWriteTransaction(actor, h -> {
            ReconsiderationCase before = load(h, actor, id);
            Scope.requireWritable(h, before.respondentOrgId());
            h.attach(CaseDao.class).delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, before.respondentOrgId(), "删除行政复议案件 " + before.title(),
                    before, null);
        });
    }

    // ---- checks ----

    private static ReconsiderationCase load(Handle h, Actor actor, long id) {
        return Scope.loadWithin(h, actor, h.attach(CaseDao.class).find(id), ReconsiderationCase::respondentOrgId, "行政复议案件",
                id);
    }

    /** What a case needs the ledger for; shared by the form and the import, which reports it per row. */
    void check(Handle h, Actor actor, ReconsiderationCase c, Long self) {
        if (h.attach(OrgDao.class).find(c.respondentOrgId()).isEmpty()) {
            throw new ValidationException("respondentOrgId", "被申请人单位不存在(编号 " + c.respondentOrgId() + ")");
        }
        Scope.requireWithin(h, actor, c.respondentOrgId());
        Scope.requireWritable(h, c.respondentOrgId());
        h.attach(CaseDao.class).idOf(c.caseNo()).ifPresent(other -> {
            if (self == null || other.longValue() != self.longValue()) {
                throw new ConflictException("caseNo", "案号“" + c.caseNo() + "”已经登记过(编号 " + other + ")");
            }
        });
        // Every date and the link are named at once, as the form's own checks are (ReconsiderationCase).
        LocalDate today = today();
        FieldErrors errors = new FieldErrors();
        errors.run(() -> notAfterToday(c.receivedOn(), "receivedOn", "收到申请日期", today));
        errors.run(() -> notAfterToday(c.acceptedOn(), "acceptedOn", "受理日期", today));
        errors.run(() -> notAfterToday(c.decidedOn(), "decidedOn", "决定日期", today));
        if (c.courtCaseId() != null) {
            CourtCase lawsuit = errors.check(() -> h.attach(CourtCaseDao.class).find(c.courtCaseId()).orElseThrow(() ->
                    new ValidationException("courtCaseId", "后续诉讼案件不存在(编号 " + c.courtCaseId() + ")")));
            if (lawsuit != null) {
                Scope.requireWithin(h, actor, lawsuit.defendantOrgId());
                errors.refuseIf(c.decision() == null && c.notAcceptedReason() == null, "courtCaseId",
                        "案件尚未作出复议决定或不予受理决定,不能关联后续诉讼");
            }
        }
        errors.throwIfAny();
    }

    private static void notAfterToday(LocalDate date, String field, String label, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new ValidationException(field, label + "不能晚于今天(" + today + ")");
        }
    }
}
