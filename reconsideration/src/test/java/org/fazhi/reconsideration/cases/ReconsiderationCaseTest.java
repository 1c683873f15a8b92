package org.fazhi.reconsideration.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.model.ValidationException;
import org.junit.jupiter.api.Test;

/** A case on its own: the law's due dates, where a case stands on a day, and the order of its steps. */
class ReconsiderationCaseTest {
    private static ReconsiderationCase c(String received, String accepted, String reason, Procedure p, int extended,
                                         String decided, Decision d, boolean corrected) {
        return ReconsiderationCase.draft("清政复决字〔2025〕1号", "张某某", ApplicantType.CITIZEN, 3, MatterCategory.PENALTY,
                LocalDate.parse(received), accepted == null ? null : LocalDate.parse(accepted), reason, p, extended,
                decided == null ? null : LocalDate.parse(decided), d, corrected, null, null).stored(null, 0);
    }

    @Test
    void theDecisionIsDueSixtyDaysAfterAcceptanceThirtyOnTheSimpleProcedurePlusTheExtension() {
        assertEquals(LocalDate.of(2025, 4, 30), c("2025-02-27", "2025-03-01", null, Procedure.NORMAL, 0, null, null, false).dueOn());
        assertEquals(LocalDate.of(2025, 3, 31), c("2025-02-27", "2025-03-01", null, Procedure.SIMPLE, 0, null, null, false).dueOn());
        assertEquals(LocalDate.of(2025, 5, 30), c("2025-02-27", "2025-03-01", null, Procedure.NORMAL, 30, null, null, false).dueOn());
        assertNull(c("2025-02-27", null, null, Procedure.NORMAL, 0, null, null, false).dueOn(), "not accepted: nothing due");
    }

    @Test
    void aCaseStandsWhereItsStepsHaveGotAndIsOverdueOnceItsStepIsLate() {
        LocalDate today = LocalDate.of(2025, 4, 20);
        ReconsiderationCase.Standing waiting = c("2025-04-17", null, null, Procedure.NORMAL, 0, null, null, false).standing(today);
        assertEquals(ReconsiderationCase.Stage.ACCEPTANCE, waiting.stage());
        assertEquals(2L, waiting.daysLeft(), "five days to decide on acceptance");
        assertFalse(waiting.overdue());
        assertTrue(c("2025-04-14", null, null, Procedure.NORMAL, 0, null, null, false).standing(today).overdue(),
                "received six days ago and not yet decided on");
        assertEquals(ReconsiderationCase.Stage.NOT_ACCEPTED,
                c("2025-04-01", null, "超过申请期限", Procedure.NORMAL, 0, null, null, false).standing(today).stage());
        ReconsiderationCase.Standing hearing = c("2025-02-27", "2025-03-01", null, Procedure.NORMAL, 0, null, null, false)
                .standing(today);
        assertEquals(10L, hearing.daysLeft());
        assertFalse(hearing.overdue());
        ReconsiderationCase.Standing late = c("2025-02-27", "2025-03-01", null, Procedure.SIMPLE, 0, null, null, false)
                .standing(today);
        assertEquals(-20L, late.daysLeft());
        assertTrue(late.overdue());
        ReconsiderationCase.Standing decidedLate = c("2025-02-27", "2025-03-01", null, Procedure.SIMPLE, 0, "2025-04-02",
                Decision.UPHELD, false).standing(today);
        assertEquals(ReconsiderationCase.Stage.DECIDED, decidedLate.stage());
        assertEquals(2L, decidedLate.daysLate(), "a decision after its due date counts as late");
        assertTrue(decidedLate.overdue());
        assertFalse(c("2025-02-27", "2025-03-01", null, Procedure.SIMPLE, 0, "2025-03-31", Decision.UPHELD, false)
                .standing(today).overdue(), "decided on its due date is on time");
    }

    @Test
    void stepsOutOfOrderAreAllNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> c("2025-03-05", "2025-03-01", null,
                Procedure.SIMPLE, 10, "2025-02-28", Decision.MEDIATED, false));
        Map<String, String> byField = e.all().stream().collect(Collectors.toMap(ValidationException::field,
                ValidationException::getMessage));
        assertEquals("受理日期不能早于收到申请日期(2025-03-05)", byField.get("acceptedOn"));
        assertEquals("简易程序案件不能延长审理期限", byField.get("extendedDays"));
        assertEquals("决定日期不能早于受理日期(2025-03-01)", byField.get("decidedOn"));
        assertEquals(3, byField.size(), byField.toString());
    }

    @Test
    void eachRuleOfTheStepsHasItsMessage() {
        assertEquals("延长审理期限应在0到30天之间", message(() -> c("2025-03-01", "2025-03-02", null, Procedure.NORMAL, 31, null,
                null, false)));
        assertEquals("案件尚未受理,不能延长审理期限", message(() -> c("2025-03-01", null, null, Procedure.NORMAL, 10, null, null,
                false)));
        assertEquals("案件尚未受理,不能填写决定日期", message(() -> c("2025-03-01", null, null, Procedure.NORMAL, 0, "2025-04-01",
                Decision.UPHELD, false)));
        assertEquals("填写了决定日期,请同时选择决定结果", message(() -> c("2025-03-01", "2025-03-02", null, Procedure.NORMAL, 0,
                "2025-04-01", null, false)));
        assertEquals("选择了决定结果“撤销”,请同时填写决定日期", message(() -> c("2025-03-01", "2025-03-02", null, Procedure.NORMAL, 0,
                null, Decision.REVOKED, false)));
        assertEquals("“被申请人自行纠正”只适用于以调解、和解或终止结案的案件", message(() -> c("2025-03-01", "2025-03-02", null,
                Procedure.NORMAL, 0, "2025-04-01", Decision.UPHELD, true)));
        assertEquals("已受理的案件不填写不予受理理由", message(() -> c("2025-03-01", "2025-03-02", "材料不全", Procedure.NORMAL, 0,
                null, null, false)));
        assertEquals("决定结果“撤消”无效,应为:维持、驳回、撤销、部分撤销、变更、"
                + "确认违法、责令履行、确认无效、调解、和解、"
                + "终止", message(() -> Decision.parse("撤消")));
        assertEquals(Decision.REVOKED, Decision.parse("撤销"));
        assertEquals(Decision.REVOKED, Decision.parse("revoked"));
    }

    private static String message(Runnable r) {
        return assertThrows(ValidationException.class, r::run).getMessage();
    }
}
