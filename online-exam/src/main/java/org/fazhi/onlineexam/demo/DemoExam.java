package org.fazhi.onlineexam.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.onlineexam.exam.CandidateDraft;
import org.fazhi.onlineexam.exam.CandidatePaper;
import org.fazhi.onlineexam.exam.ExamPart;
import org.fazhi.onlineexam.exam.ExamSetup;
import org.fazhi.onlineexam.exam.OnlineExam;
import org.fazhi.onlineexam.exam.PaperQuestion;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.training.exam.Track;

/**
 * The demo county's online exam, under way today: a 任前法律知识测试 batch of the unit that organised the demo's latest
 * batch, its A/B papers drawn from the demo bank ({@link DemoQuestions}, loaded first), six candidates from the units
 * of that latest batch. Four have submitted (one's case answer marked by hand, one's still to mark, two who left it
 * blank and have their result already, one of them 不合格), one is sitting, one has not signed in. Everything goes
 * through the exams' services as {@link Actor#SYSTEM}, the candidates through the room as their phones would.
 * Which questions are drawn and their order come from the exams' secure random, as in a real exam; who got which
 * answer right (the n-th questions of each part), hence every score, status and result, is the same every time.
 */
public final class DemoExam {
    /** The case answer the two markable candidates wrote. */
    static final String CASE_ANSWER = "该决定程序违法:作出前未告知当事人拟作出决定的事实、理由和依据及其陈述、申辩的权利,"
            + "也未听取其意见。依照法律规定应当撤销,并可责令重新作出。";

    /** A candidate and how they fare: how many questions of each objective part they get wrong, their case answer. */
    private record Plan(String name, String post, int wrongSingles, int wrongMultiples, int wrongTrueFalse, String caseAnswer,
                        Double casePoints, State state) {
    }

    private enum State { SUBMITTED, SITTING, WAITING }

    private static final List<Plan> PLANS = List.of(
            new Plan("周明远", "司法所副所长", 2, 0, 1, CASE_ANSWER, 16.0, State.SUBMITTED),   // 74 + 16 = 90
            new Plan("陈思琪", "办公室副主任", 3, 1, 0, CASE_ANSWER, null, State.SUBMITTED),   // 70, the case to mark
            new Plan("刘建国", "副镇长", 4, 1, 2, null, null, State.SUBMITTED),               // 64, case left blank
            new Plan("孙立新", "综合执法队副队长", 10, 3, 4, null, null, State.SUBMITTED),      // 40: 不合格
            new Plan("王晓燕", "股长", 0, 0, 0, null, null, State.SITTING),
            new Plan("赵子涵", "副科长", 0, 0, 0, null, null, State.WAITING));

    /** What went in: the batch and its exam, the candidates, how many submitted, how many case answers await a marker. */
    public record Result(long batchId, long examId, int candidates, int submitted, int awaitingMarking) {
    }

    private final OnlineExams exams;
    private final ExamService tests;

    public DemoExam(OnlineExams exams, ExamService tests) {
        this.exams = exams;
        this.tests = tests;
    }

