package org.fazhi.duty.lawreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.duty.lawreport.db.LawReportDao;
import org.fazhi.model.ConflictException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.Person;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Seek;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 年终述法 records: one per leader (a head, never STAFF) and year. A report belongs to the unit the
 * leader was in when it was recorded, and the scope checks follow that unit. Every change is audited
 * in its transaction.
 */
public final class LawReportService extends LedgerService {
    static final String ENTITY = "law-report";

    private final FigureCache figures;

    public LawReportService(Jdbi jdbi, AuditLog audit, Clock clock, FigureCache figures) {
        super(jdbi, audit, clock);
        this.figures = figures;
    }

    public PageResult<LawReport> list(Actor actor, LawReportFilter f, Page page) {
        Integer year = f.year() == null ? null : Years.check(f.year(), "year");
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            Subtree s = Subtree.of(root, "r.org_id");
            LawReportDao dao = h.attach(LawReportDao.class);
            return new PageResult<>(
                    dao.page(s.cte(), s.join(), Seek.when(year, "r.year = :year"), root, year, f.personId(), page.limit(), page.offset()),
                    dao.count(s.cte(), s.join(), Seek.when(year, "r.year = :year"), root, year, f.personId()));
        });
    }

    public LawReport find(Actor actor, long id) {
        return jdbi.withHandle(h -> load(h, actor, id));
    }

    /** Records a report; the unit is taken from the person. */
    public LawReport create(Actor actor, LawReport draft) {
        return inWriteTransaction(actor, h -> {
            Person person = reporter(h, actor, draft.personId());
            notInFuture(draft);
            LawReportDao dao = h.attach(LawReportDao.class);
            requireFirst(dao, person, draft.year(), null);
            long id = dao.insert(draft.stored(null, person.orgId(), 0), now());
            LawReport stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, stored.orgId(), "登记" + stored.title(), null, stored);
            return stored;
        });
    }

    /**
     * Updates a report; {@code expectedVersion} null means "the stored one". The unit stays the one
     * recorded unless the report is moved to another person, whose unit it then takes.
     */
    public LawReport update(Actor actor, long id, LawReport changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            LawReportDao dao = h.attach(LawReportDao.class);
            LawReport before = loadForChange(h, actor, id);
            notInFuture(changes);
            long orgId = before.orgId();
            Person person;
            if (changes.personId() != before.personId()) {
                person = reporter(h, actor, changes.personId());
                orgId = person.orgId();
            } else {
                person = h.attach(PersonDao.class).find(before.personId()).orElseThrow();
            }
            requireFirst(dao, person, changes.year(), id);
            LawReport next = changes.stored(id, orgId, Versions.expected(expectedVersion, before.version()));
            Versions.requireUpdated(dao.update(next, now()));
            LawReport after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.orgId(), "修改" + after.title(), before, after);
            return after;
        });
    }

    public void delete(Actor actor, long id) {
        useWriteTransaction(actor, h -> {
            LawReport before = loadForChange(h, actor, id);
            h.attach(LawReportDao.class).delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, before.orgId(), "删除" + before.title(), before, null);
        });
    }

    /** The year's figures for the subtree (or the actor's scope, or the whole ledger), counted in SQL. */
    public LawReportSummary summary(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        return figures.ofSubtree(jdbi, actor, orgId, "law-report-summary", Arrays.asList(orgId, year), (h, root) -> {
            LawReportDao dao = h.attach(LawReportDao.class);
            Subtree people = Subtree.of(root, "p.org_id");
            LawReportDao.Coverage coverage = dao.coverage(people.cte(), people.join(), root, year);
            Subtree reports = Subtree.of(root, "r.org_id");
            Map<ReportWay, Long> byWay = new EnumMap<>(ReportWay.class);
            Map<ReportRating, Long> byRating = new EnumMap<>(ReportRating.class);
            long total = 0;
            long unrated = 0;
            for (LawReportDao.Tally t : dao.tally(reports.cte(), reports.join(), root, year)) {
                total += t.reports();
                byWay.merge(ReportWay.valueOf(t.way()), t.reports(), Long::sum);
                if (t.rating() == null) {
                    unrated += t.reports();
                } else {
                    byRating.merge(ReportRating.valueOf(t.rating()), t.reports(), Long::sum);
                }
            }
            return LawReportSummary.of(year, orgId, coverage.leaders(), coverage.reported(), total, byWay, byRating,
                    unrated);
        });
    }

    // ---- checks ----

    /**
     * A 述法 is recorded after it was given: a date after today (on this module's clock) is a typing
     * slip, as 行政复议 and the annual report refuse theirs. The record itself keeps the date within
     * its year or the next, so this also keeps the year from lying ahead.
     */
    private void notInFuture(LawReport r) {
        LocalDate today = today();
        if (r.reportedOn() != null && r.reportedOn().isAfter(today)) {
            throw new ValidationException("reportedOn", "述法日期 " + r.reportedOn() + " 不能晚于今天(" + today + ")");
        }
    }

    private static LawReport load(Handle h, Actor actor, long id) {
        return Scope.loadWithin(h, actor, h.attach(LawReportDao.class).find(id), LawReport::orgId, "述法记录", id);
    }

    /** A report about to change: in the actor's scope and not received by 报送. */
    private static LawReport loadForChange(Handle h, Actor actor, long id) {
        return Scope.forChange(h, load(h, actor, id), LawReport::orgId);
    }

    /** The person who reports: existing, within the actor's scope, and a head (not STAFF). */
    private static Person reporter(Handle h, Actor actor, long personId) {
        Person p = h.attach(PersonDao.class).find(personId)
                .orElseThrow(() -> new ValidationException("personId", "述法人不存在(编号 " + personId + ")"));
        Scope.requireWithin(h, actor, p.orgId());
        Scope.requireWritable(h, p.orgId());
        if (!p.category().isHead()) {
            throw new ValidationException("personId", "“" + p.name() + "”是" + p.category().label()
                    + ",不是负责人,不登记述法");
        }
        return p;
    }

    private static void requireFirst(LawReportDao dao, Person person, int year, Long self) {
        dao.idOf(person.id(), year).ifPresent(other -> {
            if (self == null || other.longValue() != self.longValue()) {
                throw new ConflictException("year", "“" + person.name() + "”" + year + "年度的述法已经登记过(编号 "
                        + other + "),请修改原记录");
            }
        });
    }
}
