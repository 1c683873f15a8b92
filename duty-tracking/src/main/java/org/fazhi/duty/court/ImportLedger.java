package org.fazhi.duty.court;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.jdbi.v3.core.Handle;

/**
 * The stored imports of duty-tracking (table duty_imports): the SHA-256 of each imported file,
 * what it was imported into, how many rows, by whom and when. A file imported before is refused
 * unless the caller forces it.
 */
public final class ImportLedger {
    public static final String COURT = "court-cases";

    private final Clock clock;

    public ImportLedger(Clock clock) {
        this.clock = clock;
    }

    record Earlier(String username, String importedAt, int rows) {
    }

    /**
     * @throws ImportRejected ({@link ImportProblem#ALREADY_IMPORTED}) when the file was imported into
     *                        the same kind and target before, unless {@code force}
     */
    public void requireNew(Handle h, String sha256, String kind, Long target, boolean force) {
        if (force || sha256 == null) {
            return;
        }
        Optional<Earlier> earlier = h.createQuery("SELECT username, imported_at, rows FROM duty_imports"
                        + " WHERE sha256 = :sha AND kind = :kind AND target IS :target ORDER BY id DESC LIMIT 1")
                .bind("sha", sha256).bind("kind", kind).bind("target", target)
                .map((rs, ctx) -> new Earlier(rs.getString(1), rs.getString(2), rs.getInt(3))).findOne();
        if (earlier.isPresent()) {
            Earlier e = earlier.get();
            throw ImportProblem.alreadyImported(LocalDateTime.ofInstant(Instant.parse(e.importedAt()), clock.getZone()),
                    e.username(), e.rows());
        }
    }

    public void record(Handle h, Actor actor, String sha256, String kind, Long target, String fileName, int rows) {
        if (sha256 == null) {
            return;
        }
        h.createUpdate("INSERT INTO duty_imports (sha256, kind, target, file_name, rows, user_id, username, imported_at)"
                        + " VALUES (:sha, :kind, :target, :fileName, :rows, :userId, :username, :at)")
                .bind("sha", sha256).bind("kind", kind).bind("target", target).bind("fileName", fileName)
                .bind("rows", rows).bind("userId", actor.userId()).bind("username", actor.username())
                .bind("at", Instant.now(clock).toString()).execute();
    }
}
