package org.fazhi.storage.core;

import java.time.ZoneId;
import org.fazhi.storage.Database;

/** The core services of one database, wired by hand: what the web layer and the command line use. */
public final class CoreServices {
    private final AuditLog audit;
    private final OrgService orgs;
    private final PersonService people;
    private final UserService users;
    private final SessionService sessions;

    public CoreServices(Database db, ZoneId zone) {
        this.audit = new AuditLog(db.jdbi(), zone);
        this.orgs = new OrgService(db.jdbi(), audit);
        this.people = new PersonService(db.jdbi(), audit);
        this.users = new UserService(db.jdbi(), audit);
        this.sessions = new SessionService(db.jdbi());
    }

    public AuditLog audit() {
        return audit;
    }

    public OrgService orgs() {
        return orgs;
    }

    public PersonService people() {
        return people;
    }

    public UserService users() {
        return users;
    }

    public SessionService sessions() {
        return sessions;
    }
}
