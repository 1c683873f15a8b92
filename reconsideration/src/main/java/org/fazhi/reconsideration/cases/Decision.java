package org.fazhi.reconsideration.cases;

import org.fazhi.model.Coded;

/**
 * How a case ended. The first seven are decisions on the merits; of those, six correct the act (直接纠错:
 * 撤销, 部分撤销, 变更, 确认违法, 责令履行, 确认无效). 调解, 和解 and 终止 (the application withdrawn) end a case
 * without a decision on the merits; when the respondent corrected its act to get there, the case counts in
 * the 综合纠错率 ({@code correctedIndirectly}).
 */
public enum Decision implements Coded {
    UPHELD("维持", true, false),
    DISMISSED("驳回", true, false),
    REVOKED("撤销", true, true),
    PARTIALLY_REVOKED("部分撤销", true, true),
    VARIED("变更", true, true),
    CONFIRMED_ILLEGAL("确认违法", true, true),
    ORDERED_PERFORMANCE("责令履行", true, true),
    CONFIRMED_VOID("确认无效", true, true),
    MEDIATED("调解", false, false),
    SETTLED("和解", false, false),
    TERMINATED("终止", false, false);

    private final String label;
    private final boolean onMerits;
    private final boolean correction;

    Decision(String label, boolean onMerits, boolean correction) {
        this.label = label;
        this.onMerits = onMerits;
        this.correction = correction;
    }

    @Override
    public String label() {
        return label;
    }

    /** A decision on the merits of the act (not a 调解, 和解 or 终止). */
    public boolean onMerits() {
        return onMerits;
    }

    /** A 直接纠错: the decision itself corrects the act. */
    public boolean correction() {
        return correction;
    }

    public static Decision parse(String value) {
        return Coded.parse(Decision.class, value, "decision", "决定结果");
    }
}
