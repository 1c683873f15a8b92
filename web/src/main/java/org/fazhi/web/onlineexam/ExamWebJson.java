package org.fazhi.web.onlineexam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.onlineexam.exam.Candidate;
import org.fazhi.onlineexam.exam.CandidateDraft;
import org.fazhi.onlineexam.exam.ExamPart;
import org.fazhi.onlineexam.exam.ExamSetup;
import org.fazhi.onlineexam.exam.OnlineExam;
import org.fazhi.onlineexam.exam.PaperQuestion;

/** The JSON shapes of the online exams (docs/API.md, "Phones on the office network"). */
public final class ExamWebJson {
    private ExamWebJson() {
    }

    /** {type: SINGLE|MULTIPLE|TRUE_FALSE|CASE, count, points}: points per question. */
    public record Part(String type, Integer count, Integer points) {
        ExamPart toPart() {
            if (type == null || type.isBlank()) {
                throw new ValidationException("parts", "题型不能为空");
            }
            return new ExamPart(QuestionType.parse(type), count == null ? 0 : count, points == null ? 0 : points);
        }

        static Part of(ExamPart p) {
            return new Part(p.type().name(), p.count(), p.points());
        }
    }

    /** {minutes, variants:["A","B"], parts:[…], laws:[…]?, partialCredit?}. */
    public record Setup(Integer minutes, List<String> variants, List<Part> parts, List<String> laws, Boolean partialCredit) {
        ExamSetup toSetup() {
            FieldErrors errors = new FieldErrors();
            List<ExamPart> ps = errors.check(() -> parts == null ? null
                    : parts.stream().map(p -> p == null ? null : p.toPart()).toList());
            errors.throwIfAny();
            return new ExamSetup(minutes == null ? 0 : minutes, variants, ps, laws, partialCredit != null && partialCredit);
        }
    }

    /** An exam: its setup, the total of its points (the batch's full mark), whether it is closed. */
    public record Exam(long id, long batchId, long orgId, int minutes, List<String> variants, List<Part> parts, List<String> laws,
                       boolean partialCredit, int totalPoints, boolean closed, int version) {
        static Exam of(OnlineExam e) {
            ExamSetup s = e.setup();
            return new Exam(e.id(), e.batchId(), e.orgId(), s.minutes(), s.variants(), s.parts().stream().map(Part::of).toList(),
                    s.laws(), s.partialCredit(), e.totalPoints(), e.closed(), e.version());
        }
    }

    /** {name, orgId, personId?, currentPost?, proposedPost?, retakeOf?}. */
    public record CandidateIn(String name, Long orgId, Long personId, String currentPost, String proposedPost, Long retakeOf) {
        CandidateDraft toDraft() {
            return new CandidateDraft(name, orgId == null ? 0 : orgId, personId, currentPost, proposedPost, retakeOf);
        }
    }

    /**
     * A candidate as the organiser follows them; {@code status} WAITING|SITTING|SUBMITTED|ABSENT with its label, and
     * {@code progress} as the organiser's page shows it ("已答 12/20", ",待阅 1" while a case answer awaits a marker).
     */
    public record CandidateOut(long id, String name, long orgId, Long personId, String currentPost, String proposedPost,
                               Long retakeOf, String variant, String status, String statusLabel, Instant startedAt,
                               Instant endsAt, Instant submittedAt, int answered, int questions, int pendingCase,
                               String progress, Double score, Long resultId) {
        static CandidateOut of(Candidate c) {
            return new CandidateOut(c.id(), c.name(), c.orgId(), c.personId(), c.currentPost(), c.proposedPost(), c.retakeOf(),
                    c.variant(), c.status().name(), c.status().label(), c.startedAt(), c.endsAt(), c.submittedAt(), c.answered(),
                    c.questions(), c.pendingCase(), ExamWebJson.progress(c), c.score(), c.resultId());
        }
    }

    /** How far a candidate has got, in the organiser's words: blank before signing in and when absent. */
    static String progress(Candidate c) {
        return switch (c.status()) {
            case SITTING -> "已答 " + c.answered() + "/" + c.questions();
            case SUBMITTED -> "已答 " + c.answered() + "/" + c.questions() + (c.pendingCase() > 0 ? ",待阅 " + c.pendingCase() : "");
            default -> "";
        };
    }

    /** A question of a variant with its key, for the organiser: the printed paper, the marker. */
    public record KeyedQuestion(long id, String variant, int number, Long questionId, String type, String typeLabel,
                                String stem, List<String> options, String answer, int points, List<String> laws) {
        static KeyedQuestion of(PaperQuestion q) {
            return new KeyedQuestion(q.id(), q.variant(), q.position(), q.questionId(), q.type().name(), q.type().label(),
                    q.stem(), q.options(), q.answer(), q.points(), q.laws());
        }
    }

    /** {points, note?}: a marker's points for one case answer. */
    public record Mark(Double points, String note) {
    }

    /** {code}. */
    public record Login(String code) {
    }

    /** {answer}: letters as the candidate sees them, 对/错 or T/F, or the text of a case answer; blank clears it. */
    public record AnswerIn(String answer) {
    }

    /** {candidateIds?}: whose codes to issue again (none: every candidate who has not signed in yet). */
    public record CodesIn(List<Long> candidateIds) {
    }

    /** What the bank question fared: see QuestionStats. */
    public record Stats(Long examQuestionId, Long questionId, String type, String variant, int number, int asked, int correct,
                        Double correctRate, int marked, Double averagePoints, Map<String, Integer> picks) {
        static Stats of(org.fazhi.onlineexam.exam.QuestionStats s) {
            Double rate = s.asked() == 0 ? null : Math.round(s.correct() * 1000.0 / s.asked()) / 10.0;
            return new Stats(s.examQuestionId(), s.questionId(), s.type() == null ? null : s.type().name(), s.variant(), s.position(),
                    s.asked(), s.correct(), rate, s.marked(), s.averagePoints(), s.picks());
        }
    }
}
