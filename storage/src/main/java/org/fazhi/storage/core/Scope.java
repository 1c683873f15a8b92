package org.fazhi.storage.core;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.storage.core.db.OrgDao;
import org.jdbi.v3.core.Handle;

/**
 * Role and unit-scope checks that every service applies before it reads or writes a unit's records.
 * An organiser or viewer scoped to a unit sees that unit's subtree and nothing else.
 */
public final class Scope {
    private Scope() {
    }

    public static void requireWriter(Actor actor) {
        if (!actor.role().canWrite()) {
            throw new AccessDeniedException("查看者只能查看,不能修改数据");
        }
    }

    public static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("只有管理员可以执行此操作");
        }
    }

    /** Throws unless the actor may see records of {@code orgId}. */
    /**
     * Whether the actor signs off the unit's work (approves duties, 销号 a rectification): an admin, or an
     * organiser of the whole ledger or of a unit above — never one scoped to the unit itself, since a
     * unit does not sign off its own work. The caller checks separately that the scope covers the unit.
     */
    public static boolean oversees(Actor actor, long orgId) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.role() == Role.ORGANISER && (actor.scopeOrgId() == null || actor.scopeOrgId() != orgId);
    }

    /** What a change to a unit received by 报送 is refused with. */
    public static final String RECEIVED = "该单位的数据由报送包接收,在此只读";

    /**
     * Refuses a change to the records of a unit whose data arrives in 报送 packages ({@code received_units}):
     * the next package from below replaces them, so they are read-only here.
     */
    public static void requireWritable(Handle h, long orgId) {
        if (isReceived(h, orgId)) {
            throw new ReceivedUnitException(RECEIVED);
        }
    }

    /**
     * {@link #RECEIVED} naming the unit, for a row of an import: a file may name several units, and the row number
     * alone leaves the reader to look up which one is received.
     */
    public static String received(String unitName) {
        return "该单位(" + unitName + ")的数据由报送包接收,在此只读";
    }

    /** Whether the unit's data arrives in 报送 packages: for a background step that leaves such a unit's records be. */
    public static boolean isReceived(Handle h, long orgId) {
        return h.createQuery("SELECT count(*) FROM received_units WHERE org_id = :id").bind("id", orgId).mapTo(Long.class).one() > 0;
    }

    /** The units received by 报送 ({@code received_units}), read once: for an import checking many rows' units. */
    public static Set<Long> receivedUnits(Handle h) {
        return new HashSet<>(h.createQuery("SELECT org_id FROM received_units").mapTo(Long.class).list());
    }

    public static void requireWithin(Handle h, Actor actor, long orgId) {
        if (actor.scoped() && !h.attach(OrgDao.class).isWithin(orgId, actor.scopeOrgId())) {
            throw new AccessDeniedException("无权访问本账号管辖范围以外的单位");
        }
    }

    /**
     * A stored record the actor may see: the 404 that names it when there is none ("述法记录不存在(编号 12)"),
     * AccessDeniedException when its unit ({@code unitOf}) lies outside the actor's scope.
     */
    public static <T> T loadWithin(Handle h, Actor actor, Optional<T> stored, ToLongFunction<T> unitOf, String what,
                                   long id) {
        T record = stored.orElseThrow(() -> NotFoundException.of(what, id));
        requireWithin(h, actor, unitOf.applyAsLong(record));
        return record;
    }

    /** A record about to change, as read by {@link #loadWithin}: its unit must not be one received by 报送. */
    public static <T> T forChange(Handle h, T record, ToLongFunction<T> unitOf) {
        requireWritable(h, unitOf.applyAsLong(record));
        return record;
    }

    /**
     * The subtree root a list is confined to: the requested unit (checked against the scope and
     * for existence), else the actor's scope, else null for the whole ledger.
     */
    public static Long listRoot(Handle h, Actor actor, Long requestedOrgId) {
        if (requestedOrgId != null) {
            if (h.attach(OrgDao.class).find(requestedOrgId).isEmpty()) {
                throw NotFoundException.of("单位", requestedOrgId);
            }
            requireWithin(h, actor, requestedOrgId);
            return requestedOrgId;
        }
        return actor.scoped() ? actor.scopeOrgId() : null;
    }
}
