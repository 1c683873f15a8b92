package org.fazhi.model.account;

/**
 * Who is acting: the signed-in user as the services see it. {@code scopeOrgId} is the root of the
 * subtree an organiser or viewer is confined to; null means the whole ledger.
 */
public record Actor(long userId, String username, Role role, Long scopeOrgId) {
    /** The command line and the demo loader act as this. */
    public static final Actor SYSTEM = new Actor(0, "system", Role.ADMIN, null);

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean scoped() {
        return role != Role.ADMIN && scopeOrgId != null;
    }
}
