package org.fazhi.storage.testing;

import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;

/** Actors for service tests: an organiser or viewer confined to a unit's subtree (null: the whole ledger). */
public final class TestActors {
    private TestActors() {
    }

    public static Actor organiser(Org scope) {
        return new Actor(901, "zuzhi", Role.ORGANISER, scope == null ? null : scope.id());
    }

    public static Actor viewer(Org scope) {
        return new Actor(902, "chakan", Role.VIEWER, scope == null ? null : scope.id());
    }
}
