package org.fazhi.assessment.figures;

import org.fazhi.model.Coded;

/**
 * A figure the ledgers keep that an indicator leaf can be bound to: the unit's live value for the round's
 * year stands beside the leaf with a suggested score. Each is a rate (a share of something owed), so one
 * scoring rule fits them all. What each counts, exactly, is in the module README ("Ledger figures") and
 * {@link LedgerFigures}.
 */
public enum LedgerFigure implements Coded {
    /** 学法 quota rules applying to the unit that it met in the year ÷ rules applying (its own sessions). */
    STUDY_QUOTA("学法计划完成率", RecordKind.STUDY_SESSION),
    /** 行政机关负责人出庭率: instances (or hearings, per the court setting) a head appeared at ÷ those counted. */
    COURT_APPEARANCE_RATE("负责人出庭率", RecordKind.COURT_CASE),
    /** 党政主要负责人第一责任人 duty items done ÷ items of the year, less those marked 不适用. */
    DUTY_COMPLETION_RATE("第一责任人履职完成率", RecordKind.DUTY_ITEM),
    /** 年终述法: principal leaders with a report for the year ÷ principal leaders. */
    LAW_REPORT_COVERAGE("年终述法覆盖率", RecordKind.LAW_REPORT),
    /** 任前法律知识测试: people who passed in the end (retakes included) ÷ people who sat. */
    TEST_PASS_RATE("任前测试通过率", RecordKind.EXAM_BATCH),
    /** 整改 items due in the year 销号'd by their deadline ÷ items due (deadline reached, or 销号'd). */
    RECTIFICATION_CLOSED_ON_TIME("整改按期完成率", RecordKind.RECTIFICATION);

    private final String label;
    private final RecordKind records;

    LedgerFigure(String label, RecordKind records) {
        this.label = label;
        this.records = records;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind of record the figure is drawn from. */
    public RecordKind records() {
        return records;
    }

    public static LedgerFigure parse(String value) {
        return Coded.parse(LedgerFigure.class, value, "binding", "关联台账指标");
    }
}
