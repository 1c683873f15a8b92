package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round's results. A leaf counts the reviewer's score where given, else the self score, else 0.
 *
 * @param units    per unit (those the actor sees): total, grade, rank among all the round's units (ties share a
 *                 rank), whether it meets the standard (total ≥ pass score and no veto leaf at 0); best first
 * @param met      units of the round meeting the standard
 * @param assessed units of the round
 * @param unconfirmed units of the round not confirmed yet (自评中 or 已提交): while any is, the totals, ranks and the
 *                 share meeting the standard are provisional. The round's count, whoever reads it: the figures it
 *                 qualifies are the round's too (a count only, naming no unit the actor may not see)
 * @param share    met ÷ assessed × 100, one decimal
 * @param reached  share ≥ target
 * @param weakest  the leaves by points given ÷ points possible over the units they apply to, lowest first (ten)
 * @param typical  answers marked 典型经验做法 (of the units the actor sees)
 */
public record Results(long roundId, List<UnitResult> units, int met, int assessed, int unconfirmed, BigDecimal share,
                      BigDecimal target, boolean reached, List<LeafRatio> weakest, List<Typical> typical) {
    public Results {
        units = List.copyOf(units);
        weakest = List.copyOf(weakest);
        typical = List.copyOf(typical);
    }

    public record UnitResult(long orgId, String orgName, UnitState state, BigDecimal total, Grade grade, int rank,
                             boolean meets, boolean vetoed) {
    }

    /** @param ratio points given ÷ points possible × 100, one decimal */
    public record LeafRatio(String code, String title, BigDecimal points, BigDecimal ratio) {
    }

    public record Typical(long orgId, String orgName, String code, String title, String explanation) {
    }

    /**
     * The sentence an annual report may carry: "纳入考核的31个单位中24个基本达到指标体系工作标准(77.4%),高于年度目标50%".
     */
    public String sentence() {
        int cmp = share.compareTo(target);
        return "纳入考核的" + assessed + "个单位中" + met + "个基本达到指标体系工作标准(" + share.toPlainString() + "%),"
                + (cmp > 0 ? "高于" : cmp == 0 ? "达到" : "低于") + "年度目标" + target.stripTrailingZeros().toPlainString() + "%";
    }
}
