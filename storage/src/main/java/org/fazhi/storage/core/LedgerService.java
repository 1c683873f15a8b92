package org.fazhi.storage.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * What a service that changes the ledger stands on: the database, the audit log that records each change,
 * and the ledger's one clock, which stamps it; and the steps such a service repeats: a writer's change in
 * one transaction, a delete the rows still pointing at the record refuse, a record or its 404. (An update guarded by the version the editor saw is {@link Versions}.)
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

    /**
     * As {@link #useWriteTransaction}, for a delete: when rows the service does not see (another module's ledger
     * records) still point at the record, the database refuses the delete, answered as a conflict saying
     * {@code stillReferenced} ("该单位已有台账记录,不能删除").
     */
    protected final void deleteInWriteTransaction(Actor actor, String stillReferenced, HandleConsumer<RuntimeException> delete) {
        Scope.requireWriter(actor);
        try {
            jdbi.useTransaction(delete);
        } catch (JdbiException e) {
            if (ConstraintErrors.foreignKey(e)) {
                throw new ConflictException(null, stillReferenced);
            }
            throw e;
        }
    }

    /** The stored record, or the 404 that names it: "单位不存在(编号 12)". */
    protected static <T> T found(Optional<T> stored, String what, long id) {
        return stored.orElseThrow(() -> NotFoundException.of(what, id));
    }
}
