package org.fazhi.web.server;

import java.time.Clock;
import org.fazhi.duty.DutyTracking;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;

/**
 * The ledgers one server keeps over one database, built once and shared: the core services and each domain
 * module's entry object, all on the server's one clock. What a {@link WebModule} is given to plug in.
 */
public record Ledgers(Database db, CoreServices core, LawTraining training, DutyTracking duty, Clock clock) {

    /** Builds every module's services over {@code db}; the core's audit log and sessions share {@code clock}. */
    public static Ledgers open(Database db, Clock clock) {
        CoreServices core = new CoreServices(db, clock);
        return new Ledgers(db, core, new LawTraining(db, core.audit(), clock), new DutyTracking(db, core.audit(), clock),
                clock);
    }
}
