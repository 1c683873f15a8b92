package org.fazhi.storage.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Statistics computed from the ledger (rates, compliance, progress), remembered until the ledger
 * changes. A dashboard or an annual report asks for the same year's figures of the same subtree many
 * times between two changes, and on a province ledger each costs tens to hundreds of milliseconds of
 * grouped queries.
 *
 * <p>"The ledger changed" is read from the audit log: every change of every module writes its entry
 * in the change's own transaction, so the newest entry's id is a revision number that moves with
 * every committed change and with nothing else. It is read before computing: a change that commits
 * meanwhile leaves the figure stored under the older revision, so the next read computes it again;
 * a stale figure is never served. Today's date is part of every key, since overdue items and
 * on-pace quotas depend on it. Callers check the actor's scope first and key by the resolved subtree,
 * so a figure is shared by everyone allowed to see it and by no one else ({@link #ofSubtree} does both).
 */
public final class FigureCache {
    /** Enough for every statistic of a few years and subtrees; the largest (a province ranking) is ~200 KB. */
    private static final int MAX_ENTRIES = 96;

    private final Clock clock;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public FigureCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The figure named {@code kind} for {@code args} (the resolved subtree root, the period, …), computed
     * on {@code h} when the ledger has changed since it was last computed. The value must be immutable.
     */
    public <T> T get(Handle h, String kind, List<?> args, Supplier<T> compute) {
        long revision = revision(h);
        Key key = new Key(kind, args.toArray(), LocalDate.now(clock));
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.revision() == revision) {
                @SuppressWarnings("unchecked")
                T value = (T) e.value();
                return value;
            }
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(revision, value));
        }
        return value;
    }

    /**
     * The figure named {@code kind} of the subtree a statistic is asked for: {@code orgId}'s (checked against the
     * actor's scope), else the actor's scope, else the whole ledger ({@link Scope#listRoot}). The scope is checked on
     * every call, before the cache is read, and the figure is keyed by the root that check resolved and then
     * {@code key} (the period, …), so it is shared by everyone allowed to see it and by no one else; {@code compute}
     * gets the handle and that root (null: the whole ledger).
     */
    public <T> T ofSubtree(Jdbi jdbi, Actor actor, Long orgId, String kind, List<?> key, BiFunction<Handle, Long, T> compute) {
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, orgId);
            List<Object> args = new ArrayList<>(key.size() + 1);
            args.add(root);
            args.addAll(key);
            return get(h, kind, args, () -> compute.apply(h, root));
        });
    }

    /** Forgets everything (a restore or a bulk load that bypassed the services). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private static long revision(Handle h) {
        return h.createQuery("SELECT coalesce(max(id), 0) FROM audit_log").mapTo(Long.class).one();
    }

    private record Key(String kind, Object[] args, LocalDate today) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind.equals(k.kind) && Arrays.equals(args, k.args) && today.equals(k.today);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * kind.hashCode() + Arrays.hashCode(args)) + today.hashCode();
        }
    }

    private record Entry(long revision, Object value) {
    }
}
