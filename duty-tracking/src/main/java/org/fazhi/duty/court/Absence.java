package org.fazhi.duty.court;

import java.time.LocalDate;

/**
 * A hearing of a period where no head appeared, as the 约谈 list and the 通报 tell it: the case, the
 * 未出庭理由 and the 未出庭情况 (e.g. "负责人因不可抗力委托副职出庭"), who went instead.
 *
 * @param topOrgId the ranked unit the defendant rolls up into (see {@link UnitRate})
 * @param orgId    the defendant unit itself
 */
public record Absence(long topOrgId, long orgId, String orgName, long caseId, String caseNo, Instance instance,
                      LocalDate date, AbsenceReason reason, String note, String entrustedStaff, boolean lawyerOnly) {
    /**
     * One line for a list: "(2024)皖0101行初1号 3月5日开庭:不可抗力,负责人因不可抗力委托副职出庭;委托李某出庭".
     */
    public String text() {
        StringBuilder b = new StringBuilder(caseNo).append(' ').append(date.getMonthValue()).append('月')
                .append(date.getDayOfMonth()).append("日开庭:").append(reason == null ? "未填写未出庭理由" : reason.label());
        if (note != null) {
            b.append(",").append(note);
        }
        if (entrustedStaff != null) {
            b.append(";委托").append(entrustedStaff).append("出庭");
        } else if (lawyerOnly) {
            b.append(";仅委托律师出庭");
        }
        return b.toString();
    }
}
