package org.fazhi.storage.testing;

import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;

/**
 * The base of a module's test fixture: a {@link TempLedger} with the module's tables, the core services on
 * it, the actors the tests act as, and what they look up (units, people, the audit lines of a record).
 * A subclass wires the module's services on {@link #ledger} and builds its units.
 */
public abstract class ModuleLedger implements AutoCloseable {
    /** An admin; its id belongs to no stored account. */
    public static final Actor ADMIN = new Actor(900, "admin", Role.ADMIN, null);

    public final TempLedger ledger;
    public final CoreServices core;

    protected ModuleLedger(TempLedger ledger) {
        this.ledger = ledger;
        this.core = ledger.services();
    }

    public static Actor organiser(Org scope) {
        return TestActors.organiser(scope);
    }

    public static Actor viewer(Org scope) {
        return TestActors.viewer(scope);
    }

    public Org org(String name, OrgKind kind, Org parent) {
        return ledger.org(name, kind, parent);
    }

    public Person person(Org org, String name, String position, LeaderCategory category) {
        return core.people().create(Actor.SYSTEM, Person.draft(org.id(), name, position, category));
    }

    /** The audit lines written about one record, newest first. */
    public List<AuditEntry> audit(String entity, Long entityId) {
        return core.audit().find(ADMIN, new AuditFilter(null, entity, entityId, null, null, null), Page.FIRST).items();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
