package org.fazhi.storage.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.fazhi.model.account.Actor;
import org.jdbi.v3.core.Handle;

/**
 * The files a module has imported, kept in its own table (sha256, kind, target, file_name, rows, user_id,
 * username, imported_at): so that the same file imported twice is noticed and refused, with the date and
 * user of the first import, unless the caller forces it. Each module names its table and says how it
 * refuses (its import's error type, such as sheets' {@code ImportProblem.alreadyImported}).
 */
public final class ImportHistory {
    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile("[a-z_]{1,40}");
    private final String table;
    private final Clock clock;
    private final Refusal refusal;

    /** What a module throws for a file imported before, given when, by whom and with how many rows it was. */
    @FunctionalInterface
    public interface Refusal {
        RuntimeException of(LocalDateTime at, String username, int rows);
    }

    /**
     * @param table   the module's import table; a fixed name, never input
     * @param refusal what {@link #requireNew} throws for a file imported before, such as sheets'
     *                {@code ImportProblem::alreadyImported}
     */
    public ImportHistory(String table, Clock clock, Refusal refusal) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.table = table;
        this.clock = clock;
        this.refusal = refusal;
    }

    /** The first import of a file: when (in the clock's zone), by whom, how many rows. */
    public record Earlier(LocalDateTime at, String username, int rows) {
    }

    /** The latest import of this file into the same kind and target, if any. */
    public Optional<Earlier> earlier(Handle h, String sha256, String kind, Long target) {
        if (sha256 == null) {
            return Optional.empty();
        }
        return h.createQuery("SELECT username, imported_at, rows FROM " + table
                        + " WHERE sha256 = :sha AND kind = :kind AND target IS NOT DISTINCT FROM :target ORDER BY id DESC LIMIT 1")
                .bind("sha", sha256).bind("kind", kind).bind("target", target)
                .map((rs, ctx) -> new Earlier(LocalDateTime.ofInstant(Instant.parse(rs.getString(2)), clock.getZone()),
                        rs.getString(1), rs.getInt(3)))
                .findOne();
    }

    /**
     * Refuses a file imported into the same kind and target before (with the refusal of the earlier import),
     * unless {@code force}.
     */
    public void requireNew(Handle h, String sha256, String kind, Long target, boolean force) {
        if (!force) {
            Optional<Earlier> e = earlier(h, sha256, kind, target);
            if (e.isPresent()) {
                throw refusal.of(e.get().at(), e.get().username(), e.get().rows());
            }
        }
    }

    /** Remembers a file just imported, in the import's own transaction. */
    public void record(Handle h, Actor actor, String sha256, String kind, Long target, String fileName, int rows) {
        if (sha256 == null) {
            return;
        }
        h.createUpdate("INSERT INTO " + table + " (sha256, kind, target, file_name, rows, user_id, username, imported_at)"
                        + " VALUES (:sha, :kind, :target, :fileName, :rows, :userId, :username, :at)")
                .bind("sha", sha256).bind("kind", kind).bind("target", target).bind("fileName", fileName)
                .bind("rows", rows).bind("userId", actor.userId()).bind("username", actor.username())
                .bind("at", Instant.now(clock).toString()).execute();
    }
}
