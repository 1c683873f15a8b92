package org.fazhi.web.training;

import org.fazhi.exchange.Provenance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/** Builds the batch page: its results, the retake choices and the fast-entry table's units. */
record ExamBatchView(CoreServices core, ExamService tests, Provenance provenance) {
    /**
     * Where a result came from when it is read-only here (报送): the batch's origin when the batch is a received unit's,
     * else the result's own (a candidate of a received unit); null when it may be changed.
     */
    Provenance.ReceivedFrom receivedFrom(ExamBatch b, ExamResult r) {
        return provenance.ofRecord("test_batches", b.id(), b.orgId())
                .or(() -> provenance.ofRecord("test_results", r.id(), r.orgId())).orElse(null);
    }

        View render(CurrentUser user, ExamBatch b, String flash, String error, FormState form) {
        Actor actor = user.actor();
        OrgTree tree = core.visibleOrgs().tree(actor);
        List<ExamResult> results = tests.results(actor, b.id());
        Map<Long, Optional<ExamBatch>> batchCache = new HashMap<>();
        batchCache.put(b.id(), Optional.of(b));
        List<ExamPages.ResultRow> rows = new ArrayList<>();
        Map<Outcome, Long> tally = new EnumMap<>(Outcome.class);
        for (ExamResult r : results) {
            String retake = "";
            if (r.retakeOf() != null) {
                retake = describeEarlier(actor, r.retakeOf(), batchCache);
            }
            tally.merge(r.outcome(), 1L, Long::sum);
            rows.add(new ExamPages.ResultRow(rows.size() + 1, r.id(), r.name(), TrainingViews.orgName(tree, r.orgId()),
                    TrainingViews.blankToEmpty(r.currentPost()), TrainingViews.blankToEmpty(r.proposedPost()),
                    r.absent() ? "" : Params.scoreText(r.score()), r.absent(), retake, r.outcome().label(),
                    ExamPages.outcomeCss(r.outcome())));
        }
        List<ExamPages.Tally> tallies = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (tally.containsKey(o)) {
                tallies.add(new ExamPages.Tally(o.label(), tally.get(o), ExamPages.outcomeCss(o)));
            }
        }
        // A received unit's batch (报送) is read-only here: its notice, and no entry forms.
        Provenance.ReceivedFrom receivedFrom = provenance.ofRecord("test_batches", b.id(), b.orgId()).orElse(null);
        boolean writer = actor.role().canWrite() && receivedFrom == null;
        PageModel p = PageModel.of(user, ExamPages.title(b), "tests")
                .put("batch", b)
                .put("batchTitle", ExamPages.title(b))
                .put("orgName", TrainingViews.orgName(tree, b.orgId()))
                .put("track", b.track().label())
                .put("mode", b.mode().label())
                .put("year", b.date().getYear())
                .put("rows", rows)
                .put("count", rows.size())
                .put("tallies", tallies)
                .put("flash", flash)
                .put("error", error)
                .put("form", form)
                .put("receivedFrom", receivedFrom);
        if (writer) {
            p.put("entry", true)
                    .put("orgPicker", OrgPicker.field(tree, form, "orgId")
                        .writable(provenance.receivedUnits()))
                    .put("unitNames", unitNames(tree))
                    .put("retakeChoices", retakeChoices(actor, b, tree, form.get("retakeOf"), batchCache))
                    .put("maxRetakes", tests.maxRetakes());
        }
        return p.view("test-batch");
    }

    /** Failed sittings of this year and the last (a December failure is retaken in January) from earlier batches. */
    private List<ExamPages.RetakeChoice> retakeChoices(Actor actor, ExamBatch batch, OrgTree tree, String selected,
                                             Map<Long, Optional<ExamBatch>> cache) {
        List<ExamPages.RetakeChoice> out = new ArrayList<>();
        int y = batch.date().getYear();
        Map<Long, ExamResult> candidates = new LinkedHashMap<>();
        for (int year = Math.max(Years.MIN, y - 1); year <= y; year++) {
            tests.awaitingRetake(actor, year, null).forEach(r -> candidates.put(r.id(), r));
        }
        for (ExamResult r : candidates.values()) {
            Optional<ExamBatch> earlier = batchOf(actor, r.batchId(), cache);
            if (earlier.isEmpty() || r.batchId() == batch.id()) {
                continue;
            }
            ExamBatch e = earlier.get();
            boolean before = e.date().isBefore(batch.date()) || e.date().equals(batch.date()) && e.id() < batch.id();
            if (!before) {
                continue;
            }
            String orgName = TrainingViews.orgName(tree, r.orgId());
            String label = r.name() + " · " + orgName + " · " + e.date() + " " + ExamPages.title(e) + " "
                    + (r.score() == null ? "" : Params.scoreText(r.score()) + "分");
            out.add(new ExamPages.RetakeChoice(r.id(), label.strip(), r.name(), orgName, TrainingViews.blankToEmpty(r.currentPost()),
                    TrainingViews.blankToEmpty(r.proposedPost()), String.valueOf(r.id()).equals(selected)));
        }
        return out;
    }

    private String describeEarlier(Actor actor, long resultId, Map<Long, Optional<ExamBatch>> cache) {
        try {
            ExamResult earlier = tests.result(actor, resultId);
            Optional<ExamBatch> b = batchOf(actor, earlier.batchId(), cache);
            String score = earlier.score() == null ? "" : "," + Params.scoreText(earlier.score()) + "分";
            return "补考(原 " + b.map(x -> x.date().toString()).orElse("前次") + " 批次" + score + ")";
        } catch (NotFoundException | AccessDeniedException e) {
            return "补考";
        }
    }

    Optional<ExamBatch> batchOf(Actor actor, long id, Map<Long, Optional<ExamBatch>> cache) {
        return cache.computeIfAbsent(id, k -> {
            try {
                return Optional.of(tests.batch(actor, k));
            } catch (NotFoundException | AccessDeniedException e) {
                // A batch organised outside the user's scope: its date is not theirs to see.
                return Optional.empty();
            }
        });
    }

    /** Names for the fast-entry table's unit column; a name shared by several units carries its id, as imports read it. */
    private static List<ExamPages.UnitName> unitNames(OrgTree tree) {
        Map<String, Integer> counts = new HashMap<>();
        tree.flatten().forEach(n -> counts.merge(n.org().name(), 1, Integer::sum));
        return tree.flatten().stream().map(n -> new ExamPages.UnitName(n.org().id(), counts.get(n.org().name()) > 1
                ? n.org().name() + "(编号" + n.org().id() + ")" : n.org().name())).toList();
    }

    static ExamResult resultFromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        Long orgId = errors.check(() -> Params.optionalOrg(f.get("orgId")));
        Double score = errors.check(() -> Params.optionalScore(f.get("score"), "score", "成绩"));
        Long retakeOf = errors.check(() -> Params.optionalId(f.get("retakeOf"), "retakeOf", "补考所对应的成绩"));
        boolean absent = f.get("absent") != null;
        ExamResult r = errors.check(() -> new ExamResult(null, 0, f.get("name"), null, orgId == null ? 0 : orgId,
                f.get("currentPost"), f.get("proposedPost"), score, absent, retakeOf, null));
        errors.throwIfAny();
        return r;
    }
}