    /** Sets up the exam (nothing when the ledger has no test batch to take the unit from); null then. */
    public Result load(LocalDate today) {
        Actor actor = Actor.SYSTEM;
        List<ExamBatch> latest = tests.batches(actor, null, null, Track.NON_NPC, Page.FIRST).items();
        if (latest.isEmpty()) {
            return null;
        }
        ExamBatch last = latest.stream().max(java.util.Comparator.comparing(ExamBatch::date)).orElseThrow();
        List<Long> units = new ArrayList<>(tests.results(actor, last.id()).stream().map(ExamResult::orgId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        if (units.isEmpty()) {
            units.add(last.orgId());
        }
        ExamBatch batch = tests.createBatch(actor, new ExamBatch(null, last.orgId(), today, Track.NON_NPC, null, 100, 60,
                ExamMode.COMPUTER, "任前法律知识测试(在线)", 0));
        OnlineExam exam = exams.desk().create(actor, batch.id(), new ExamSetup(60, List.of("A", "B"),
                List.of(new ExamPart(QuestionType.SINGLE, 20, 2), new ExamPart(QuestionType.MULTIPLE, 5, 4),
                        new ExamPart(QuestionType.TRUE_FALSE, 10, 2), new ExamPart(QuestionType.CASE, 1, 20)),
                List.of(DemoQuestions.CONSTITUTION), false));
        Map<Long, PaperQuestion> keys = new java.util.HashMap<>();
        for (String v : exam.setup().variants()) {
            keys.putAll(exams.desk().paper(actor, exam.id(), v).stream().collect(Collectors.toMap(PaperQuestion::id, Function.identity())));
        }
        int submitted = 0;
        int awaiting = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            Plan p = PLANS.get(i);
            String code = exams.desk().addCandidate(actor, exam.id(), new CandidateDraft(p.name(), units.get(i % units.size()), null,
                    p.post(), null, null)).code();
            if (p.state() == State.WAITING) {
                continue;
            }
            String token = exams.room().login(code).token();
            sit(token, keys, p);
            if (p.state() == State.SUBMITTED) {
                exams.room().submit(token);
                submitted++;
                if (p.caseAnswer() != null && p.casePoints() == null) {
                    awaiting++;
                }
            }
        }
        markByHand(actor, exam);
        return new Result(batch.id(), exam.id(), PLANS.size(), submitted, awaiting);
    }

    /** Answers a candidate's paper as planned: the first n questions of each part wrong, the rest right. */
    private void sit(String token, Map<Long, PaperQuestion> keys, Plan p) {
        Map<QuestionType, Integer> seen = new java.util.EnumMap<>(QuestionType.class);
        for (CandidatePaper.Item item : exams.room().paper(token).questions()) {
            int nth = seen.merge(item.type(), 1, Integer::sum);
            if (p.state() == State.SITTING && nth > 6) {
                continue; // still at work: six questions of each part so far
            }
            if (item.type() == QuestionType.CASE) {
                if (p.caseAnswer() != null) {
                    exams.room().answer(token, item.id(), p.caseAnswer());
                }
                continue;
            }
            int wrong = switch (item.type()) {
                case SINGLE -> p.wrongSingles();
                case MULTIPLE -> p.wrongMultiples();
                default -> p.wrongTrueFalse();
            };
            exams.room().answer(token, item.id(), shown(keys.get(item.id()), item, nth > wrong));
        }
    }

    /**
     * The answer in the candidate's letters: the key, or a wrong one (another option for single choice, the key less
     * one option for multiple choice, 对 for 错).
     */
    private static String shown(PaperQuestion q, CandidatePaper.Item item, boolean right) {
        if (q.type() == QuestionType.TRUE_FALSE) {
            return right == q.answer().equals("T") ? "T" : "F";
        }
        StringBuilder key = new StringBuilder();
        for (char c : q.answer().toCharArray()) {
            key.append((char) ('A' + item.options().indexOf(q.options().get(c - 'A'))));
        }
        if (right) {
            return key.toString();
        }
        if (key.length() > 1) {
            return key.substring(1); // one right option left out: no points without partial credit
        }
        return key.charAt(0) == 'A' ? "B" : "A";
    }

    /** The marker's points for the planned case answers, on whichever case question each candidate was given. */
    private void markByHand(Actor actor, OnlineExam exam) {
        for (var c : exams.desk().candidates(actor, exam.id())) {
            Plan p = PLANS.stream().filter(x -> x.name().equals(c.name())).findFirst().orElseThrow();
            if (p.casePoints() == null) {
                continue;
            }
            for (PaperQuestion q : exams.desk().paper(actor, exam.id(), c.variant())) {
                if (q.type() == QuestionType.CASE) {
                    exams.desk().mark(actor, exam.id(), c.id(), q.id(), p.casePoints(), "要点基本齐全,未引用具体条文");
                }
            }
        }
    }
}
