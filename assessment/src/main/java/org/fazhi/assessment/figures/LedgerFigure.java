package org.fazhi.assessment.figures;

import org.fazhi.model.Coded;

/**
 * A figure the ledgers keep that an indicator leaf can be bound to: the unit's live value for the round's
 * year stands beside the leaf with a suggested score. Each is a rate (a share of something owed), so one
 * scoring rule fits them all.
 */
public enum LedgerFigure implements Coded {
    /** Share of the unit's 学法 quota rules (计划) met in the year. */
    STUDY_QUOTA("学法计划完成率"),
    /** 行政机关负责人出庭率: hearings a head appeared at ÷ hearings needing one. */
    COURT_APPEARANCE("负责人出庭率"),
    /** 党政主要负责人第一责任人 duty items completed ÷ planned. */
    DUTY_COMPLETION("第一责任人履职完成率"),
    /** 年终述法: leaders who reported ÷ leaders owing a report. */
    LAW_REPORT_COVERAGE("年终述法覆盖率"),
    /** 任前法律知识测试: people who passed ÷ people tested. */
    EXAM_PASS("任前测试通过率"),
    /** 整改 items closed by their deadline ÷ items due. */
    RECTIFICATION_ON_TIME("整改按期完成率");

    private final String label;

    LedgerFigure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
