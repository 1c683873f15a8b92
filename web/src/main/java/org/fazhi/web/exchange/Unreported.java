package org.fazhi.web.exchange;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.exchange.Provenance;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.CoreServices;

/**
 * The notice of a page whose figures cover a year that units received by 报送 have not sent yet: "清河县人民政府
 * 尚未报送2026年度数据" — so a city does not read a fragment (a case the county's earlier package carried into the
 * year) as the county's year.
 *
 * @param units the units' names, joined with 、
 * @param year  the year they have not sent
 */
public record Unreported(String units, int year) {
    /** The notice for the subtree of {@code orgId} (null: the actor's whole scope) and {@code year}; null when none is due. */
    public static Unreported of(Provenance provenance, CoreServices core, Actor actor, Long orgId, int year) {
        Set<Long> visible = core.visibleOrgs().list(actor).stream().map(Org::id).collect(Collectors.toSet());
        // The whole scope of a scoped account is the subtree of its unit, which may lie inside a received unit.
        Long root = orgId != null ? orgId : actor.scoped() ? actor.scopeOrgId() : null;
        List<String> names = provenance.unreported(root, year, visible);
        return names.isEmpty() ? null : new Unreported(String.join("、", names), year);
    }
}
