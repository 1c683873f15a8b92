package org.fazhi.assessment.figures;

import org.fazhi.model.Coded;

/** The kinds of ledger record an answer can point at, one per ledger list a figure is drawn from. */
public enum RecordKind implements Coded {
    /** A 学法 session (law-training). */
    STUDY_SESSION("学法活动"),
    /** A 任前法律知识测试 batch (law-training). */
    EXAM_BATCH("任前测试批次"),
    /** A 第一责任人 duty item of a leader and year (duty-tracking). */
    DUTY_ITEM("第一责任人履职事项"),
    /** An 出庭应诉 case, one per case number and 审级 (duty-tracking). */
    COURT_CASE("出庭应诉案件"),
    /** A leader's 年终述法 record of a year (duty-tracking). */
    LAW_REPORT("述法"),
    /** A 整改 item (duty-tracking). */
    RECTIFICATION("整改");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static RecordKind parse(String value) {
        return Coded.parse(RecordKind.class, value, "kind", "台账记录类型");
    }
}
