package org.fazhi.reconsideration.stats;

import org.fazhi.model.Coded;

/**
 * What the 直接纠错率 divides by (a setting; places differ): every case concluded in the year, or only those
 * decided on the merits (not ended by 调解, 和解 or 终止). The 综合纠错率 always divides by every concluded case,
 * since the corrections it adds are those made in 调解, 和解 and 撤回.
 */
public enum CorrectionDenominator implements Coded {
    CONCLUDED("全部审结案件"),
    MERITS("作出实体决定的案件(不含调解、和解、终止)");

    private final String label;

    CorrectionDenominator(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static CorrectionDenominator parse(String value) {
        return Coded.parse(CorrectionDenominator.class, value, "correctionDenominator", "纠错率分母");
    }
}
