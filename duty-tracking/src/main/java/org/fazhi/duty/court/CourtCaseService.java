package org.fazhi.duty.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.duty.court.db.CourtCaseDao;
import org.fazhi.duty.court.db.HearingDao;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.sheets.ImportSource;
import org.fazhi.storage.Engine;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 出庭应诉 cases (one per case number and 审级) and their hearings. A case and its hearings belong
 * to the defendant unit, and the scope checks follow it. Every change is audited in its transaction.
 */
public final class CourtCaseService extends LedgerService {
    static final String CASE = "court-case";
    static final String HEARING = "court-hearing";

    private final CourtImport imports;
    private final CaseExport export;
    private final FigureCache figures;

    public CourtCaseService(Jdbi jdbi, Engine engine, AuditLog audit, Clock clock, FigureCache figures) {
        super(jdbi, audit, clock);
        this.figures = figures;
        this.imports = new CourtImport(jdbi, audit, clock);
        this.export = new CaseExport(jdbi, engine);
    }

    // ---- many at once ----

    /** Stores the cases and hearings of a court list, all or none; see {@link CourtImport}. */
    public CourtImport.Result importAll(Actor actor, List<CourtImport.Case> cases, ImportSource source) {
        return imports.importAll(actor, cases, source);
    }

    /** As {@link #importAll(Actor, List, ImportSource)}; {@code force} imports even a file imported before. */
    public CourtImport.Result importAll(Actor actor, List<CourtImport.Case> cases, ImportSource source, boolean force) {
        return imports.importAll(actor, cases, source, force);
    }

    /** The hearings of a filtered list, checked now and streamed later; see {@link CaseExport}. */
    public CaseExport.Selection export(Actor actor, CaseFilter filter) {
        return export.select(actor, filter);
    }

    // ---- cases ----

