package org.fazhi.assessment.figures;

import org.fazhi.model.Coded;

/** The kinds of ledger record an answer can point at, one per ledger list a figure is drawn from. */
public enum RecordKind implements Coded {
    /** A 学法 session (law-training). */
    STUDY_SESSION("学法活动", "study-session"),
    /** A 任前法律知识测试 batch (law-training). */
    EXAM_BATCH("任前测试批次", "test-batch"),
    /** A 第一责任人 duty item of a leader and year (duty-tracking). */
    DUTY_ITEM("第一责任人履职事项", "duty"),
    /** An 出庭应诉 case, one per case number and 审级 (duty-tracking). */
    COURT_CASE("出庭应诉案件", "court-case"),
    /** A leader's 年终述法 record of a year (duty-tracking). */
    LAW_REPORT("述法", "law-report"),
    /** A 整改 item (duty-tracking). */
    RECTIFICATION("整改", "rectification");

    private final String label;
    private final String refName;

    RecordKind(String label, String refName) {
        this.label = label;
        this.refName = refName;
    }

    /** The name in a reference, "duty" of "duty:5" (API.md). */
    public String refName() {
        return refName;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The kind of a reference's name, "study-session", "test-batch", "duty", "court-case", "law-report",
     * "rectification"; the enum name or label also reads.
     */
    public static RecordKind parse(String value) {
        for (RecordKind k : values()) {
            if (k.refName.equals(value)) {
                return k;
            }
        }
        return Coded.parse(RecordKind.class, value, "kind", "台账记录类型");
    }
}
