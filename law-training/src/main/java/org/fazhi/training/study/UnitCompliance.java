package org.fazhi.training.study;

import java.util.List;
import org.fazhi.model.org.OrgKind;

/**
 * One unit's study-quota compliance in a year. {@code compliant} is false when any rule is behind;
 * for the current year that means behind pace, not behind the full-year total.
 */
public record UnitCompliance(long orgId, String orgName, OrgKind orgKind, boolean compliant, int[] perQuarter,
                             List<RuleResult> rules) {

    /** One rule's figures for the unit. */
    public record RuleResult(long ruleId, String label, List<StudyKind> kinds, QuotaPeriod period, String requirement,
                             int required, int due, int held, int[] perQuarter, boolean compliant,
                             boolean finalJudgement) {
    }
}
