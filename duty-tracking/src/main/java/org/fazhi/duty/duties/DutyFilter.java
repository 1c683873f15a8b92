package org.fazhi.duty.duties;

/**
 * Filters of the duty item list; every field optional.
 *
 * @param orgId  the unit's subtree (within the actor's scope)
 * @param status as read today, so OVERDUE finds open items past their due date
 * @param q      part of the leader's name, the unit's name, the duty's title or code
 */
public record DutyFilter(Long orgId, Integer year, Long personId, String code, DutyStatus status,
                         ReviewState reviewState, String q) {
    public static final DutyFilter ALL = new DutyFilter(null, null, null, null, null, null, null);

    public static DutyFilter year(int year) {
        return new DutyFilter(null, year, null, null, null, null, null);
    }

    public DutyFilter withOrg(Long org) {
        return new DutyFilter(org, year, personId, code, status, reviewState, q);
    }
}
