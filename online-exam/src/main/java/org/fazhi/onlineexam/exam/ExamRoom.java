package org.fazhi.onlineexam.exam;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The candidate's side: signing in with a one-time code, the paper, answers saved as given, submitting; and the
 * sweep that submits papers whose time is up. The clock is the server's: a sitting ends {@code minutes} after the
 * sign-in, and any request after that finds the paper submitted. Every saved answer is committed before the call
 * returns. A token reads and writes only its own candidate's paper; after the submit it still reads the score.
 */
public final class ExamRoom extends LedgerService {
    private final ResultFeed feed;

    ExamRoom(Jdbi jdbi, AuditLog audit, Clock clock, ResultFeed feed) {
        super(jdbi, audit, clock);
        this.feed = feed;
    }

    private Instant second() {
        return now().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Signs a candidate in: the code works once and only for its candidate. The first sign-in starts the clock;
     * a code issued again mid-exam signs in on another device with the same end time.
     */
    public Sitting login(String code) {
        String normalized = Secrets.normalizedCode(code);
        if (normalized == null) {
            throw new ValidationException("code", "登录码应为" + Secrets.CODE_LENGTH + "位字母和数字");
        }
        String token = Secrets.token();
        Sitting sitting = jdbi.inTransaction(h -> {
            ExamStore.Row c = ExamStore.candidateByCode(h, Secrets.hash(normalized))
                    .orElseThrow(() -> new ValidationException("code", "登录码无效或已使用"));
            OnlineExam e = ExamStore.exam(h, c.examId());
            if (e.closed()) {
                throw new ConflictException("code", "在线考试已结束");
            }
            requireWritable(h, c, e);
            Instant now = second();
            Instant ends = c.endsAt() != null ? c.endsAt() : now.plus(e.setup().minutes(), ChronoUnit.MINUTES);
            if (!now.isBefore(ends)) {
                // Submitted and committed before the refusal: a throw inside the transaction would roll it back.
                submit(h, c, e, now);
                h.createUpdate("UPDATE exam_candidates SET code_hash = NULL WHERE id = :id").bind("id", c.id()).execute();
                return null;
            }
            h.createUpdate("UPDATE exam_candidates SET code_hash = NULL, token_hash = :t, status = 'SITTING', "
                            + "started_at = coalesce(started_at, :now), ends_at = :ends WHERE id = :id")
                    .bind("t", Secrets.hash(token)).bind("now", now.toString()).bind("ends", ends.toString())
                    .bind("id", c.id()).execute();
            return new Sitting(token, ends);
        });
        if (sitting == null) {
            throw new ConflictException("code", "考试时间已到,试卷已自动交卷");
        }
        return sitting;
    }

    /** The candidate's paper (questions and options in their order, saved answers, end time) or, once submitted, the score. */
    public CandidatePaper paper(String token) {
        ExamStore.Row c = current(token);
        return jdbi.withHandle(h -> {
            if (c.status() != CandidateStatus.SITTING) {
                return submittedPaper(h, c);
            }
            Map<Long, ExamStore.Answer> answers = ExamStore.answers(h, c.id());
            List<CandidatePaper.Item> items = new ArrayList<>();
            for (PaperQuestion q : inOrder(h, c)) {
                int[] order = c.optionOrders().get(q.id());
                List<String> options = new ArrayList<>();
                if (order != null) {
                    for (int i : order) {
                        options.add(q.options().get(i));
                    }
                }
                ExamStore.Answer a = answers.get(q.id());
                String given = a == null || a.answer() == null ? null
                        : order != null ? Scoring.toShown(a.answer(), order) : a.answer();
                items.add(new CandidatePaper.Item(q.id(), items.size() + 1, q.type(), q.stem(), List.copyOf(options), q.points(), given));
            }
            return new CandidatePaper(c.draft().name(), c.endsAt(), false, items, null, false);
        });
    }

    /**
     * Saves an answer to a question of the candidate's paper, as given in the letters they see (a blank answer
     * clears it). Refused after the submit or the time.
     */
    public String answer(String token, long questionId, String given) {
        ExamStore.Row current = current(token);
        requireSitting(current);
        return jdbi.inTransaction(h -> {
            ExamStore.Row c = ExamStore.candidate(h, current.id());
            requireSitting(c);
            requireWritable(h, c, ExamStore.exam(h, c.examId()));
            Instant now = second();
            if (!now.isBefore(c.endsAt())) {
                throw new ConflictException("answer", "考试时间已到,不能再修改答案");
            }
            if (!c.order().contains(questionId)) {
                throw new ValidationException("questionId", "第" + questionId + "号试题不在您的试卷上");
            }
            PaperQuestion q = ExamStore.question(h, questionId);
            String canonical = given == null || given.isBlank() ? null : canonical(q, given, c.optionOrders().get(questionId));
            h.createUpdate("INSERT INTO exam_answers (candidate_id, exam_question_id, answer, saved_at) VALUES (:c, :q, :a, :at) "
                            + "ON CONFLICT (candidate_id, exam_question_id) DO UPDATE SET answer = excluded.answer, saved_at = excluded.saved_at")
                    .bind("c", c.id()).bind("q", questionId).bind("a", canonical).bind("at", now.toString()).execute();
            int[] order = c.optionOrders().get(questionId);
            return canonical == null || order == null ? canonical : Scoring.toShown(canonical, order);
        });
    }

    private static String canonical(PaperQuestion q, String given, int[] order) {
        String letters;
        if (q.type() == QuestionType.MULTIPLE) {
            // A candidate may tick one option of a multiple choice question: wrong, but theirs to give.
            try {
                letters = Question.canonicalAnswer(QuestionType.MULTIPLE, given, q.options().size(), "answer", "答案");
            } catch (ValidationException many) {
                try {
                    letters = Question.canonicalAnswer(QuestionType.SINGLE, given, q.options().size(), "answer", "答案");
                } catch (ValidationException one) {
                    throw many;
                }
            }
        } else {
            letters = Question.canonicalAnswer(q.type(), given, q.options().size(), "answer", "答案");
        }
        return order == null ? letters : Scoring.toCanonical(letters, order);
    }

    /** Submits the paper; submitting again answers the same. */
    public Submitted submit(String token) {
        ExamStore.Row current = current(token);
        return jdbi.inTransaction(h -> {
            ExamStore.Row c = ExamStore.candidate(h, current.id());
            if (c.status() == CandidateStatus.SITTING) {
                OnlineExam e = ExamStore.exam(h, c.examId());
                requireWritable(h, c, e);
                submit(h, c, e, second());
            }
            CandidatePaper p = submittedPaper(h, ExamStore.candidate(h, c.id()));
            return new Submitted(p.score(), p.awaitingMarking());
        });
    }

    /**
     * A sitting of a received unit's exam, or of a received unit's candidate (报送 made it one after the code was
     * issued), is read-only here: refused with {@link Scope#RECEIVED}.
     */
    private static void requireWritable(Handle h, ExamStore.Row c, OnlineExam e) {
        Scope.requireWritable(h, e.orgId());
        Scope.requireWritable(h, c.draft().orgId());
    }

    /** Whether {@link #requireWritable} would refuse: for the time-up steps, which leave such a paper as it is. */
    private static boolean received(Handle h, ExamStore.Row c, OnlineExam e) {
        return Scope.isReceived(h, e.orgId()) || Scope.isReceived(h, c.draft().orgId());
    }

    /** Submits every paper whose time is up; returns how many. Safe to run on several servers at once. */
    public int sweep() {
        Instant now = second();
        // Papers of units received by 报送 stay as they are (read-only here): left out at once, so the sweep does not
        // read them again on every run; the check inside the transaction below stays for a package arriving meanwhile.
        List<Long> due = jdbi.withHandle(h -> h.createQuery("SELECT c.id FROM exam_candidates c "
                        + "JOIN exams e ON e.id = c.exam_id JOIN test_batches b ON b.id = e.batch_id "
                        + "WHERE c.status = 'SITTING' AND c.ends_at <= :now "
                        + "AND NOT EXISTS (SELECT 1 FROM received_units r WHERE r.org_id IN (c.org_id, b.org_id)) ORDER BY c.id")
                .bind("now", now.toString()).mapTo(Long.class).list());
        int n = 0;
        for (long id : due) {
            n += jdbi.inTransaction(h -> {
                ExamStore.Row c = ExamStore.candidate(h, id);
                if (c.status() != CandidateStatus.SITTING || now.isBefore(c.endsAt())) {
                    return 0;
                }
                OnlineExam e = ExamStore.exam(h, c.examId());
                if (received(h, c, e)) {
                    // Received by 报送 while sitting: read-only here, so the paper stays as it is (never a failing sweep).
                    return 0;
                }
                submit(h, c, e, now);
                return 1;
            });
        }
        return n;
    }

    /**
     * Submits {@code c}'s paper on the caller's handle: every question gets its row, objective ones their points,
     * an unanswered case question 0; with no case answer to mark the score becomes the result at once.
     */
    void submit(Handle h, ExamStore.Row c, OnlineExam e, Instant now) {
        Map<Long, ExamStore.Answer> answers = ExamStore.answers(h, c.id());
        List<PaperQuestion> paper = inOrder(h, c);
        for (PaperQuestion q : paper) {
            ExamStore.Answer a = answers.get(q.id());
            String given = a == null ? null : a.answer();
            Integer points = q.type().objective() ? Integer.valueOf(Scoring.objectiveTenths(q, given, e.setup().partialCredit()))
                    : given == null ? Integer.valueOf(0) : null;
            h.createUpdate("INSERT INTO exam_answers (candidate_id, exam_question_id, answer, points_tenths) VALUES (:c, :q, :a, :p) "
                            + "ON CONFLICT (candidate_id, exam_question_id) DO UPDATE SET points_tenths = excluded.points_tenths")
                    .bind("c", c.id()).bind("q", q.id()).bind("a", given).bind("p", points).execute();
        }
        h.createUpdate("UPDATE exam_candidates SET status = 'SUBMITTED', submitted_at = :at, code_hash = NULL WHERE id = :id")
                .bind("at", now.toString()).bind("id", c.id()).execute();
        Integer total = ResultFeed.total(paper, ExamStore.answers(h, c.id()));
        if (total != null) {
            feed.feed(h, ExamStore.candidate(h, c.id()), total, now);
        }
    }

    private CandidatePaper submittedPaper(Handle h, ExamStore.Row c) {
        Map<Long, ExamStore.Answer> answers = ExamStore.answers(h, c.id());
        int objective = 0;
        boolean pending = false;
        for (PaperQuestion q : inOrder(h, c)) {
            ExamStore.Answer a = answers.get(q.id());
            if (a != null && a.pointsTenths() != null) {
                objective += q.type().objective() ? a.pointsTenths() : 0;
            } else {
                pending = true;
            }
        }
        Double score = c.scoreTenths() != null && !pending ? c.scoreTenths() / 10.0 : objective / 10.0;
        return new CandidatePaper(c.draft().name(), c.endsAt(), true, List.of(), score, pending);
    }

    private static List<PaperQuestion> inOrder(Handle h, ExamStore.Row c) {
        Map<Long, PaperQuestion> byId = new java.util.HashMap<>();
        ExamStore.questions(h, c.examId(), c.variant()).forEach(q -> byId.put(q.id(), q));
        return c.order().stream().map(byId::get).toList();
    }

    /** The token's candidate, their paper submitted first if the time is up. */
    private ExamStore.Row current(String token) {
        if (token == null || token.isBlank()) {
            throw new AccessDeniedException("请先用登录码登录考试");
        }
        String hash = Secrets.hash(token.strip());
        return jdbi.inTransaction(h -> {
            ExamStore.Row c = ExamStore.candidateByToken(h, hash)
                    .orElseThrow(() -> new AccessDeniedException("考试令牌无效,请用登录码重新登录"));
            Instant now = second();
            if (c.status() == CandidateStatus.SITTING && !now.isBefore(c.endsAt())) {
                OnlineExam e = ExamStore.exam(h, c.examId());
                if (received(h, c, e)) {
                    return c; // read-only here: the paper stays as it is, as the sweep leaves it
                }
                submit(h, c, e, now);
                return ExamStore.candidate(h, c.id());
            }
            return c;
        });
    }

    private static void requireSitting(ExamStore.Row c) {
        if (c.status() != CandidateStatus.SITTING) {
            boolean timedOut = c.submittedAt() != null && c.endsAt() != null && !c.submittedAt().isBefore(c.endsAt());
            throw new ConflictException("answer", timedOut ? "考试时间已到,试卷已自动交卷,不能再修改答案" : "试卷已提交,不能再修改答案");
        }
    }

}
