package org.fazhi.storage.testing;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes a ledger's disk look full or read-only to SQLite, without root, a small file system or
 * touching permissions (which do not stop root, as CI runs). SQLite's limits are per connection,
 * so the fault is set on every handle the ledger opens while it lasts — through its pool, for every
 * request — and {@link #close()} lifts it the same way:
 * <ul>
 *   <li>{@link #full}: {@code PRAGMA max_page_count} pinned to the file's current size, so a write
 *       that needs one more page fails with SQLITE_FULL, as on a full disk;</li>
 *   <li>{@link #readOnly}: {@code PRAGMA query_only}, so every write fails with SQLITE_READONLY, as
 *       on a read-only disk.</li>
 * </ul>
 * The listener stays registered after {@link #close()} (pooled connections keep the setting until
 * told otherwise, and which of them were told is unknown); it then only restores the defaults.
 */
public final class DiskFault implements HandleListener, AutoCloseable {
    private enum Kind { FULL, READ_ONLY }

    private final Kind kind;
    private final long defaultMaxPages;
    private volatile boolean active = true;

    private DiskFault(Kind kind, long defaultMaxPages) {
        this.kind = kind;
        this.defaultMaxPages = defaultMaxPages;
    }

    /** From now on the database cannot grow by a single page. */
    public static DiskFault full(Jdbi jdbi) {
        return install(jdbi, Kind.FULL);
    }

    /** From now on every write is refused as on a read-only disk. */
    public static DiskFault readOnly(Jdbi jdbi) {
        return install(jdbi, Kind.READ_ONLY);
    }

    private static DiskFault install(Jdbi jdbi, Kind kind) {
        long max = jdbi.withHandle(h -> h.createQuery("PRAGMA max_page_count").mapTo(Long.class).one());
        DiskFault fault = new DiskFault(kind, max);
        jdbi.getConfig(Handles.class).addListener(fault);
        return fault;
    }

    @Override
    public void handleCreated(Handle h) {
        if (kind == Kind.FULL) {
            long limit = active ? h.createQuery("PRAGMA page_count").mapTo(Long.class).one() : defaultMaxPages;
            h.execute("PRAGMA max_page_count = " + limit);
        } else {
            h.execute("PRAGMA query_only = " + (active ? 1 : 0));
        }
    }

    /** The disk is healthy again: connections get the default limits as they are next used. */
    @Override
    public void close() {
        active = false;
    }
}
