package org.fazhi.assessment.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.model.ValidationException;
import org.junit.jupiter.api.Test;

/** The 关联台账指标 cell: parse, write back, and the messages for what it cannot read. */
class LedgerBindingTest {
    private static LedgerBinding parse(String cell) {
        return LedgerBinding.parse(cell).orElseThrow();
    }

    @Test
    void aBlankCellBindsNothing() {
        assertEquals(Optional.empty(), LedgerBinding.parse(null));
        assertEquals(Optional.empty(), LedgerBinding.parse(""));
        assertEquals(Optional.empty(), LedgerBinding.parse("  "));
    }

    @Test
    void aFigureByLabelOrCodeWithOrWithoutARule() {
        assertEquals(new LedgerBinding(LedgerFigure.COURT_APPEARANCE_RATE, ScoringRule.PROPORTIONAL), parse("负责人出庭率"));
        assertEquals(new LedgerBinding(LedgerFigure.COURT_APPEARANCE_RATE, ScoringRule.PROPORTIONAL), parse("court_appearance_rate"));
        assertEquals(new LedgerBinding(LedgerFigure.TEST_PASS_RATE, new ScoringRule.Threshold(new BigDecimal("90"))),
                parse("任前测试通过率;达到90%得满分"));
        assertEquals(parse("任前测试通过率;达到90%得满分"), parse(" 任前测试通过率 ； 达到90％得满分 "), "full-width ； and ％");
        assertEquals(parse("学法计划完成率"), parse("学法计划完成率;按比例"));
        assertEquals(parse("学法计划完成率"), parse("学法计划完成率;"));
        assertEquals(ScoringRule.PROPORTIONAL, new LedgerBinding(LedgerFigure.STUDY_QUOTA, null).rule());
    }

    @Test
    void everyBindingRoundTripsThroughItsCell() {
        for (LedgerFigure f : LedgerFigure.values()) {
            for (ScoringRule r : new ScoringRule[] {ScoringRule.PROPORTIONAL, ScoringRule.parse("达到90%得满分"),
                    ScoringRule.parse("达到95.5%得满分")}) {
                LedgerBinding b = new LedgerBinding(f, r);
                assertEquals(b, parse(b.cell()), b.cell());
            }
        }
        assertEquals("负责人出庭率", new LedgerBinding(LedgerFigure.COURT_APPEARANCE_RATE, ScoringRule.PROPORTIONAL).cell());
        assertEquals("整改按期完成率;达到90%得满分", parse("RECTIFICATION_CLOSED_ON_TIME;达到90.0%得满分").cell());
    }

    @Test
    void whatCannotBeReadIsRefusedNamingTheColumn() {
        ValidationException e = assertThrows(ValidationException.class, () -> LedgerBinding.parse("出庭率;按比例"));
        assertEquals("binding", e.field());
        assertEquals("关联台账指标“出庭率”无效,应为:学法计划完成率、负责人出庭率、"
                + "第一责任人履职完成率、年终述法覆盖率、任前测试通过率、"
                + "整改按期完成率", e.getMessage());
        assertEquals("关联台账指标不能为空", assertThrows(ValidationException.class, () -> LedgerBinding.parse(";按比例")).getMessage());
        ValidationException rule = assertThrows(ValidationException.class, () -> LedgerBinding.parse("负责人出庭率;90分以上满分"));
        assertEquals("rule", rule.field());
        assertEquals("计分规则“90分以上满分”无法识别,应为“按比例”或“达到90%得满分”这样的写法", rule.getMessage());
    }
}
