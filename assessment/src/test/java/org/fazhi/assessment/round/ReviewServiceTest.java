package org.fazhi.assessment.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ReviewServiceTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final ReviewService review = a.assessment.review();
    private final AnswerService answers = a.assessment.answers();
    private final Round round = a.smallRound();
    private final Actor reviewer = Assessing.organiser(a.county);
    private final Actor town = Assessing.organiser(a.town);
    private final long unit = a.town.id();

    private void submitTown() {
        for (String code : List.of("1.1", "1.2", "2.1", "2.2")) {
            answers.save(town, round.id(), unit, code, new BigDecimal(code.equals("1.1") || code.equals("2.1") ? "6" : "4"),
                    "已落实", null);
        }
        answers.submit(town, round.id(), unit, null);
    }

    @Test
    void aReviewerScoresWithAReasonForEveryDeduction() {
        assertThrows(ConflictException.class, () -> review.review(reviewer, round.id(), unit, "1.1", BigDecimal.ONE, "x", null),
                "not submitted yet");
        submitTown();
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("5"), " ", null));
        assertEquals("reason", noReason.field());
        assertEquals("指标“规范性文件合法性审核”扣分(得5分,满分6分)须填写扣分理由", noReason.getMessage());
        assertThrows(ValidationException.class, () -> review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("7"), "x", null));
        Answer full = review.review(reviewer, round.id(), unit, "2.1", new BigDecimal("6"), null, null);
        assertEquals(new BigDecimal("6.0"), full.reviewScore());
        Answer docked = review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("4.5"), "两件文件未经审核", null);
        assertEquals("两件文件未经审核", docked.reason());
        assertThrows(ConflictException.class, () -> review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("4"), "x",
                docked.version() - 1));
        assertThrows(AccessDeniedException.class, () -> review.review(town, round.id(), unit, "1.2", BigDecimal.ZERO, "x", null),
                "a unit does not review itself");
        assertThrows(AccessDeniedException.class, () -> review.review(Assessing.organiser(a.county2), round.id(), unit, "1.2",
                BigDecimal.ZERO, "x", null));
        assertEquals("审核“城关镇人民政府” 1.1 规范性文件合法性审核:4.5分(满分6),理由:两件文件未经审核",
                a.audit(AnswerService.ENTITY, round.id()).get(0).summary());
    }

    @Test
    void returnedLeavesAreChangedAndResubmittedUntilTheReviewDeadline() {
        submitTown();
        assertThrows(ValidationException.class, () -> review.returnLeaves(reviewer, round.id(), unit, List.of("1.1"), " "));
        List<Answer> returned = review.returnLeaves(reviewer, round.id(), unit, List.of("1.1"), "请补充审核台账");
        assertTrue(returned.get(0).returned());
        assertEquals("请补充审核台账", returned.get(0).returnComment());
        a.clock.set(2026, 4, 10);
        answers.save(town, round.id(), unit, "1.1", new BigDecimal("5"), "已补充", null);
        a.assessment.evidence().addNote(town, round.id(), unit, "1.1", "补充说明", "补充了审核台账");
        assertThrows(ConflictException.class, () -> answers.save(town, round.id(), unit, "1.2", BigDecimal.ONE, null, null),
                "only returned leaves reopen");
        assertThrows(ConflictException.class, () -> review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("5"), "仍缺材料", null),
                "a returned leaf waits for the unit");
        assertThrows(ConflictException.class, () -> review.confirm(reviewer, round.id(), unit, null));
        RoundUnit again = answers.submit(town, round.id(), unit, null);
        assertEquals(UnitState.SUBMITTED, again.state());
        assertFalse(answers.answer(town, round.id(), unit, "1.1").returned());
        assertThrows(ConflictException.class, () -> answers.save(town, round.id(), unit, "1.1", BigDecimal.ONE, null, null));
        review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("5"), "补充后仍缺一件", null);
        RoundUnit confirmed = review.confirm(reviewer, round.id(), unit, null);
        assertEquals(UnitState.CONFIRMED, confirmed.state());
        ConflictException after = assertThrows(ConflictException.class,
                () -> review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("6"), null, null));
        assertEquals("“城关镇人民政府”的考核结果已确认,不能再评分", after.getMessage());
        assertTrue(review.markTypical(reviewer, round.id(), unit, "2.1", true).typical());
    }

    @Test
    void afterTheReviewDeadlineReturnedLeavesStayAsTheyWere() {
        submitTown();
        review.returnLeaves(reviewer, round.id(), unit, List.of("1.2"), "请补充材料");
        a.clock.set(2026, 5, 1);
        ConflictException late = assertThrows(ConflictException.class,
                () -> answers.save(town, round.id(), unit, "1.2", BigDecimal.ONE, null, null));
        assertEquals("补充材料已于 2026-04-30 截止,不能再修改", late.getMessage());
        assertThrows(ConflictException.class, () -> answers.submit(town, round.id(), unit, null));
        assertThrows(ConflictException.class, () -> review.confirm(reviewer, round.id(), unit, null));
    }

    @Test
    void aDeductionOpensARectificationLinkedBothWays() {
        submitTown();
        assertThrows(ValidationException.class,
                () -> review.openRectification(reviewer, round.id(), unit, "1.1", LocalDate.of(2026, 6, 30)), "not docked yet");
        review.review(reviewer, round.id(), unit, "1.1", new BigDecimal("3"), "三件规范性文件未经合法性审核", null);
        Rectification r = review.openRectification(reviewer, round.id(), unit, "1.1", LocalDate.of(2026, 6, 30));
        assertEquals(a.town.id(), r.orgId());
        assertEquals("示范创建考核扣分:1.1 规范性文件合法性审核(得3分,满分6分)。扣分理由:三件规范性文件未经合法性审核", r.problem());
        assertEquals(round.title(), r.source());
        RectificationService ledger = new RectificationService(a.ledger.database().jdbi(), a.core.audit(), a.clock);
        assertEquals(r.problem(), ledger.find(reviewer, r.id()).problem());
        ReviewService.RectificationOrigin origin = review.origin(town, r.id()).orElseThrow();
        assertEquals(List.of(round.id(), unit), List.of(origin.roundId(), origin.orgId()));
        assertEquals("1.1", origin.code());
        assertEquals(List.of(r.id()), review.rectifications(reviewer, round.id(), unit).stream()
                .map(ReviewService.RectificationOrigin::rectificationId).toList());
        assertTrue(review.origin(reviewer, r.id() + 100).isEmpty());
        assertThrows(AccessDeniedException.class, () -> review.origin(Assessing.viewer(a.finance), r.id()));
    }
}
