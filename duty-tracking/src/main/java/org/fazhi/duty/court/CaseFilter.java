package org.fazhi.duty.court;

/**
 * Filters of the case list; every field optional.
 *
 * @param orgId  the defendant unit's subtree
 * @param year   cases filed in that year
 * @param caseNo part of a case number
 */
public record CaseFilter(Long orgId, Integer year, Instance instance, CaseOutcome outcome, String caseNo) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);
}
