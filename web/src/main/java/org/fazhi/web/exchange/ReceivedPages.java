package org.fazhi.web.exchange;

import java.util.Set;
import org.fazhi.exchange.Provenance;
import org.fazhi.model.account.Actor;

/**
 * What a page asks of {@link Provenance} before it offers a change: a unit received by 报送 is read-only here
 * (every write is refused), so its pages show where its data came from (partial {@code received}) instead of
 * buttons and forms that would only lead to a refusal.
 */
public final class ReceivedPages {
    private ReceivedPages() {
    }

    /**
     * The notice of a list: that of its unit filter, else — no filter — of the account's scope, since an account
     * scoped to a received unit sees nothing else; null when that unit is this instance's own (or for an unscoped
     * account's whole ledger).
     */
    public static Provenance.ReceivedFrom ofList(Provenance provenance, Actor actor, Long filter) {
        Long unit = filter != null ? filter : actor.scopeOrgId();
        return unit == null ? null : provenance.ofUnit(unit).orElse(null);
    }

    /** The received units, asked once for a list's rows; none asked when the list is empty. */
    public static Set<Long> ofRows(Provenance provenance, boolean anyRows) {
        return anyRows ? provenance.receivedUnits() : Set.of();
    }
}
