package org.fazhi.storage.demo;

import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;

/**
 * Who the demo's histories say acted. The demo writes through the services, which stamp each step with the actor's
 * name (a duty's review trail, a 整改 item's steps, who added a piece of evidence, the audit log); as
 * {@link Actor#SYSTEM} every one of them would read "system", which no reader of a county's ledger believes. So a
 * unit's own steps (its evidence, its submission, its self-assessment, its 整改) are its own, named by the unit, and
 * the steps of those above (approving or returning a duty, reviewing and confirming the assessment, 销号) are the
 * county's reviewing office's. Neither is an account: like {@code SYSTEM} they are administrators with no user id,
 * so every check of the services still applies as it does to the demo loader.
 */
public final class DemoActors {
    /** The office that reviews the county's units: the 县委全面依法治县委员会办公室, as the county calls it. */
    public static final Actor REVIEWER = new Actor(0, "县委依法治县办", Role.ADMIN, null);

    private DemoActors() {
    }

    /** A unit's own step, under the unit's name ("清河县教育局"). */
    public static Actor unit(String unitName) {
        return new Actor(0, unitName, Role.ADMIN, null);
    }
}
