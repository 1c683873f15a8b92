package org.fazhi.web.onlineexam;

import org.fazhi.exchange.Provenance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.exchange.Provenance;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.onlineexam.exam.CandidateDraft;
import org.fazhi.onlineexam.exam.ExamPart;
import org.fazhi.onlineexam.exam.ExamSetup;
import org.fazhi.onlineexam.exam.IssuedCode;
import org.fazhi.onlineexam.exam.OnlineExam;
import org.fazhi.onlineexam.exam.PaperQuestion;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/**
 * The organiser's pages of a batch's online exam, /tests/{id}/exam: the setup form (when the batch has none), then
 * the candidates with their state (未登录, 答题中 n/m, 已交卷, 缺考) and score, the form adding one (its code shown
 * once), the code sheet to print (POST …/codes issues new codes), closing the exam, the printed paper of a variant
 * with or without its key (…/paper?variant=A&key=1), the marking of a case question across candidates
 * (…/marking?question=) and the per-question statistics.
 */
@Path("/tests/{id}/exam")
@Produces(MediaType.TEXT_HTML)
public record ExamPages(CoreServices core, OnlineExams exams, ExamService tests, Provenance provenance) {
    private static final Flash FLASH = Flash.of("created", "在线考试已设置,试卷已组好。", "closed", "考试已结束,未登录的考生记为缺考。",
            "marked", "评分已保存。");
    private static final String[] PART_FIELDS = {"single", "multiple", "trueFalse", "case"};
    private static final QuestionType[] PART_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE,
            QuestionType.CASE};

    private static long batchId(String id) {
        return Params.pathId(id, "测试批次");
    }

    /** A part of the setup form: its type's label, field names and values. */
    public record PartRow(String label, String countField, String pointsField, String count, String points, String error) {
    }

    /**
     * A candidate row of the page. Their case answers are marked on {@code markingQuestion}'s marking page when their
     * variant has one case question ({@code hasMarking} without it: the page's list of them), linked from "待阅 N"
     * while their submitted paper has answers to mark ({@code pendingCase}); {@code answered} is the progress before it.
     * {@code reissue}: a new code can be issued to them from the row (not yet submitted, the exam open, their unit not
     * one received by 报送), e.g. for a phone that died mid-exam.
     */
    public record Row(long id, String name, String orgName, String variant, String statusLabel, String progress,
                      String score, boolean pendingCase, String answered, int pending, boolean hasMarking,
                      Long markingQuestion, boolean reissue) {
    }

    /**
     * A case question of the exam for the marking list: its label and answers waiting for a marker; {@code liveVariant}
     * is its variant when it is that variant's only case question (the page's script then keeps the count up to date
     * from the candidates' pending answers), else null.
     */
    public record CaseQuestion(long id, String label, int waiting, String liveVariant) {
    }

    /** A question of a printed paper: number, type, stem, options with letters, the key when printed with it. */
    public record Printed(int number, String typeLabel, int points, String stem, List<String> options, String key) {
        /** Whether the question has options to list: mustache.java has no list index ({{#options.0}} is always empty). */
        public boolean hasOptions() {
            return !options.isEmpty();
        }
    }

    @GET
    public View page(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        return view(user, batchId(id), FLASH.text(msg), FormState.empty().value("minutes", "60").value("variants", "A"),
                FormState.empty(), null);
    }

    private View view(CurrentUser user, long batchId, String flash, FormState setupForm, FormState candidateForm,
                      IssuedCode issued) {
        Actor actor = user.actor();
        ExamBatch b = tests.batch(actor, batchId);
        Optional<OnlineExam> exam = exams.desk().ofBatch(actor, batchId);
        OrgTree tree = core.visibleOrgs().tree(actor);
        // Units received by 报送 are read-only here (the domain refuses every change to their records): a batch of one
        // shows its notice and no forms, as on the batch's own page; a candidate of one is offered no new code.
        Set<Long> received = provenance.receivedUnits();
        Provenance.ReceivedFrom receivedFrom = received.contains(b.orgId())
                ? provenance.ofRecord("test_batches", b.id(), b.orgId()).orElse(null) : null;
        boolean writer = actor.role().canWrite() && !received.contains(b.orgId());
        PageModel p = PageModel.of(user, "在线考试 · " + title(b), "tests")
                .put("batch", b).put("batchTitle", title(b)).put("flash", flash).put("issued", issued)
                .put("writer", writer).put("receivedFrom", receivedFrom);
        if (exam.isEmpty()) {
            List<PartRow> parts = new ArrayList<>();
            for (int i = 0; i < PART_TYPES.length; i++) {
                parts.add(new PartRow(PART_TYPES[i].label(), PART_FIELDS[i] + "Count", PART_FIELDS[i] + "Points",
                        setupForm.get(PART_FIELDS[i] + "Count"), setupForm.get(PART_FIELDS[i] + "Points"), null));
            }
            return p.put("setup", true).put("form", setupForm).put("variantsAB", "AB".equals(setupForm.get("variants"))).put("parts", parts).view("exam-organiser");
        }
        OnlineExam e = exam.get();
        List<CaseQuestion> caseQuestions = new ArrayList<>();
        Map<String, Optional<Long>> markingOfVariant = new LinkedHashMap<>();
        // Waiting as the candidates' "待阅" counts them (a submitted answer with text and no mark yet), counted by the
        // database in one query rather than by reading every answer.
        Map<Long, Integer> waiting = exams.desk().waitingToMark(actor, e.id());
        for (String v : e.setup().variants()) {
            List<PaperQuestion> cases = exams.desk().paper(actor, e.id(), v).stream()
                    .filter(q -> q.type() == QuestionType.CASE).toList();
            for (PaperQuestion q : cases) {
                caseQuestions.add(new CaseQuestion(q.id(), v + "卷第" + q.position() + "题", waiting.getOrDefault(q.id(), 0),
                        cases.size() == 1 ? v : null));
            }
            if (!cases.isEmpty()) {
                markingOfVariant.put(v, cases.size() == 1 ? Optional.of(cases.get(0).id()) : Optional.empty());
            }
        }
        boolean open = !e.closed() && writer;
        List<Row> rows = new ArrayList<>();
        for (var c : exams.desk().candidates(actor, e.id())) {
            boolean submitted = c.status() == org.fazhi.onlineexam.exam.CandidateStatus.SUBMITTED;
            boolean notIn = c.status() == org.fazhi.onlineexam.exam.CandidateStatus.WAITING
                    || c.status() == org.fazhi.onlineexam.exam.CandidateStatus.SITTING;
            rows.add(new Row(c.id(), c.name(), org.fazhi.web.training.TrainingViews.orgName(tree, c.orgId()), c.variant(),
                    c.status().label(), ExamWebJson.progress(c), c.score() == null ? "" : Params.scoreText(c.score()),
                    submitted && c.pendingCase() > 0, "已答 " + c.answered() + "/" + c.questions(), c.pendingCase(),
                    markingOfVariant.containsKey(c.variant()), markingOfVariant.getOrDefault(c.variant(), Optional.empty()).orElse(null),
                    open && notIn && !received.contains(c.orgId())));
        }
        List<String> parts = e.setup().parts().stream().map(x -> x.type().label() + " " + x.count() + " 题 × " + x.points() + " 分").toList();
        List<Map<String, Object>> stats = new ArrayList<>();
        for (var s : exams.desk().stats(actor, e.id())) {
            ExamWebJson.Stats j = ExamWebJson.Stats.of(s);
            StringBuilder picks = new StringBuilder();
            s.picks().forEach((k, v) -> picks.append(picks.length() == 0 ? "" : " ").append(k.equals("T") ? "对" : k.equals("F") ? "错" : k)
                    .append(":").append(v));
            stats.add(Map.of("label", s.variant() + "卷第" + s.position() + "题", "type", s.type().label(), "asked", s.asked(),
                    "rate", j.correctRate() == null ? "—" : j.correctRate() + "%", "average",
                    s.averagePoints() == null ? "—" : Params.scoreText(s.averagePoints()), "picks", picks.toString()));
        }
        p.put("exam", e).put("parts", parts).put("variants", e.setup().variants()).put("laws", String.join("、", e.setup().laws()))
                .put("rows", rows).put("count", rows.size()).put("candidatesUrl", "/api/exams/" + e.id() + "/candidates").put("caseQuestions", caseQuestions)
                .put("hasCaseQuestions", !caseQuestions.isEmpty()).put("stats", stats)
                .put("partial", e.setup().partialCredit()).put("form", candidateForm)
                .put("orgPicker", OrgPicker.field(tree, candidateForm, "orgId"));
        return p.view("exam-organiser");
    }

    /** The batch's online exam (the batch within the user's scope), or the 404 saying it has none. */
    private OnlineExam examOf(CurrentUser user, long batch) {
        return exams.desk().ofBatch(user.actor(), batch).orElseThrow(() -> new org.fazhi.model.NotFoundException("该测试批次没有在线考试"));
    }

    /** An id a form carries in a hidden field: a form without it is refused (400). */
    private static long formId(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(null, "未指明" + what + ",请从阅卷页面提交");
        }
        return Params.pathId(text, what);
    }

    private static String title(ExamBatch b) {
        return b.title() == null ? b.date() + " 批次" : b.title();
    }

    /** Sets up the exam from the form: minutes, variants (A or AB), count and points per type, laws one a line. */
    @POST
    public Response create(@Context ContainerRequestContext ctx, @PathParam("id") String id, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long batch = batchId(id);
        FormState form = FormState.of(params);
        return FormSubmission.submit(form, f -> {
            exams.desk().create(user.actor(), batch, setup(f));
            return "/tests/" + batch + "/exam?msg=created";
        }, failed -> view(user, batch, null, failed, FormState.empty(), null));
    }

    private static ExamSetup setup(FormState f) {
        List<ExamPart> parts = new ArrayList<>();
        for (int i = 0; i < PART_TYPES.length; i++) {
            Integer count = Params.optionalInt(f.get(PART_FIELDS[i] + "Count"), "parts", PART_TYPES[i].label() + "题量");
            if (count == null || count == 0) {
                continue;
            }
            Integer points = Params.optionalInt(f.get(PART_FIELDS[i] + "Points"), "parts", PART_TYPES[i].label() + "每题分值");
            parts.add(new ExamPart(PART_TYPES[i], count, points == null ? 0 : points));
        }
        Integer minutes = Params.optionalInt(f.get("minutes"), "minutes", "考试时长");
        List<String> variants = "AB".equals(f.get("variants")) ? List.of("A", "B") : List.of("A");
        String laws = f.get("laws");
        List<String> lawList = laws == null ? List.of() : List.of(laws.split("[\\r\\n]+"));
        return new ExamSetup(minutes == null ? 0 : minutes, variants, parts, lawList, f.get("partialCredit") != null);
    }

    /** Adds a candidate; the page comes back with their one-time code shown once. */
    @POST
    @Path("candidates")
    public Response addCandidate(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                 MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long batch = batchId(id);
        OnlineExam e = examOf(user, batch);
        FormState form = FormState.of(params);
        return FormSubmission.attempt(() -> {
            Long orgId = Params.optionalOrg(form.get("orgId"));
            Long retakeOf = Params.optionalId(form.get("retakeOf"), "retakeOf", "补考所对应的成绩");
            IssuedCode code = exams.desk().addCandidate(user.actor(), e.id(), new CandidateDraft(form.get("name"),
                    orgId == null ? 0 : orgId, null, form.get("currentPost"), form.get("proposedPost"), retakeOf));
            return Response.ok(view(user, batch, null, FormState.empty(), FormState.empty(), code)).build();
        }, ex -> Response.status(FormState.status(ex)).entity(view(user, batch, null, FormState.empty(), form.fail(ex), null)).build());
    }

    /**
     * The code sheet to print, one slip each: new codes for every candidate who has not signed in yet, or, with the
     * form's {@code candidateId} (the row's 重发登录码), for that one candidate even mid-exam — a phone that died: they
     * sign in again on another device with their answers and end time kept. Earlier codes stop working.
     */
    @POST
    @Path("codes")
    public View codes(@Context ContainerRequestContext ctx, @PathParam("id") String id, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long batch = batchId(id);
        ExamBatch b = tests.batch(user.actor(), batch);
        OnlineExam e = examOf(user, batch);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        String one = params == null ? null : params.getFirst("candidateId");
        List<Long> ids = one == null || one.isBlank() ? List.of() : List.of(Params.pathId(one, "考生"));
        List<Map<String, Object>> slips = new ArrayList<>();
        for (IssuedCode c : exams.desk().issueCodes(user.actor(), e.id(), ids)) {
            slips.add(Map.of("name", c.name(), "orgName", org.fazhi.web.training.TrainingViews.orgName(tree, c.orgId()),
                    "code", c.code().substring(0, 4) + " " + c.code().substring(4)));
        }
        return PageModel.of(user, "登录码 · " + title(b), "tests").put("batch", b).put("batchTitle", title(b))
                .put("slips", slips).put("one", !ids.isEmpty()).put("minutes", e.setup().minutes()).view("exam-codes");
    }

    @POST
    @Path("close")
    public Response close(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.of(ctx);
        long batch = batchId(id);
        OnlineExam e = examOf(user, batch);
        exams.desk().close(user.actor(), e.id());
        return org.fazhi.web.pages.Redirects.to("/tests/" + batch + "/exam?msg=closed");
    }

    /** The printed paper of a variant, with its key when {@code key=1}: for an offline sitting. */
    @GET
    @Path("paper")
    public View paper(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("variant") String variant,
                      @QueryParam("key") String key) {
        CurrentUser user = CurrentUser.of(ctx);
        long batch = batchId(id);
        ExamBatch b = tests.batch(user.actor(), batch);
        OnlineExam e = examOf(user, batch);
        String v = variant == null || variant.isBlank() ? "A" : variant;
        boolean withKey = "1".equals(key);
        Map<String, List<Printed>> byType = new LinkedHashMap<>();
        for (PaperQuestion q : exams.desk().paper(user.actor(), e.id(), v)) {
            List<String> options = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                options.add(org.fazhi.onlineexam.bank.Question.label(i) + ". " + q.options().get(i));
            }
            String k = !withKey ? null : q.type() == QuestionType.TRUE_FALSE ? ("T".equals(q.answer()) ? "对" : "错") : q.answer();
            byType.computeIfAbsent(q.type().label(), t -> new ArrayList<>()).add(new Printed(q.position(), q.type().label(),
                    q.points(), q.stem(), options, k));
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        byType.forEach((t, qs) -> sections.add(Map.of("label", t, "questions", qs)));
        return PageModel.of(user, title(b) + " " + v + "卷" + (withKey ? "(含答案)" : ""), "tests").put("batch", b)
                .put("batchTitle", title(b)).put("variant", v).put("withKey", withKey).put("sections", sections)
                .put("minutes", e.setup().minutes()).put("total", e.totalPoints()).view("exam-paper");
    }

    /** One case question's submitted answers across candidates (by number, not name), each with a marking form. */
    @GET
    @Path("marking")
    public View marking(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("question") String question,
                        @QueryParam("msg") String msg) {
        return markingView(CurrentUser.of(ctx), batchId(id), formId(question, "试题"), FLASH.text(msg), null, null);
    }

    private View markingView(CurrentUser user, long batch, long questionId, String flash, Long failedCandidate, FormState failed) {
        ExamBatch b = tests.batch(user.actor(), batch);
        OnlineExam e = examOf(user, batch);
        PaperQuestion q = e.setup().variants().stream().flatMap(v -> exams.desk().paper(user.actor(), e.id(), v).stream())
                .filter(x -> x.id() == questionId).findFirst()
                .orElseThrow(() -> org.fazhi.model.NotFoundException.of("本次考试的试题", questionId));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (var a : exams.desk().caseAnswers(user.actor(), e.id(), questionId)) {
            boolean mine = failedCandidate != null && failedCandidate == a.candidateId();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("candidateId", a.candidateId());
            row.put("answer", a.answer() == null ? "" : a.answer());
            row.put("points", mine ? failed.get("points") : a.points() == null ? "" : Params.scoreText(a.points()));
            row.put("note", mine ? failed.get("note") : a.note() == null ? "" : a.note());
            row.put("marked", a.points() != null);
            row.put("error", !mine ? null : failed.getGeneral() != null ? failed.getGeneral() : String.join(";", failed.getE().values()));
            answers.add(row);
        }
        return PageModel.of(user, "阅卷 · " + title(b), "tests").put("batch", b).put("batchTitle", title(b)).put("q", q)
                .put("answers", answers).put("flash", flash).put("receivedFrom", receivedFrom(b)).view("exam-marking");
    }

    /** Where a received unit's batch came from (报送); null for a batch of this instance's own. */
    private Provenance.ReceivedFrom receivedFrom(ExamBatch b) {
        return provenance.ofRecord("test_batches", b.id(), b.orgId()).orElse(null);
    }

    @POST
    @Path("marking")
    public Response mark(@Context ContainerRequestContext ctx, @PathParam("id") String id, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long batch = batchId(id);
        FormState form = FormState.of(params);
        OnlineExam e = examOf(user, batch);
        long question = formId(form.get("question"), "试题");
        long candidate = formId(form.get("candidateId"), "考生");
        return FormSubmission.submit(form, f -> {
            Double points = Params.optionalScore(f.get("points"), "points", "得分");
            if (points == null) {
                throw new ValidationException("points", "得分不能为空");
            }
            exams.desk().mark(user.actor(), e.id(), candidate, question, points, f.get("note"));
            return "/tests/" + batch + "/exam/marking?question=" + question + "&msg=marked";
        }, failed -> markingView(user, batch, question, null, candidate, failed));
    }
}
