package org.fazhi.onlineexam.exam;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.exam.ExamBatch;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The organiser's side of online exams, within the scope of the batch's organising unit: setting up an exam and
 * assembling its paper, adding candidates and issuing their one-time codes, following the sittings, marking case
 * answers, closing the exam (the absent become 缺考), the papers for printing and the per-question statistics.
 * Every change is audited (entity {@value #EXAM}).
 */
public final class ExamDesk extends LedgerService {
    public static final String EXAM = "online-exam";
    public static final int NOTE_MAX = 200;

    private final ResultFeed feed;
    private final ExamRoom room;

    ExamDesk(Jdbi jdbi, AuditLog audit, Clock clock, ResultFeed feed, ExamRoom room) {
        super(jdbi, audit, clock);
        this.feed = feed;
        this.room = room;
    }

    // ---- setup ----

    /**
     * Sets up the batch's online exam and draws its variants from the bank. The parts' points must add up to the
     * batch's full mark, since the score becomes the batch's result; a batch has at most one online exam.
     */
    public OnlineExam create(Actor actor, long batchId, ExamSetup setup) {
        return inWriteTransaction(actor, h -> {
            ExamBatch batch = feed.exams().batch(actor, batchId);
            // A batch received in a 报送 package is the sender's: read-only here.
            Scope.requireWritable(h, batch.orgId());
            if (ExamStore.examOfBatch(h, batchId).isPresent()) {
                throw new ConflictException(null, "该测试批次已有在线考试");
            }
            if (setup.total() != batch.fullMark()) {
                throw new ValidationException("parts", "各题型合计" + setup.total() + "分,与批次满分" + batch.fullMark()
                        + "分不一致(成绩将记入该批次,请调整题量或分值)");
            }
            Map<String, List<Papers.Drawn>> variants = Papers.assemble(h, setup);
            String at = now().toString();
            long id = h.createUpdate("INSERT INTO exams (batch_id, minutes, variants, partial_credit, rule, total_points, "
                            + "created_at, updated_at) VALUES (:b, :m, :v, :p, :r, :t, :at, :at)")
                    .bind("b", batchId).bind("m", setup.minutes()).bind("v", String.join(",", setup.variants()))
                    .bind("p", setup.partialCredit() ? 1 : 0).bind("r", ExamStore.json(setup)).bind("t", setup.total())
                    .bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Map<QuestionType, Integer> points = new LinkedHashMap<>();
            setup.parts().forEach(p -> points.put(p.type(), p.points()));
            var insert = h.prepareBatch("INSERT INTO exam_questions (exam_id, variant, position, question_id, type, stem, "
                    + "options, answer, points, laws) VALUES (:e, :v, :p, :q, :t, :s, :o, :a, :pts, :l)");
            variants.forEach((variant, drawn) -> {
                for (int i = 0; i < drawn.size(); i++) {
                    Papers.Drawn d = drawn.get(i);
                    insert.bind("e", id).bind("v", variant).bind("p", i + 1).bind("q", d.id()).bind("t", d.type().name())
                            .bind("s", d.stem()).bind("o", d.options()).bind("a", d.answer()).bind("pts", points.get(d.type()))
                            .bind("l", ExamStore.json(d.laws())).add();
                }
            });
            insert.execute();
            OnlineExam exam = ExamStore.exam(h, id);
            audit.record(h, actor, AuditLog.CREATE, EXAM, id, exam.orgId(), "设置在线考试(批次 " + batch.date() + ","
                    + setup.variants().size() + "套试卷,每套" + variants.get("A").size() + "题)", null, setup);
            return exam;
        });
    }

    public OnlineExam exam(Actor actor, long id) {
        return jdbi.withHandle(h -> load(h, actor, id));
    }

    /** The batch's online exam, if it has one (the batch within the actor's scope). */
    public Optional<OnlineExam> ofBatch(Actor actor, long batchId) {
        return jdbi.withHandle(h -> {
            feed.exams().batch(actor, batchId);
            return ExamStore.examOfBatch(h, batchId);
        });
    }

    /**
     * A variant's questions with their keys, in paper order: for the printed paper and the marker. Organisers only: a
     * viewer of the unit may be sitting the exam.
     */
    public List<PaperQuestion> paper(Actor actor, long examId, String variant) {
        keysForOrganisers(actor);
        return jdbi.withHandle(h -> {
            OnlineExam e = load(h, actor, examId);
            if (!e.setup().variants().contains(variant)) {
                throw new NotFoundException("试卷" + variant + "卷不存在");
            }
            return ExamStore.questions(h, examId, variant);
        });
    }

    /** Keys and answers are the organisers': a viewer of the unit may be one of the candidates. */
    private static void keysForOrganisers(Actor actor) {
        if (!actor.role().canWrite()) {
            throw new org.fazhi.model.AccessDeniedException("试卷答案和考生作答只向考试组织者显示");
        }
    }

    private OnlineExam load(Handle h, Actor actor, long id) {
        OnlineExam e = ExamStore.exam(h, id);
        Scope.requireWithin(h, actor, e.orgId());
        return e;
    }

    /** An exam about to change: as {@link #load}, and not a received unit's (报送: read-only here). */
    private OnlineExam loadForChange(Handle h, Actor actor, long id) {
        return Scope.forChange(h, load(h, actor, id), OnlineExam::orgId);
    }

    private OnlineExam loadOpen(Handle h, Actor actor, long id) {
        OnlineExam e = loadForChange(h, actor, id);
        if (e.closed()) {
            throw new ConflictException(null, "在线考试已结束");
        }
        return e;
    }

    // ---- candidates and codes ----

    /**
     * Adds a candidate, checked as their result will be (law-training's rules, including retakes); draws their
     * variant by lot and shuffles their questions (within each part) and options. Returns their one-time code,
     * shown this once.
     */
    public IssuedCode addCandidate(Actor actor, long examId, CandidateDraft draft) {
        return inWriteTransaction(actor, h -> {
            OnlineExam e = loadOpen(h, actor, examId);
            feed.check(h, actor, e.batchId(), draft);
            // A double click on 添加 or a form sent again must not seat the same person twice (two codes, two results).
            if (h.createQuery("SELECT count(*) FROM exam_candidates WHERE exam_id = :e AND (person_id = :p OR "
                            + "(CAST(:p AS BIGINT) IS NULL AND person_id IS NULL AND name = :n AND org_id = :o))")
                    .bind("e", examId).bind("p", draft.personId()).bind("n", draft.name()).bind("o", draft.orgId())
                    .mapTo(Integer.class).one() > 0) {
                throw new ConflictException(null, "“" + draft.name() + "”已是本次考试的考生;如需新的登录码,请在考生列表中重新发放");
            }
            if (draft.retakeOf() != null && h.createQuery("SELECT count(*) FROM exam_candidates WHERE exam_id = :e AND retake_of = :r")
                    .bind("e", examId).bind("r", draft.retakeOf()).mapTo(Integer.class).one() > 0) {
                throw new ValidationException("retakeOf", "该成绩的补考已在本次考试的考生中");
            }
            List<String> variants = e.setup().variants();
            String variant = variants.get(Secrets.random().nextInt(variants.size()));
            List<PaperQuestion> paper = ExamStore.questions(h, examId, variant);
            List<Long> order = new ArrayList<>();
            Map<String, int[]> options = new LinkedHashMap<>();
            for (ExamPart part : e.setup().parts()) {
                List<PaperQuestion> ofPart = new ArrayList<>(paper.stream().filter(q -> q.type() == part.type()).toList());
                java.util.Collections.shuffle(ofPart, Secrets.random());
                for (PaperQuestion q : ofPart) {
                    order.add(q.id());
                    if (q.type().hasOptions()) {
                        options.put(String.valueOf(q.id()), Scoring.shuffled(q.options().size()));
                    }
                }
            }
            String code = Secrets.code();
            long id = h.createUpdate("INSERT INTO exam_candidates (exam_id, name, org_id, person_id, current_post, proposed_post, "
                            + "retake_of, variant, question_order, option_orders, code_hash, created_at) "
                            + "VALUES (:e, :n, :o, :p, :cp, :pp, :r, :v, :qo, :oo, :c, :at)")
                    .bind("e", examId).bind("n", draft.name()).bind("o", draft.orgId()).bind("p", draft.personId())
                    .bind("cp", draft.currentPost()).bind("pp", draft.proposedPost()).bind("r", draft.retakeOf())
                    .bind("v", variant).bind("qo", ExamStore.json(order)).bind("oo", ExamStore.json(options))
                    .bind("c", Secrets.hash(code)).bind("at", now().toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.record(h, actor, AuditLog.CREATE, EXAM, examId, e.orgId(), "添加在线考试考生“" + draft.name() + "”(" + variant + "卷)",
                    null, draft);
            return new IssuedCode(id, draft.name(), draft.orgId(), variant, code);
        });
    }

    /**
     * New one-time codes for the exam's candidates named who have not submitted ({@code candidateIds} empty: all who have
     * not signed in yet):
     * for the printed code sheet, or for a candidate whose phone died mid-exam (signing in again keeps their answers
     * and their end time). Their earlier codes stop working. A candidate of a unit received by 报送 gets none.
     */
    public List<IssuedCode> issueCodes(Actor actor, long examId, List<Long> candidateIds) {
        return inWriteTransaction(actor, h -> {
            OnlineExam e = loadOpen(h, actor, examId);
            List<IssuedCode> out = new ArrayList<>();
            java.util.Set<Long> received = Scope.receivedUnits(h);
            for (ExamStore.Row c : ExamStore.candidates(h, examId)) {
                // The code sheet (no ids) is for those not yet signed in: a sitting candidate keeps the code in hand.
                boolean wanted = candidateIds == null || candidateIds.isEmpty()
                        ? c.status() == CandidateStatus.WAITING : candidateIds.contains(c.id());
                if (!wanted || c.status() == CandidateStatus.SUBMITTED || c.status() == CandidateStatus.ABSENT) {
                    continue;
                }
                // A candidate of a unit received by 报送 cannot sign in (ExamRoom refuses): the sheet leaves them out,
                // and a code asked for by name is refused rather than handed out to fail at the door.
                if (candidateIds == null || candidateIds.isEmpty()) {
                    if (received.contains(c.draft().orgId())) {
                        continue;
                    }
                } else {
                    Scope.requireWritable(h, c.draft().orgId());
                }
                String code = Secrets.code();
                h.createUpdate("UPDATE exam_candidates SET code_hash = :c WHERE id = :id").bind("c", Secrets.hash(code))
                        .bind("id", c.id()).execute();
                out.add(new IssuedCode(c.id(), c.draft().name(), c.draft().orgId(), c.variant(), code));
            }
            if (candidateIds != null && !candidateIds.isEmpty() && out.size() != candidateIds.size()) {
                throw new ValidationException("candidateIds", "只能为本次考试中尚未交卷的考生发放登录码");
            }
            audit.record(h, actor, AuditLog.UPDATE, EXAM, examId, e.orgId(), "发放在线考试登录码 " + out.size() + " 人", null, null);
            return out;
        });
    }

    /** The exam's candidates, in the order added, with how far each has got. */
    public List<Candidate> candidates(Actor actor, long examId) {
        return jdbi.withHandle(h -> {
            load(h, actor, examId);
            Map<Long, int[]> counts = new LinkedHashMap<>();
            h.createQuery("SELECT a.candidate_id, "
                            + "sum(CASE WHEN a.answer IS NOT NULL THEN 1 ELSE 0 END), "
                            + "sum(CASE WHEN q.type = 'CASE' AND a.answer IS NOT NULL AND a.points_tenths IS NULL THEN 1 ELSE 0 END) "
                            + "FROM exam_answers a JOIN exam_questions q ON q.id = a.exam_question_id "
                            + "JOIN exam_candidates c ON c.id = a.candidate_id WHERE c.exam_id = :e GROUP BY a.candidate_id")
                    .bind("e", examId).map((rs, ctx) -> Map.entry(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}))
                    .forEach(en -> counts.put(en.getKey(), en.getValue()));
            List<Candidate> out = new ArrayList<>();
            for (ExamStore.Row c : ExamStore.candidates(h, examId)) {
                int[] n = counts.getOrDefault(c.id(), new int[2]);
                CandidateDraft d = c.draft();
                out.add(new Candidate(c.id(), examId, d.name(), d.orgId(), d.personId(), d.currentPost(), d.proposedPost(),
                        d.retakeOf(), c.variant(), c.status(), c.startedAt(), c.endsAt(), c.submittedAt(),
                        c.scoreTenths() == null ? null : c.scoreTenths() / 10.0, c.resultId(), n[0], c.order().size(), n[1]));
            }
            return out;
        });
    }

    /**
     * Closes the exam: sittings still open are submitted now, candidates who never signed in become 缺考 in the
     * batch, fully marked papers without a result get one. Returns the results the batch refused, with why (none
     * normally).
     */
    public List<String> close(Actor actor, long examId) {
        return inWriteTransaction(actor, h -> {
            OnlineExam e = loadOpen(h, actor, examId);
            Instant now = now().truncatedTo(ChronoUnit.SECONDS);
            List<String> refused = new ArrayList<>();
            int absent = 0;
            for (ExamStore.Row c : ExamStore.candidates(h, examId)) {
                if (c.status() == CandidateStatus.SITTING) {
                    room.submit(h, c, e, now);
                } else if (c.status() == CandidateStatus.WAITING) {
                    h.createUpdate("UPDATE exam_candidates SET status = 'ABSENT', code_hash = NULL WHERE id = :id")
                            .bind("id", c.id()).execute();
                    absent++;
                    String why = feed.feed(h, c, null, now);
                    if (why != null) {
                        refused.add(why);
                    }
                    continue;
                }
                ExamStore.Row now2 = ExamStore.candidate(h, c.id());
                if (now2.status() == CandidateStatus.SUBMITTED && now2.resultId() == null) {
                    Integer total = ResultFeed.total(ExamStore.questions(h, examId, now2.variant()), ExamStore.answers(h, c.id()));
                    if (total != null) {
                        String why = feed.feed(h, now2, total, now);
                        if (why != null) {
                            refused.add(why);
                        }
                    }
                }
            }
            h.createUpdate("UPDATE exams SET status = 'CLOSED', version = version + 1, updated_at = :at WHERE id = :id")
                    .bind("at", now.toString()).bind("id", examId).execute();
            audit.record(h, actor, AuditLog.UPDATE, EXAM, examId, e.orgId(), "结束在线考试(缺考 " + absent + " 人)", null, refused);
            return refused;
        });
    }

    // ---- marking ----

    /** One candidate's answer to a case question, for the marker: candidates are shown by number, not by name. */
    public record CaseAnswer(long candidateId, String answer, Double points, String note) {
    }

    /** The submitted answers to one case question of the exam, across candidates. */
    public List<CaseAnswer> caseAnswers(Actor actor, long examId, long questionId) {
        keysForOrganisers(actor);
        return jdbi.withHandle(h -> {
            load(h, actor, examId);
            PaperQuestion q = caseQuestion(h, examId, questionId);
            return h.createQuery("SELECT a.candidate_id, a.answer, a.points_tenths, a.note FROM exam_answers a "
                            + "JOIN exam_candidates c ON c.id = a.candidate_id WHERE a.exam_question_id = :q "
                            + "AND c.status = 'SUBMITTED' ORDER BY a.candidate_id")
                    .bind("q", q.id()).map((rs, ctx) -> {
                        int p = rs.getInt(3);
                        Double points = rs.wasNull() ? null : p / 10.0;
                        return new CaseAnswer(rs.getLong(1), rs.getString(2), points, rs.getString(4));
                    }).list();
        });
    }

    /**
     * How many submitted answers to each case question of the exam wait for a marker (an answer given, no points yet),
     * by question id; a question with none waiting is not in the map. Counted in the database, for the organiser's
     * page, which lists every case question with its count: the answers themselves are read only on marking.
     */
    public Map<Long, Integer> waitingToMark(Actor actor, long examId) {
        keysForOrganisers(actor);
        return jdbi.withHandle(h -> {
            load(h, actor, examId);
            Map<Long, Integer> out = new LinkedHashMap<>();
            h.createQuery("SELECT a.exam_question_id, count(*) FROM exam_answers a "
                            + "JOIN exam_candidates c ON c.id = a.candidate_id JOIN exam_questions q ON q.id = a.exam_question_id "
                            + "WHERE c.exam_id = :e AND c.status = 'SUBMITTED' AND q.type = 'CASE' AND a.answer IS NOT NULL "
                            + "AND a.points_tenths IS NULL GROUP BY a.exam_question_id")
                    .bind("e", examId).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .forEach(en -> out.put(en.getKey(), en.getValue()));
            return out;
        });
    }

    private static PaperQuestion caseQuestion(Handle h, long examId, long questionId) {
        PaperQuestion q = ExamStore.question(h, questionId);
        if (!ExamStore.questions(h, examId, q.variant()).contains(q)) {
            throw NotFoundException.of("本次考试的试题", questionId);
        }
        if (q.type() != QuestionType.CASE) {
            throw new ValidationException("questionId", "该题不是案例分析题,由系统评分");
        }
        return q;
    }

    /**
     * Marks a candidate's case answer: {@code points} from 0 to the question's points, one decimal at most, with an
     * optional note. When the paper is then fully marked its score becomes the candidate's result in the batch;
     * marking again later corrects that result.
     */
    public Candidate mark(Actor actor, long examId, long candidateId, long questionId, Double points, String note) {
        String checkedNote = org.fazhi.model.Checks.optionalText(note, "note", "评分说明", NOTE_MAX);
        useWriteTransaction(actor, h -> {
            OnlineExam e = loadForChange(h, actor, examId);
            PaperQuestion q = caseQuestion(h, examId, questionId);
            ExamStore.Row c = ExamStore.candidate(h, candidateId);
            if (c.examId() != examId) {
                throw NotFoundException.of("本次考试的考生", candidateId);
            }
            if (!c.order().contains(questionId)) {
                throw new ValidationException("questionId", "该考生的试卷上没有这道题");
            }
            if (c.status() != CandidateStatus.SUBMITTED) {
                throw new ConflictException(null, "考生尚未交卷,不能评分");
            }
            if (points == null) {
                throw new ValidationException("points", "得分不能为空");
            }
            if (Double.isNaN(points) || points < 0 || points > q.points() || Math.round(points * 10) != points * 10) {
                throw new ValidationException("points", "得分应在0到" + q.points() + "分之间,最多一位小数");
            }
            int tenths = (int) Math.round(points * 10);
            Instant now = now().truncatedTo(ChronoUnit.SECONDS);
            int n = h.createUpdate("UPDATE exam_answers SET points_tenths = :p, note = :n, marked_by = :by, marked_at = :at "
                            + "WHERE candidate_id = :c AND exam_question_id = :q AND answer IS NOT NULL")
                    .bind("p", tenths).bind("n", checkedNote).bind("by", actor.username()).bind("at", now.toString())
                    .bind("c", candidateId).bind("q", questionId).execute();
            if (n == 0) {
                throw new ValidationException("candidateId", "该考生未作答这道题(记0分),无需评分");
            }
            String what = "评阅在线考试案例分析题(考生 " + candidateId + ",得分 " + ResultFeed.points(tenths);
            Integer total = ResultFeed.total(ExamStore.questions(h, examId, c.variant()), ExamStore.answers(h, candidateId));
            if (total != null && c.resultId() == null) {
                feed.feed(h, c, total, now);
            } else if (total != null && !total.equals(c.scoreTenths())) {
                what += feed.correct(h, actor, c, total);
            }
            audit.record(h, actor, AuditLog.UPDATE, EXAM, examId, e.orgId(), what + ")", null, checkedNote);
        });
        return candidates(actor, examId).stream().filter(x -> x.id() == candidateId).findFirst().orElseThrow();
    }

    // ---- statistics ----

    /** Per question of the exam (every variant, in paper order): times asked, right answers, average points, picks. */
    public List<QuestionStats> stats(Actor actor, long examId) {
        return jdbi.withHandle(h -> {
            load(h, actor, examId);
            List<QuestionStats> out = new ArrayList<>();
            for (PaperQuestion q : ExamStore.questions(h, examId, null)) {
                out.add(QuestionStats.of(h, List.of(q)));
            }
            return out;
        });
    }
}
