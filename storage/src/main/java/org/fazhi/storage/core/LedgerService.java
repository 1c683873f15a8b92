package org.fazhi.storage.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * What a service that changes the ledger stands on: the database, the audit log that records each change,
 * and the ledger's one clock, which stamps it; and the steps such a service repeats: a writer's change in
 * one transaction, a record or its 404. (An update guarded by the version the editor saw is {@link Versions}.)
 */
public abstract class LedgerService {
    protected final Jdbi jdbi;
    protected final AuditLog audit;
    protected final Clock clock;

    protected LedgerService(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Now on the ledger's clock: the time a change is stamped with. */
    protected final Instant now() {
        return Instant.now(clock);
    }

    /** Today on the ledger's clock, in its zone: the day a service judges by (overdue, dates in the future, this year). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A change by {@code actor}, who must be allowed to write ({@link Scope#requireWriter}), in one transaction. */
    protected final <T> T inWriteTransaction(Actor actor, HandleCallback<T, RuntimeException> change) {
        Scope.requireWriter(actor);
        return jdbi.inTransaction(change);
    }

    /** As {@link #inWriteTransaction}, for a change that returns nothing. */
    protected final void useWriteTransaction(Actor actor, HandleConsumer<RuntimeException> change) {
        Scope.requireWriter(actor);
        jdbi.useTransaction(change);
    }

    /** The stored record, or the 404 that names it: "单位不存在(编号 12)". */
    protected static <T> T found(Optional<T> stored, String what, long id) {
        return stored.orElseThrow(() -> NotFoundException.of(what, id));
    }
}