    public PageResult<CourtCase> list(Actor actor, CaseFilter f, Page page) {
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            Subtree s = Subtree.of(root, "c.defendant_org_id");
            LocalDate from = f.year() == null ? null : LocalDate.of(Years.check(f.year(), "year"), 1, 1);
            LocalDate to = from == null ? null : from.plusYears(1);
            String instance = f.instance() == null ? null : f.instance().name();
            String outcome = f.outcome() == null ? null : f.outcome().name();
            String q = f.text();
            CourtCaseDao dao = h.attach(CourtCaseDao.class);
            if (from != null) {
                // A year's first pages are the cases filed in it, read in order from the filing-date index;
                // how many there are (and the total) is counted once per change of the ledger.
                CourtCaseDao.YearParts parts = figures.get(h, "court-case-year", Arrays.asList(root, instance, outcome, q, from),
                        () -> dao.yearParts(s.cte(), s.join(), root, instance, outcome, q, from, to));
                long total = figures.get(h, "court-case-count", Arrays.asList(root, instance, outcome, q, from),
                        () -> dao.count(s.cte(), s.join(), root, instance, outcome, q, from, to));
                if (parts.later() == 0 && (long) page.offset() + page.limit() <= parts.within()) {
                    return new PageResult<>(dao.pageFiledIn(s.cte(), s.join(), root, instance, outcome, q, from, to,
                            page.limit(), page.offset()), total);
                }
            }
            List<CourtCaseDao.Counted> rows = dao.pageCounted(s.cte(), s.join(), root, instance, outcome, q, from, to,
                    page.limit(), page.offset());
            // An empty page past the end still owes the list's size: only then is it counted apart.
            long total = !rows.isEmpty() ? rows.get(0).totalRows()
                    : page.offset() == 0 ? 0 : dao.count(s.cte(), s.join(), root, instance, outcome, q, from, to);
            return new PageResult<>(rows.stream().map(CourtCaseDao.Counted::c).toList(), total);
        });
    }

    /** The list of {@link #list} with each case's hearing count and whether a head appeared. */
    public PageResult<CaseRow> rows(Actor actor, CaseFilter f, Page page) {
        PageResult<CourtCase> cases = list(actor, f, page);
        Map<Long, HearingDao.Tally> tallies = jdbi.withHandle(h -> tallies(h, cases.items()));
        return new PageResult<>(cases.items().stream().map(c -> row(c, tallies.get(c.id()))).toList(), cases.total());
    }

    /** One case as {@link #rows} shows it. */
    public CaseRow row(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            CourtCase c = load(h, actor, id);
            return row(c, tallies(h, List.of(c)).get(id));
        });
    }

    /** Cases of another list (already checked against the scope) with their tallies, in the same order. */
    private static Map<Long, HearingDao.Tally> tallies(Handle h, List<CourtCase> cases) {
        Map<Long, HearingDao.Tally> out = new HashMap<>();
        if (!cases.isEmpty()) {
            h.attach(HearingDao.class).tallies(cases.stream().map(CourtCase::id).toList())
                    .forEach(t -> out.put(t.caseId(), t));
        }
        return out;
    }

    private static CaseRow row(CourtCase c, HearingDao.Tally t) {
        return t == null ? CaseRow.unheard(c) : new CaseRow(c, t.hearings(), t.appeared(), t.lastHearing());
    }

    public CourtCase find(Actor actor, long id) {
        return jdbi.withHandle(h -> load(h, actor, id));
    }

    public CourtCase create(Actor actor, CourtCase draft) {
        return inWriteTransaction(actor, h -> {
            checkOrg(h, actor, draft.defendantOrgId());
            CourtCaseDao dao = h.attach(CourtCaseDao.class);
            requireUnique(dao, draft, null);
            long id = dao.insert(draft, now());
            CourtCase stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, CASE, id, stored.defendantOrgId(),
                    "新建出庭应诉案件 " + stored.title(), null, stored);
            return stored;
        });
    }

    /** Updates a case; {@code expectedVersion} null means "the stored one" (no conflict check). */
    public CourtCase update(Actor actor, long id, CourtCase changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            CourtCaseDao dao = h.attach(CourtCaseDao.class);
            CourtCase before = loadForChange(h, actor, id);
            if (changes.defendantOrgId() != before.defendantOrgId()) {
                checkOrg(h, actor, changes.defendantOrgId());
            }
            requireUnique(dao, changes, id);
            if (changes.filedOn() != null) {
                dao.firstHearing(id).ifPresent(first -> {
                    if (first.isBefore(changes.filedOn())) {
                        throw new ValidationException("filedOn", "立案日期不能晚于已录入的开庭日期 " + first);
                    }
                });
            }
            CourtCase next = new CourtCase(id, changes.caseNo(), changes.court(), changes.instance(),
                    changes.defendantOrgId(), changes.coDefendants(), changes.cause(), changes.adminField(),
                    changes.filedOn(), changes.outcome(), Versions.expected(expectedVersion, before.version()));
            Versions.requireUpdated(dao.update(next, now()));
            CourtCase after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, CASE, id, after.defendantOrgId(),
                    "修改出庭应诉案件 " + after.title(), before, after);
            return after;
        });
    }

    /** Deletes a case with its hearings (kept in the audit entry). */
    public void delete(Actor actor, long id) {
        useWriteTransaction(actor, h -> {
            CourtCase before = loadForChange(h, actor, id);
            List<Hearing> hearings = h.attach(HearingDao.class).ofCase(id);
            h.attach(CourtCaseDao.class).delete(id);
            audit.record(h, actor, AuditLog.DELETE, CASE, id, before.defendantOrgId(),
                    "删除出庭应诉案件 " + before.title() + (hearings.isEmpty() ? "" : "(含开庭记录" + hearings.size() + "条)"),
                    new CaseWithHearings(before, hearings), null);
        });
    }

    /** The audit snapshot of a deleted case. */
    record CaseWithHearings(CourtCase courtCase, List<Hearing> hearings) {
    }

    // ---- hearings ----

    public List<Hearing> hearings(Actor actor, long caseId) {
        return jdbi.withHandle(h -> {
            load(h, actor, caseId);
            return h.attach(HearingDao.class).ofCase(caseId);
        });
    }

    public Hearing hearing(Actor actor, long hearingId) {
        return jdbi.withHandle(h -> {
            Hearing hearing = h.attach(HearingDao.class).find(hearingId)
                    .orElseThrow(() -> NotFoundException.of("开庭记录", hearingId));
            load(h, actor, hearing.caseId());
            return hearing;
        });
    }

    /**
     * The stored hearing a new or changed one looks like a repeat of: one of the same case on the same
     * day. Empty when there is none.
     *
     * @param self the hearing being changed, never its own duplicate; null for a new one
     */
    public Optional<Hearing> possibleDuplicate(Actor actor, long caseId, Hearing draft, Long self) {
        return jdbi.withHandle(h -> {
            load(h, actor, caseId);
            return h.attach(HearingDao.class).sameDay(caseId, draft.date(), self);
        });
    }

    /** Adds a hearing, unless the case has one on that day already ({@link PossibleDuplicateException}). */
    public HearingSaved addHearing(Actor actor, long caseId, Hearing draft) {
        return addHearing(actor, caseId, draft, false);
    }

    /**
     * Adds a hearing; the answer carries warnings (a late notice, a no-show) that do not stop the save.
     *
     * @param confirmDuplicate true when the user confirmed a second hearing of the case on the same day;
     *                         false refuses it with {@link PossibleDuplicateException}, saving nothing
     */
    public HearingSaved addHearing(Actor actor, long caseId, Hearing draft, boolean confirmDuplicate) {
        return inWriteTransaction(actor, h -> {
            CourtCase c = loadForChange(h, actor, caseId);
            checkAgainstCase(c, draft);
            HearingDao dao = h.attach(HearingDao.class);
            if (!confirmDuplicate) {
                refuseSameDay(dao, caseId, draft, null);
            }
            long id = dao.insert(draft.withCase(caseId), now());
            Hearing stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, HEARING, id, c.defendantOrgId(),
                    "录入开庭记录 " + c.title() + "(" + stored.date() + ")", null, stored);
            return new HearingSaved(stored, stored.warnings());
        });
    }

    /** As {@link #updateHearing(Actor, long, Hearing, Integer, boolean)}, unconfirmed. */
    public HearingSaved updateHearing(Actor actor, long hearingId, Hearing changes, Integer expectedVersion) {
        return updateHearing(actor, hearingId, changes, expectedVersion, false);
    }

    /**
     * Corrects a hearing. Moving it onto a day the case has another hearing is refused
     * ({@link PossibleDuplicateException}) unless {@code confirmDuplicate}; a correction that keeps its
     * date is never questioned.
     */
    public HearingSaved updateHearing(Actor actor, long hearingId, Hearing changes, Integer expectedVersion,
                                      boolean confirmDuplicate) {
        return inWriteTransaction(actor, h -> {
            HearingDao dao = h.attach(HearingDao.class);
            Hearing before = dao.find(hearingId).orElseThrow(() -> NotFoundException.of("开庭记录", hearingId));
            CourtCase c = loadForChange(h, actor, before.caseId());
            checkAgainstCase(c, changes);
            if (expectedVersion != null && expectedVersion != before.version()) {
                throw Versions.stale(); // a stale save is refused as such, before it is compared with others
            }
            if (!confirmDuplicate && !changes.date().equals(before.date())) {
                refuseSameDay(dao, before.caseId(), changes, hearingId);
            }
            Hearing next = changes.withCase(before.caseId())
                    .withIdAndVersion(hearingId, Versions.expected(expectedVersion, before.version()));
            Versions.requireUpdated(dao.update(next, now()));
            Hearing after = dao.find(hearingId).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, HEARING, hearingId, c.defendantOrgId(),
                    "修改开庭记录 " + c.title() + "(" + after.date() + ")", before, after);
            return new HearingSaved(after, after.warnings());
        });
    }

    public void deleteHearing(Actor actor, long hearingId) {
        useWriteTransaction(actor, h -> {
            HearingDao dao = h.attach(HearingDao.class);
            Hearing before = dao.find(hearingId).orElseThrow(() -> NotFoundException.of("开庭记录", hearingId));
            CourtCase c = loadForChange(h, actor, before.caseId());
            dao.delete(hearingId);
            audit.record(h, actor, AuditLog.DELETE, HEARING, hearingId, c.defendantOrgId(),
                    "删除开庭记录 " + c.title() + "(" + before.date() + ")", before, null);
        });
    }

    // ---- checks ----

    private static CourtCase load(Handle h, Actor actor, long id) {
        return Scope.loadWithin(h, actor, h.attach(CourtCaseDao.class).find(id), CourtCase::defendantOrgId, "出庭应诉案件", id);
    }

    /** A case about to change (or gain or lose a hearing): in the actor's scope and not received by 报送. */
    private static CourtCase loadForChange(Handle h, Actor actor, long id) {
        return Scope.forChange(h, load(h, actor, id), CourtCase::defendantOrgId);
    }

    private static void checkAgainstCase(CourtCase c, Hearing hearing) {
        if (c.filedOn() != null && hearing.date().isBefore(c.filedOn())) {
            throw new ValidationException("date", "开庭日期不能早于立案日期 " + c.filedOn());
        }
    }

    private static void refuseSameDay(HearingDao dao, long caseId, Hearing hearing, Long self) {
        dao.sameDay(caseId, hearing.date(), self).ifPresent(other -> {
            throw new PossibleDuplicateException("开庭记录", other.id(), "本案 " + other.date() + " 的开庭");
        });
    }

    private static void requireUnique(CourtCaseDao dao, CourtCase c, Long self) {
        dao.findByNumber(c.caseNo(), c.instance().name()).ifPresent(other -> {
            if (self == null || other.id() != self.longValue()) {
                throw new ConflictException("caseNo", "案件 " + c.title() + " 已经登记过");
            }
        });
    }

    private static void checkOrg(Handle h, Actor actor, long orgId) {
        if (h.attach(OrgDao.class).find(orgId).isEmpty()) {
            throw new ValidationException("defendantOrgId", "被告单位不存在(编号 " + orgId + ")");
        }
        Scope.requireWithin(h, actor, orgId);
        Scope.requireWritable(h, orgId);
    }
}
