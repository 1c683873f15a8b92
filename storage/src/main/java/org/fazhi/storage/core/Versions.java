package org.fazhi.storage.core;

import org.fazhi.model.ConflictException;

/** Optimistic locking: an edit based on an old version is refused instead of silently overwriting. */
public final class Versions {
    private Versions() {
    }

    public static ConflictException stale() {
        return new ConflictException("version", "该记录已被他人修改,请刷新页面查看最新内容后再修改");
    }
}
