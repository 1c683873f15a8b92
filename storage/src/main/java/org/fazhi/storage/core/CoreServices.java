package org.fazhi.storage.core;

import java.time.Clock;
import java.time.ZoneId;
import org.fazhi.storage.Database;

/** The core services of one database, wired by hand: what the web layer and the command line use. */
public final class CoreServices {
    private final AuditLog audit;
    private final OrgService orgs;
    private final VisibleOrgs visibleOrgs;
    private final PersonService people;
    private final UserService users;
    private final SessionService sessions;
    private final LoginThrottle loginThrottle;

    /** The services on the system clock, their dates read in {@code zone}. */
    public CoreServices(Database db, ZoneId zone) {
        this(db, Clock.system(zone));
    }

    /**
     * @param clock the ledger's one clock: it stamps every change and the audit log, opens and expires
     *              sign-in sessions, and its zone is the ledger's (see {@link AuditLog#zone()})
     */
    public CoreServices(Database db, Clock clock) {
        this.audit = new AuditLog(db.jdbi(), clock);
        this.orgs = new OrgService(db.jdbi(), audit, clock);
        this.visibleOrgs = new VisibleOrgs(db.jdbi(), orgs);
        this.people = new PersonService(db.jdbi(), audit, clock);
        this.users = new UserService(db.jdbi(), audit, clock);
        this.sessions = new SessionService(db.jdbi(), clock);
        this.loginThrottle = new LoginThrottle(db.jdbi(), clock);
    }

    public AuditLog audit() {
        return audit;
    }

    /** The clock these services were given, the same as {@link AuditLog#clock()}. */
    public Clock clock() {
        return audit.clock();
    }

    public OrgService orgs() {
        return orgs;
    }

    /** The units each actor may see and their tree, remembered until the ledger changes: what pages name units from. */
    public VisibleOrgs visibleOrgs() {
        return visibleOrgs;
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

    /** Failed sign-ins and the pauses they earn, shared by every node on the database. */
    public LoginThrottle loginThrottle() {
        return loginThrottle;
    }
}
