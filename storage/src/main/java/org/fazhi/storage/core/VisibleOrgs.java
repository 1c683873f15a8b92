package org.fazhi.storage.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.jdbi.v3.core.Jdbi;

/**
 * The units an actor may see ({@link OrgService#visible}) and their tree, remembered until the ledger
 * changes. Nearly every page names units and offers a unit picker, so each read the whole tree; on a
 * province ledger (2,000 units) that was the largest cost a page paid besides its own rows.
 *
 * <p>"The ledger changed" is read as {@link org.fazhi.storage.figures.FigureCache} reads it: the newest
 * audit entry's id, which every committed change moves (a unit is never changed without its audit entry).
 * It is read before the units, so a change committing meanwhile leaves the list under the older revision
 * and the next call reads it again. Kept per scope root, so a list is shared only by actors who see the
 * same units.
 */
public final class VisibleOrgs {
    /** Ledger-wide plus one per scope root in use; a county has a few dozen units that sign in. */
    private static final int MAX_ENTRIES = 64;
    /** The key of a ledger-wide actor (scope roots are ids, never negative). */
    private static final long EVERYTHING = -1;

    private final Jdbi jdbi;
    private final OrgService orgs;
    private final Map<Long, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public VisibleOrgs(Jdbi jdbi, OrgService orgs) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.orgs = Objects.requireNonNull(orgs);
    }

    /** The same as {@link OrgService#visible}: the actor's units by id, in a list the caller may change. */
    public List<Org> list(Actor actor) {
        return new ArrayList<>(entry(actor).orgs());
    }

    /** The tree of {@link #list}; shared, and unchangeable like every {@link OrgTree}. */
    public OrgTree tree(Actor actor) {
        return entry(actor).tree();
    }

    private Entry entry(Actor actor) {
        long key = actor.scoped() ? actor.scopeOrgId() : EVERYTHING;
        long revision = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM audit_log").mapTo(Long.class).one());
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.revision() == revision) {
                return e;
            }
        }
        List<Org> read = List.copyOf(orgs.visible(actor));
        Entry e = new Entry(revision, read, new OrgTree(read));
        synchronized (entries) {
            entries.put(key, e);
        }
        return e;
    }

    private record Entry(long revision, List<Org> orgs, OrgTree tree) {
    }
}
