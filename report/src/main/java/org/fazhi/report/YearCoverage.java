package org.fazhi.report;

/**
 * Whether this ledger holds a unit subtree's whole year. A city that receives its counties' 报送 packages holds of
 * a year that a county has not sent only what the county's earlier packages carried into it (a case filed the
 * year before and heard in this one): comparing with such a year would compare with a fragment, so the report
 * leaves the comparison out. The exchange module knows which years came; a ledger without it holds every year.
 */
@FunctionalInterface
public interface YearCoverage {
    /** Every year whole: a ledger that receives no packages. */
    YearCoverage WHOLE = (orgId, year) -> true;

    boolean whole(long orgId, int year);
}
