package org.fazhi.onlineexam.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.model.ValidationException;
import org.junit.jupiter.api.Test;

class QuestionTest {
    private static final List<String> FOUR = List.of("十日", "十五日", "三十日", "六十日");

    @Test
    void answersAreReadAsPeopleTypeThemAndKeptInOneForm() {
        assertEquals("B", Question.canonicalAnswer(QuestionType.SINGLE, " b ", 4, "answer", "答案"));
        assertEquals("ACD", Question.canonicalAnswer(QuestionType.MULTIPLE, "d,a、c", 4, "answer", "答案"));
        assertEquals("AC", Question.canonicalAnswer(QuestionType.MULTIPLE, "ＡＣ", 4, "answer", "答案"));
        assertEquals("T", Question.canonicalAnswer(QuestionType.TRUE_FALSE, "对", 0, "answer", "答案"));
        assertEquals("T", Question.canonicalAnswer(QuestionType.TRUE_FALSE, "√", 0, "answer", "答案"));
        assertEquals("F", Question.canonicalAnswer(QuestionType.TRUE_FALSE, "错误", 0, "answer", "答案"));
        assertEquals("F", Question.canonicalAnswer(QuestionType.TRUE_FALSE, "false", 0, "answer", "答案"));
    }

    @Test
    void aWrongAnswerIsNamedWithWhatItShouldBe() {
        assertEquals("答案“E”无效,应为选项A到D中的字母",
                assertThrows(ValidationException.class, () -> Question.canonicalAnswer(QuestionType.SINGLE, "E", 4, "answer", "答案")).getMessage());
        assertEquals("答案“AB”无效,单选题只有一个正确选项",
                assertThrows(ValidationException.class, () -> Question.canonicalAnswer(QuestionType.SINGLE, "AB", 4, "answer", "答案")).getMessage());
        assertEquals("答案“A”无效,多选题至少有两个正确选项",
                assertThrows(ValidationException.class, () -> Question.canonicalAnswer(QuestionType.MULTIPLE, "A", 4, "answer", "答案")).getMessage());
        assertEquals("答案“AA”中选项A重复",
                assertThrows(ValidationException.class, () -> Question.canonicalAnswer(QuestionType.MULTIPLE, "AA", 4, "answer", "答案")).getMessage());
        assertEquals("答案“也许”无效,判断题应为“对”或“错”",
                assertThrows(ValidationException.class, () -> Question.canonicalAnswer(QuestionType.TRUE_FALSE, "也许", 0, "answer", "答案")).getMessage());
    }

    @Test
    void aQuestionKeepsItsCanonicalAnswerAndDistinctLaws() {
        Question q = Question.draft(QuestionType.MULTIPLE, " 行政复议申请期限的说法,正确的是 ", FOUR, "c,a", 3, Difficulty.MEDIUM,
                List.of("中华人民共和国行政复议法", " 中华人民共和国行政复议法 ", ""), null);
        assertEquals("AC", q.answer());
        assertEquals("行政复议申请期限的说法,正确的是", q.stem());
        assertEquals(List.of("中华人民共和国行政复议法"), q.laws());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> Question.draft(QuestionType.SINGLE, " ",
                List.of("只有一个"), "A", 0, null, List.of(), null));
        assertEquals("stem,options,points,difficulty", e.all().stream().map(ValidationException::field).collect(Collectors.joining(",")));
        assertEquals("判断题没有选项", assertThrows(ValidationException.class, () -> Question.draft(QuestionType.TRUE_FALSE, "题干",
                List.of("对", "错"), "T", 2, Difficulty.EASY, List.of(), null)).getMessage());
        assertEquals("选项C与前面的选项相同", assertThrows(ValidationException.class, () -> Question.draft(QuestionType.SINGLE, "题干",
                List.of("甲", "乙", "甲"), "A", 2, Difficulty.EASY, List.of(), null)).getMessage());
    }
}
