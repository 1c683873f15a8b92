package org.fazhi.storage.core;

import org.fazhi.model.ConflictException;

/** Optimistic locking: an edit based on an old version is refused instead of silently overwriting. */
public final class Versions {
    private Versions() {
    }

    /** The version an update is checked against: the one the editor saw, or (null) the stored one, to overwrite. */
    public static int expected(Integer seen, int stored) {
        return seen == null ? stored : seen;
    }

    /** Refuses an update that changed no row: the stored version is no longer the one the editor saw. */
    public static void requireUpdated(int rows) {
        if (rows == 0) {
            throw stale();
        }
    }

    public static ConflictException stale() {
        return new ConflictException("version", "该记录已被他人修改,请刷新页面查看最新内容后再修改");
    }
}
