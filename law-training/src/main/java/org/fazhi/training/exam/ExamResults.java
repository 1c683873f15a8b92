package org.fazhi.training.exam;

import static org.fazhi.training.exam.ExamChecks.checkOrg;
import static org.fazhi.training.exam.ExamChecks.checkPerson;
import static org.fazhi.training.exam.ExamChecks.checkRetakeConsistency;
import static org.fazhi.training.exam.ExamChecks.loadResult;
import static org.fazhi.training.exam.ExamChecks.maxRetakes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.RowErrors;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.imports.ImportHistory;
import org.fazhi.training.exam.db.ExamBatchDao;
import org.fazhi.training.exam.db.ExamResultDao;
import org.fazhi.training.study.ImportLedger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The results of 任前法律知识测试 behind {@link ExamService}: read within the actor's scope, added all or none
 * (typed, pasted or imported, a file at most once per batch unless forced), corrected and deleted, each
 * with its outcome derived from the batch's pass mark and the retakes allowed.
 */
final class ExamResults extends LedgerService {
    static final String RESULT = "test-result";

    private final ImportHistory ledger;

    ExamResults(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
        this.ledger = ImportLedger.of(clock);
    }

    /**
     * Results and passes per batch for a list page, in one query: what {@link ExamService#results} would show
     * each batch's reader (a scoped user counts only their units' candidates), as {results, passed}.
     */
    Map<Long, int[]> counts(Actor actor, List<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Subtree s = Subtree.of(actor.scopeOrgId(), "r.org_id");
            Map<Long, int[]> out = new HashMap<>();
            for (ExamResultDao.BatchCount c : h.attach(ExamResultDao.class).countsOf(s.cte(), s.join(), actor.scopeOrgId(),
                    batchIds)) {
                out.put(c.batchId(), new int[] {c.results(), c.passed()});
            }
            return out;
        });
    }

    /** The batch's results the actor may see (candidates of units outside the scope are left out). */
    List<ExamResult> ofBatch(Actor actor, long batchId) {
        return jdbi.withHandle(h -> {
            ExamBatch b = h.attach(ExamBatchDao.class).find(batchId).orElseThrow(() -> NotFoundException.of("测试批次", batchId));
            List<ExamResult> all = h.attach(ExamResultDao.class).ofBatch(batchId);
            if (!actor.scoped()) {
                return all;
            }
            OrgDao orgs = h.attach(OrgDao.class);
            boolean organiser = orgs.isWithin(b.orgId(), actor.scopeOrgId());
            List<ExamResult> visible = all.stream().filter(r -> orgs.isWithin(r.orgId(), actor.scopeOrgId())).toList();
            if (!organiser && visible.isEmpty()) {
                throw new org.fazhi.model.AccessDeniedException("无权访问本账号管辖范围以外的单位");
            }
            return visible;
        });
    }

    ExamResult find(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            return loadResult(h, actor, id);
        });
    }

    /**
     * Adds the rows of an imported file into a batch, all or none. Unless {@code force}, a file (by
     * SHA-256) imported into the same batch before is refused ({@link org.fazhi.sheets.ImportProblem#ALREADY_IMPORTED})
     * and so is a row repeating a result already in the batch; two rows of one file repeating each other are refused
     * even then ({@link #refuseRepeats}). A stored import is recorded with its SHA-256. Typed rows (no SHA-256)
     * are not compared.
     *
     * @param rows the spreadsheet row of each draft, for the row errors; null to count them 1, 2, 3…
     */
    List<ExamResult> add(Actor actor, long batchId, List<ExamResult> drafts, String sha256, String fileName,
                                       boolean force, List<Integer> rows) {
        Scope.requireWriter(actor);
        if (drafts.isEmpty()) {
            throw new ValidationException(null, "没有要保存的成绩");
        }
        return jdbi.inTransaction(h -> {
            ExamBatch batch = h.attach(ExamBatchDao.class).find(batchId).orElseThrow(() -> NotFoundException.of("测试批次", batchId));
            // Results go into a batch its organising unit keeps, as the import does: a unit below may
            // read its own candidates' results there, but not add rows to another unit's batch.
            Scope.requireWithin(h, actor, batch.orgId());
            Scope.requireWritable(h, batch.orgId());
            ledger.requireNew(h, sha256, ImportLedger.RESULTS, batchId, force);
            ExamResultDao dao = h.attach(ExamResultDao.class);
            if (sha256 != null) {
                refuseRepeats(dao.ofBatch(batchId), drafts, rows, force);
            }
            int max = maxRetakes(h);
            List<ExamResult> stored = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                ExamResult d = drafts.get(i);
                try {
                    stored.add(insertOne(h, actor, batch, dao, d, max));
                } catch (ValidationException e) {
                    if (drafts.size() == 1) {
                        throw e;
                    }
                    throw new ValidationException(e.field(), "第" + (i + 1) + "行:" + e.getMessage());
                }
            }
            audit.record(h, actor, AuditLog.CREATE, RESULT, stored.size() == 1 ? stored.get(0).id() : null, batch.orgId(),
                    "录入测试成绩 " + stored.size() + " 条(批次 " + batch.date() + ")", null, stored);
            ledger.record(h, actor, sha256, ImportLedger.RESULTS, batchId, fileName, stored.size());
            return stored;
        });
    }

    /**
     * One candidate's one sitting: the person (by {@code personId} where both results name one, else by name and
     * unit) and the result retaken ({@code retakeOf}, null for a first attempt), so a retake is a result of its own.
     */
    private static boolean sameSitting(ExamResult a, ExamResult b) {
        boolean samePerson = a.personId() != null && b.personId() != null
                ? a.personId().equals(b.personId())
                : a.orgId() == b.orgId() && a.name().equals(b.name());
        return samePerson && Objects.equals(a.retakeOf(), b.retakeOf());
    }

    /**
     * An import must not count a candidate twice: a row repeating a result stored in the batch or an earlier row of
     * the file is a row error, every such row listed, unless {@code force} (the import pages' 仍要导入 box, as for
     * study sessions). A file has a few thousand rows at most, a batch as many: compared pairwise
     * within each name.
     */
    private static void refuseRepeats(List<ExamResult> stored, List<ExamResult> drafts, List<Integer> rows, boolean force) {
        if (force) {
            // Confirmed: imported rows carry no person id, so two namesakes of one unit (two 王芳 of a large 公安局)
            // read as one candidate; the user who ticked 仍要导入 knows they are two.
            return;
        }
        Map<String, List<ExamResult>> storedByName = new HashMap<>();
        stored.forEach(r -> storedByName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
        Map<String, List<Integer>> draftsByName = new HashMap<>();
        RowErrors errors = new RowErrors();
        for (int i = 0; i < drafts.size(); i++) {
            ExamResult d = drafts.get(i);
            int row = rowOf(rows, i);
            boolean repeatsStored = storedByName.getOrDefault(d.name(), List.of()).stream().anyMatch(r -> sameSitting(r, d));
            List<Integer> earlier = draftsByName.computeIfAbsent(d.name(), k -> new ArrayList<>());
            Integer repeatedRow = earlier.stream().filter(j -> sameSitting(drafts.get(j), d)).findFirst()
                    .map(j -> rowOf(rows, j)).orElse(null);
            if (repeatsStored) {
                errors.add(row, null, "第" + row + "行与本批次已有的测试成绩重复(" + sitting(d) + ")");
            } else if (repeatedRow != null) {
                errors.add(row, null, "第" + row + "行与第" + repeatedRow + "行重复(" + sitting(d) + ")");
            }
            earlier.add(i);
        }
        errors.throwIfAny();
    }

    private static String sitting(ExamResult d) {
        return d.retakeOf() == null ? "同一单位的同一考生" : "同一考生补考同一成绩";
    }

    private static int rowOf(List<Integer> rows, int i) {
        return rows == null || i >= rows.size() ? i + 1 : rows.get(i);
    }

    private ExamResult insertOne(Handle h, Actor actor, ExamBatch batch, ExamResultDao dao, ExamResult d, int max) {
        checkOrg(h, actor, d.orgId(), "orgId", "单位");
        checkPerson(h, d);
        d.checkAgainst(batch);
        int retakeNumber = 0;
        if (d.retakeOf() != null) {
            ExamResult earlier = dao.find(d.retakeOf()).orElseThrow(() ->
                    new ValidationException("retakeOf", "补考所对应的成绩不存在(编号 " + d.retakeOf() + ")"));
            // The earlier sitting must be one the actor may see, or its name would leak in the messages below.
            Scope.requireWithin(h, actor, earlier.orgId());
            ExamBatch earlierBatch = h.attach(ExamBatchDao.class).find(earlier.batchId()).orElseThrow();
            if (earlier.outcome() != Outcome.DEFERRED) {
                throw new ValidationException("retakeOf", "只有“不合格,暂缓任用”的成绩可以补考,该成绩为“" + earlier.outcome().label() + "”");
            }
            // Later means a later date, or the same date and a batch entered after the original one.
            boolean later = earlierBatch.date().isBefore(batch.date())
                    || earlierBatch.date().equals(batch.date()) && earlierBatch.id() < batch.id();
            if (!later) {
                throw new ValidationException("retakeOf", "补考须在原考试之后的批次进行");
            }
            if (!earlier.name().equals(d.name())) {
                throw new ValidationException("retakeOf", "补考人员“" + d.name() + "”与原成绩的姓名“" + earlier.name() + "”不一致");
            }
            if (dao.retakeOf(earlier.id()).isPresent()) {
                throw new ValidationException("retakeOf", "“" + earlier.name() + "”的这次成绩已经补考过");
            }
            retakeNumber = dao.retakeNumber(earlier.id()) + 1;
        }
        Outcome o = Outcome.decide(d.absent(), d.score(), batch.passMark(), retakeNumber, max);
        Long chainRoot = d.retakeOf() == null ? null : dao.chainRoot(d.retakeOf());
        long id = dao.insert(d.withIds(null, batch.id()).withOutcome(o), retakeNumber, chainRoot, now());
        return dao.find(id).orElseThrow();
    }

    /**
     * Corrects a result (a typo in a score or post); the outcome is derived again. A change made on a
     * version other than the stored one is refused ({@link Versions#stale()}); a null version is not checked.
     */
    ExamResult update(Actor actor, long id, ExamResult changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            ExamResultDao dao = h.attach(ExamResultDao.class);
            ExamResult before = ExamChecks.loadResultForChange(h, actor, id);
            checkOrg(h, actor, changes.orgId(), "orgId", "单位");
            checkPerson(h, changes);
            ExamBatch batch = h.attach(ExamBatchDao.class).find(before.batchId()).orElseThrow();
            changes.checkAgainst(batch);
            Outcome o = Outcome.decide(changes.absent(), changes.score(), batch.passMark(), dao.retakeNumber(id), maxRetakes(h));
            ExamResult next = new ExamResult(id, before.batchId(), changes.name(), changes.personId(), changes.orgId(),
                    changes.currentPost(), changes.proposedPost(), changes.score(), changes.absent(), before.retakeOf(), o,
                    Versions.expected(expectedVersion, before.version()));
            if (!next.version().equals(before.version())) {
                throw Versions.stale();
            }
            checkRetakeConsistency(dao, before, o);
            Versions.requireUpdated(dao.update(next, now()));
            ExamResult after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, RESULT, id, after.orgId(), "修改测试成绩“" + after.name() + "”", before, after);
            return after;
        });
    }

    void delete(Actor actor, long id) {
        // Another module's rows may point at the result (the online exam it came from), rows this module cannot see.
        deleteInWriteTransaction(actor, "该成绩来自在线考试,不能在此删除", h -> {
            ExamResultDao dao = h.attach(ExamResultDao.class);
            ExamResult before = ExamChecks.loadResultForChange(h, actor, id);
            if (dao.retakeOf(id).isPresent()) {
                throw new ConflictException(null, "该成绩已有补考记录,请先删除补考成绩");
            }
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, RESULT, id, before.orgId(), "删除测试成绩“" + before.name() + "”", before, null);
        });
    }
}
