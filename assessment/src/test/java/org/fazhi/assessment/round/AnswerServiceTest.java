package org.fazhi.assessment.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AnswerServiceTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final AnswerService answers = a.assessment.answers();
    private final Round round = a.smallRound();
    private final Actor justice = Assessing.organiser(a.justice);

    @Test
    void aUnitAnswersTheLeavesThatApplyToIt() {
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), codes(answers.answers(justice, round.id(), a.justice.id())));
        assertEquals(List.of("1.1", "1.2", "2.2"), codes(answers.answers(justice, round.id(), a.notary.id())),
                "2.1 is for departments and townships");
        Answer first = answers.save(justice, round.id(), a.justice.id(), "1.1", new BigDecimal("5.5"), "已审核全部规范性文件", 0);
        assertEquals(new BigDecimal("5.5"), first.selfScore());
        assertEquals(1, first.version());
        Answer second = answers.save(justice, round.id(), a.justice.id(), "1.1", new BigDecimal("6"), null, 1);
        assertEquals(2, second.version());
        assertNull(second.explanation());
        assertThrows(ConflictException.class,
                () -> answers.save(justice, round.id(), a.justice.id(), "1.1", BigDecimal.ONE, null, 1));
        assertThrows(ConflictException.class, () -> answers.save(justice, round.id(), a.justice.id(), "1.2", BigDecimal.ONE,
                null, 3), "a first save expects version 0");
        assertThrows(NotFoundException.class,
                () -> answers.save(justice, round.id(), a.notary.id(), "2.1", BigDecimal.ONE, null, null));
        assertThrows(NotFoundException.class,
                () -> answers.save(justice, round.id(), a.justice.id(), "1", BigDecimal.ONE, null, null), "not a leaf");
        assertEquals("自评“县司法局” 1.1 规范性文件合法性审核:6分(满分6)",
                a.audit(AnswerService.ENTITY, round.id()).get(0).summary());
    }

    @Test
    void aScoreOutsideZeroToThePointsIsRefused() {
        ValidationException above = assertThrows(ValidationException.class,
                () -> answers.save(justice, round.id(), a.justice.id(), "1.2", new BigDecimal("4.5"), null, 0));
        assertEquals("selfScore", above.field());
        assertEquals("指标“重大行政决策合法性审查”的自评分不能超过4分,而不是4.5", above.getMessage());
        assertThrows(ValidationException.class,
                () -> answers.save(justice, round.id(), a.justice.id(), "1.2", new BigDecimal("-1"), null, 0));
        assertThrows(ValidationException.class,
                () -> answers.save(justice, round.id(), a.justice.id(), "1.2", new BigDecimal("1.25"), null, 0));
        assertEquals(0, answers.answer(justice, round.id(), a.justice.id(), "1.2").version(), "nothing was written");
    }

    @Test
    void submittingLocksTheAnswersAndNeedsEveryLeafScored() {
        answers.save(justice, round.id(), a.notary.id(), "1.1", new BigDecimal("6"), null, 0);
        ValidationException missing = assertThrows(ValidationException.class,
                () -> answers.submit(justice, round.id(), a.notary.id(), null));
        assertEquals("还有2项指标未填写自评分:1.2 重大行政决策合法性审查、2.2 负责人出庭应诉", missing.getMessage());
        answers.save(justice, round.id(), a.notary.id(), "1.2", new BigDecimal("4"), null, 0);
        answers.save(justice, round.id(), a.notary.id(), "2.2", new BigDecimal("3.5"), null, 0);
        RoundUnit submitted = answers.submit(justice, round.id(), a.notary.id(), null);
        assertEquals(UnitState.SUBMITTED, submitted.state());
        assertEquals("zuzhi", submitted.submittedBy());
        ConflictException locked = assertThrows(ConflictException.class,
                () -> answers.save(justice, round.id(), a.notary.id(), "1.1", new BigDecimal("5"), null, null));
        assertEquals("“公证处”已提交自评,自评内容已锁定,不能再修改", locked.getMessage());
        assertThrows(ConflictException.class, () -> answers.submit(justice, round.id(), a.notary.id(), null));
        assertEquals(new BigDecimal("6.0"), answers.answer(Assessing.viewer(a.notary), round.id(), a.notary.id(), "1.1")
                .selfScore());
    }

    @Test
    void afterTheDeadlineNothingChanges() {
        answers.save(justice, round.id(), a.justice.id(), "1.1", new BigDecimal("6"), null, 0);
        a.clock.set(2026, 3, 31);
        answers.save(justice, round.id(), a.justice.id(), "1.1", new BigDecimal("5"), null, 1);
        a.clock.set(2026, 4, 1);
        ConflictException late = assertThrows(ConflictException.class,
                () -> answers.save(justice, round.id(), a.justice.id(), "1.1", new BigDecimal("6"), null, 2));
        assertEquals("自评已于 2026-03-31 截止,不能再修改", late.getMessage());
        assertThrows(ConflictException.class, () -> answers.submit(justice, round.id(), a.justice.id(), null));
        assertEquals(new BigDecimal("5.0"), answers.answer(justice, round.id(), a.justice.id(), "1.1").selfScore());
    }

    @Test
    void onlyWritersWithinTheUnitsScopeAnswer() {
        assertThrows(AccessDeniedException.class, () -> answers.save(Assessing.organiser(a.finance), round.id(),
                a.justice.id(), "1.1", BigDecimal.ONE, null, 0));
        assertThrows(AccessDeniedException.class, () -> answers.answers(Assessing.viewer(a.finance), round.id(), a.justice.id()));
        assertThrows(AccessDeniedException.class, () -> answers.save(Assessing.viewer(a.justice), round.id(), a.justice.id(),
                "1.1", BigDecimal.ONE, null, 0));
        assertThrows(NotFoundException.class, () -> answers.answers(Assessing.ADMIN, round.id(), a.county.id()),
                "the assessing unit is not assessed");
        assertEquals(4, answers.answers(Assessing.viewer(a.county), round.id(), a.justice.id()).size());
    }

    private static List<String> codes(List<Answer> list) {
        return list.stream().map(Answer::code).toList();
    }
}
