package org.fazhi.duty.lawreport;

/**
 * Filters of the 述法 list; every field optional.
 *
 * @param orgId    the unit's subtree (by the unit recorded on the report)
 * @param year     the year reported on
 * @param personId one leader's reports
 */
public record LawReportFilter(Long orgId, Integer year, Long personId) {
    public static final LawReportFilter ALL = new LawReportFilter(null, null, null);
}
