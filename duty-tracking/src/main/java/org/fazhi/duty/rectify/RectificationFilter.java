package org.fazhi.duty.rectify;

import org.fazhi.model.Checks;

/**
 * Filters of the 整改 list; every field optional.
 *
 * @param orgId       the unit's subtree
 * @param year        items found or due in that year
 * @param status      one status
 * @param overdueOnly only items overdue today (not CLOSED, deadline passed), whatever their status
 * @param q           text in the problem, source, measures or responsible person
 */
public record RectificationFilter(Long orgId, Integer year, RectificationStatus status, boolean overdueOnly, String q) {
    /** The status filter's code for overdue items (the list's "逾期" choice). */
    public static final String OVERDUE = "OVERDUE";
    public static final String OVERDUE_LABEL = "已逾期";
    public static final RectificationFilter ALL = new RectificationFilter(null, null, null, false, null);

    public RectificationFilter {
        q = Checks.optionalText(q, "q", "搜索词", 50);
    }

    /** Parses {@code ?status=}: a status code or label, or OVERDUE; blank for all. */
    public static RectificationFilter of(Long orgId, Integer year, String status, String q) {
        if (status == null || status.isBlank()) {
            return new RectificationFilter(orgId, year, null, false, q);
        }
        String s = status.strip();
        if (s.equalsIgnoreCase(OVERDUE) || s.equals(OVERDUE_LABEL) || s.equals("逾期")) {
            return new RectificationFilter(orgId, year, null, true, q);
        }
        return new RectificationFilter(orgId, year, RectificationStatus.parse(s), false, q);
    }
}
