package org.fazhi.storage.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.db.AuditDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes every change to the append-only audit log inside the transaction of the change itself, so
 * a change and its audit line are stored together or not at all. Every module's services use it.
 */
public final class AuditLog {
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGOUT = "LOGOUT";
    public static final String PASSWORD = "PASSWORD";

    private final Jdbi jdbi;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Clock clock;

    /** An audit log that stamps entries with the system clock, its dates read in {@code zone}. */
    public AuditLog(Jdbi jdbi, ZoneId zone) {
        this(jdbi, Clock.system(zone));
    }

    /**
     * @param clock what "now" is for the entries; its zone is the ledger's, in which dates are read
     *              (every module takes its "today" from the same clock)
     */
    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Appends one entry on the caller's handle (inside its transaction). */
    public void record(Handle h, Actor actor, String action, String entity, Long entityId, Long orgId,
                       String summary, Object before, Object after) {
        h.attach(AuditDao.class).insert(Instant.now(clock), actor.userId() == 0 ? null : actor.userId(), actor.username(),
                action, entity, entityId, orgId, summary, toJson(before), toJson(after));
    }

    /** Appends an entry in a transaction of its own (sign-ins, which change no record). */
    public void record(Actor actor, String action, String entity, Long entityId, String summary) {
        jdbi.useTransaction(h -> record(h, actor, action, entity, entityId, null, summary, null, null));
    }

    public PageResult<AuditEntry> find(Actor actor, AuditFilter f, Page page) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("只有管理员可以查看操作日志");
        }
        Instant from = f.from() == null ? null : f.from().atStartOfDay(zone()).toInstant();
        Instant to = f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone()).toInstant();
        return jdbi.withHandle(h -> {
            AuditDao dao = h.attach(AuditDao.class);
            return new PageResult<>(
                    dao.page(f.username(), f.entity(), f.entityId(), f.action(), from, to, page.limit(), page.offset()),
                    dao.count(f.username(), f.entity(), f.entityId(), f.action(), from, to));
        });
    }

    /** The ledger's time zone: the one dates are read in (the clock's). */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The ledger's clock, which stamps the entries: what modules built on this log take as "now" by default. */
    public Clock clock() {
        return clock;
    }

    private String toJson(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit snapshot of " + o.getClass().getSimpleName(), e);
        }
    }
}
