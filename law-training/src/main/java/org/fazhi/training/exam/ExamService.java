package org.fazhi.training.exam;

import static org.fazhi.training.exam.ExamChecks.checkOrg;
import static org.fazhi.training.exam.ExamChecks.checkRetakeConsistency;
import static org.fazhi.training.exam.ExamChecks.loadBatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Checks;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.db.SettingsDao;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.training.exam.db.ExamBatchDao;
import org.fazhi.training.exam.db.ExamResultDao;
import org.jdbi.v3.core.Jdbi;

/**
 * 任前法律知识测试: batches, results with derived outcomes and retakes, and the year's statistics.
 * A batch belongs to the unit that organised it; a result to the candidate's unit, and the scope
 * checks follow that.
 */
public final class ExamService extends LedgerService {
    public static final String MAX_RETAKES = "training.maxRetakes";
    static final String BATCH = "test-batch";

    private final FigureCache figures;
    private final ExamResults examResults;

    public ExamService(Jdbi jdbi, AuditLog audit, FigureCache figures, Clock clock) {
        super(jdbi, audit, clock);
        this.figures = figures;
        this.examResults = new ExamResults(jdbi, audit, clock);
    }

    // ---- batches ----

    public PageResult<ExamBatch> batches(Actor actor, Long orgId, Integer year, Track track, Page page) {
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, orgId);
            Subtree s = Subtree.of(root, "b.org_id");
            LocalDate from = year == null ? LocalDate.of(Years.MIN, 1, 1) : LocalDate.of(Years.check(year, "year"), 1, 1);
            LocalDate to = year == null ? LocalDate.of(Years.MAX + 1, 1, 1) : from.plusYears(1);
            String t = track == null ? null : track.name();
            ExamBatchDao dao = h.attach(ExamBatchDao.class);
            return new PageResult<>(dao.page(s.cte(), s.join(), root, from, to, t, page.limit(), page.offset()),
                    dao.count(s.cte(), s.join(), root, from, to, t));
        });
    }

    /**
     * The year's batches in which a candidate of {@code orgId}'s subtree (checked against the actor's
     * scope) sat or was absent, whoever organised them: the batches behind the subtree's {@link #stats}.
     * {@code q}, when given, is part of the batch name or paper.
     */
    public PageResult<ExamBatch> batchesSatBy(Actor actor, Long orgId, int year, String q, Page page) {
        Years.check(year, "year");
        String text = Checks.optionalText(q, "q", "搜索词", 50);
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, orgId);
            Subtree s = Subtree.of(root, "r.org_id");
            LocalDate from = LocalDate.of(year, 1, 1);
            ExamBatchDao dao = h.attach(ExamBatchDao.class);
            return new PageResult<>(dao.pageSatBy(s.cte(), s.join(), root, from, from.plusYears(1), text, page.limit(),
                    page.offset()), dao.countSatBy(s.cte(), s.join(), root, from, from.plusYears(1), text));
        });
    }

    public ExamBatch batch(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            return loadBatch(h, actor, id);
        });
    }

    /**
     * A batch as a reader of its results may see it: organised within the actor's scope, or with a
     * candidate of the scope (as {@link #results} allows), so a unit can name a batch its people sat that
     * the county organised.
     */
    public ExamBatch batchSat(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            ExamBatch b = h.attach(ExamBatchDao.class).find(id).orElseThrow(() -> NotFoundException.of("测试批次", id));
            if (actor.scoped()) {
                OrgDao orgs = h.attach(OrgDao.class);
                boolean seen = orgs.isWithin(b.orgId(), actor.scopeOrgId())
                        || h.attach(ExamResultDao.class).ofBatch(id).stream().anyMatch(r -> orgs.isWithin(r.orgId(), actor.scopeOrgId()));
                if (!seen) {
                    throw new org.fazhi.model.AccessDeniedException("无权访问本账号管辖范围以外的单位");
                }
            }
            return b;
        });
    }

    /**
     * The batches of {@code ids} the actor may see, by id, in one query: a list of people awaiting a
     * retake names hundreds of batches, and one lookup each would hold a connection hundreds of times.
     */
    public Map<Long, ExamBatch> batches(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            OrgDao orgs = h.attach(OrgDao.class);
            Map<Long, ExamBatch> out = new HashMap<>();
            for (ExamBatch b : h.attach(ExamBatchDao.class).findAll(ids)) {
                if (!actor.scoped() || orgs.isWithin(b.orgId(), actor.scopeOrgId())) {
                    out.put(b.id(), b);
                }
            }
            return out;
        });
    }

    public ExamBatch createBatch(Actor actor, ExamBatch b) {
        return inWriteTransaction(actor, h -> {
            checkOrg(h, actor, b.orgId(), "orgId", "组织单位");
            ExamBatchDao dao = h.attach(ExamBatchDao.class);
            long id = dao.insert(b, now());
            ExamBatch stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, BATCH, id, b.orgId(), "新建测试批次(" + b.date() + ")", null, stored);
            return stored;
        });
    }

    /** Changing the pass mark re-derives every outcome of the batch. */
    public ExamBatch updateBatch(Actor actor, long id, ExamBatch changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            ExamBatchDao dao = h.attach(ExamBatchDao.class);
            ExamBatch before = ExamChecks.loadBatchForChange(h, actor, id);
            if (changes.orgId() != before.orgId()) {
                checkOrg(h, actor, changes.orgId(), "orgId", "组织单位");
            }
            ExamBatch next = new ExamBatch(id, changes.orgId(), changes.date(), changes.track(), changes.paper(),
                    changes.fullMark(), changes.passMark(), changes.mode(), changes.title(),
                    Versions.expected(expectedVersion, before.version()));
            ExamResultDao results = h.attach(ExamResultDao.class);
            for (ExamResult r : results.ofBatch(id)) {
                r.checkAgainst(next);
            }
            Versions.requireUpdated(dao.update(next, now()));
            int max = ExamChecks.maxRetakes(h);
            for (ExamResult r : results.ofBatch(id)) {
                Outcome o = Outcome.decide(r.absent(), r.score(), next.passMark(), results.retakeNumber(r.id()), max);
                if (o != r.outcome()) {
                    checkRetakeConsistency(results, r, o);
                    results.update(r.withOutcome(o), now());
                }
            }
            ExamBatch after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, BATCH, id, after.orgId(), "修改测试批次(" + after.date() + ")", before, after);
            return after;
        });
    }

    public void deleteBatch(Actor actor, long id) {
        // Another module's rows may point at the batch (an online exam set up on it), rows this module cannot see.
        deleteInWriteTransaction(actor, "该批次已设置在线考试等关联记录,不能删除", h -> {
            ExamBatchDao dao = h.attach(ExamBatchDao.class);
            ExamBatch before = ExamChecks.loadBatchForChange(h, actor, id);
            if (dao.resultCount(id) > 0) {
                throw new ConflictException(null, "该批次已有考生成绩,请先删除成绩再删除批次");
            }
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, BATCH, id, before.orgId(), "删除测试批次(" + before.date() + ")", before, null);
        });
    }

    // ---- results ----

    /**
     * Results and passes per batch for a list page, in one query: what {@link #results} would show
     * each batch's reader (a scoped user counts only their units' candidates), as {results, passed}.
     */
    public Map<Long, int[]> counts(Actor actor, List<Long> batchIds) {
        return examResults.counts(actor, batchIds);
    }

    /** The batch's results the actor may see (candidates of units outside the scope are left out). */
    public List<ExamResult> results(Actor actor, long batchId) {
        return examResults.ofBatch(actor, batchId);
    }

    public ExamResult result(Actor actor, long id) {
        return examResults.find(actor, id);
    }

    /** Adds one result; see {@link #addResults}. */
    public ExamResult addResult(Actor actor, long batchId, ExamResult draft) {
        return addResults(actor, batchId, List.of(draft)).get(0);
    }

    /**
     * Adds the rows typed or pasted into a batch, all or none: the first bad row stops everything, its
     * message naming the row ("第3行:…").
     */
    public List<ExamResult> addResults(Actor actor, long batchId, List<ExamResult> drafts) {
        return addResults(actor, batchId, drafts, null, null, false);
    }

    /**
     * Adds the rows of an imported file into a batch, all or none. Unless {@code force}, a file (by
     * SHA-256) imported into the same batch before is refused ({@link org.fazhi.sheets.ImportProblem#ALREADY_IMPORTED});
     * a stored import is recorded with its SHA-256.
     */
    public List<ExamResult> addResults(Actor actor, long batchId, List<ExamResult> drafts, String sha256, String fileName,
                                       boolean force) {
        return addResults(actor, batchId, drafts, sha256, fileName, force, null);
    }

    /**
     * As {@link #addResults(Actor, long, List, String, String, boolean)}, for an imported file (a non-null
     * {@code sha256}): a row repeating a result already in the batch (unless {@code force}) or another row of
     * the file is refused as a row error; see {@link ExamResults#add}.
     *
     * @param rows the spreadsheet row of each draft, for the row errors; null to count them 1, 2, 3…
     * @throws org.fazhi.sheets.ImportRejected listing every repeated row
     */
    public List<ExamResult> addResults(Actor actor, long batchId, List<ExamResult> drafts, String sha256, String fileName,
                                       boolean force, List<Integer> rows) {
        return examResults.add(actor, batchId, drafts, sha256, fileName, force, rows);
    }

    /** Corrects a result whatever its stored version; see {@link #updateResult(Actor, long, ExamResult, Integer)}. */
    public ExamResult updateResult(Actor actor, long id, ExamResult changes) {
        return updateResult(actor, id, changes, null);
    }

    /**
     * Corrects a result (a typo in a score or post); the outcome is derived again. A change made on a
     * version other than the stored one is refused ({@link Versions#stale()}); a null version is not checked.
     */
    public ExamResult updateResult(Actor actor, long id, ExamResult changes, Integer expectedVersion) {
        return examResults.update(actor, id, changes, expectedVersion);
    }

    public void deleteResult(Actor actor, long id) {
        examResults.delete(actor, id);
    }

    // ---- figures ----

    public ExamStats stats(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        return figures.ofSubtree(jdbi, actor, orgId, "test-stats", List.of(year), (h, root) -> {
            Subtree s = Subtree.of(root, "r.org_id");
            ExamResultDao.Totals t = h.attach(ExamResultDao.class).totals(s.cte(), s.join(), root,
                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            // Scores have one decimal at most, so the sum of tenths is exact; a double average such as
            // 51.349999… for 50.3 and 52.4 would round down instead of half-up to 51.4.
            BigDecimal avg = t.scoreTenths() == null || t.sittings() == 0 ? null
                    : BigDecimal.valueOf(t.scoreTenths()).divide(BigDecimal.valueOf(t.sittings() * 10), 1, RoundingMode.HALF_UP);
            return ExamStats.of(year, t.batches(), t.people(), t.sittings(), t.firstSittings(), t.passedFirst(),
                    t.passedFinal(), t.absent(), avg);
        });
    }

    public List<ExamResult> awaitingRetake(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        return figures.ofSubtree(jdbi, actor, orgId, "awaiting-retake", List.of(year), (h, root) -> {
            Subtree s = Subtree.of(root, "r.org_id");
            return List.copyOf(h.attach(ExamResultDao.class).awaitingRetake(s.cte(), s.join(), root,
                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
        });
    }

    // ---- the retake setting ----

    public int maxRetakes() {
        return jdbi.withHandle(ExamChecks::maxRetakes);
    }

    public void setMaxRetakes(Actor actor, int n) {
        Scope.requireAdmin(actor);
        if (n < 0 || n > 5) {
            throw new ValidationException("maxRetakes", "补考次数应在0到5之间");
        }
        jdbi.useTransaction(h -> {
            int before = ExamChecks.maxRetakes(h);
            h.attach(SettingsDao.class).put(MAX_RETAKES, String.valueOf(n), now());
            // Failed sittings not yet retaken are judged again: with more retakes allowed a withdrawn
            // nomination is deferred again, with fewer a deferred one is withdrawn.
            h.createUpdate("UPDATE test_results SET outcome = CASE WHEN retake_number >= :max THEN 'WITHDRAWN' ELSE 'DEFERRED' END, "
                    + "updated_at = :now WHERE outcome IN ('DEFERRED', 'WITHDRAWN') "
                    + "AND NOT EXISTS (SELECT 1 FROM test_results x WHERE x.retake_of = test_results.id)")
                    .bind("max", n).bind("now", now()).execute();
            audit.record(h, actor, AuditLog.UPDATE, "setting", null, null, "补考次数由 " + before + " 改为 " + n, before, n);
        });
    }
}
