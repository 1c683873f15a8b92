package org.fazhi.duty.court;

/**
 * Filters of the case list; every field optional.
 *
 * @param orgId the defendant unit's subtree
 * @param year  cases filed in that year or with a hearing dated in it (a case filed in December and
 *              heard in January shows in both years, as both years' ledgers mention it)
 * @param q     part of the case number (案号), the cause (案由) or the court (法院)
 */
public record CaseFilter(Long orgId, Integer year, Instance instance, CaseOutcome outcome, String q) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);

    /** The search text, stripped; null when blank. */
    public String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
