package org.fazhi.training.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.RowErrors;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.imports.ImportHistory;
import org.fazhi.training.study.db.StudySessionDao;
import org.fazhi.training.study.db.StudySessionMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Bulk import of study sessions from a spreadsheet: all rows or none, in one transaction, with one
 * audit entry for the whole file (its name and SHA-256, so the file can be matched later) instead of
 * one per row. The rows arrive already validated (a {@link StudySession} checks itself); this class
 * checks what needs the database — that every unit exists and lies within the actor's scope — and
 * writes with a prepared batch, so 100,000 rows take seconds, not minutes.
 */
public final class SessionImport extends LedgerService {
    /** More would not fit any county's ledger; the cap keeps one upload from filling the disk. */
    public static final int MAX_ROWS = 200_000;
    /** Rows sent to the database per batch execution (bounds the memory the driver holds). */
    private static final int CHUNK = 5_000;

    private final ImportHistory ledger;

    public SessionImport(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
        this.ledger = ImportLedger.of(clock);
    }

    /** What the audit entry keeps about an import (not the rows: they are in the table). */
    public record Summary(int count, String fileName, String sha256, long size, int units, LocalDate from, LocalDate to) {
    }

    /**
     * Inserts every session or none.
     *
     * @return how many sessions were stored
     * @throws ValidationException   when there are no rows, too many, a session dated after today
     *                               ({@link StudySession#requireHeld}), or a unit does not exist
     * @throws AccessDeniedException when the actor may not write, or a unit lies outside the actor's scope
     */
    public int importAll(Actor actor, List<StudySession> sessions, ImportSource source) {
        return importAll(actor, sessions, source, null, false);
    }

    /**
     * Inserts every session or none. Unless {@code force}, a file (by SHA-256) imported before is
     * refused as a whole ({@link ImportProblem#ALREADY_IMPORTED}), and a session matching a stored one
     * of the same unit, date, kind and topic is refused as a row error.
     *
     * @param rows the spreadsheet row of each session, for the row errors; null to count them 1, 2, 3…
     * @throws ImportRejected when the file was imported before or a row duplicates a stored session
     */
    public int importAll(Actor actor, List<StudySession> sessions, ImportSource source, List<Integer> rows, boolean force) {
        Scope.requireWriter(actor);
        if (sessions.isEmpty()) {
            throw new ValidationException(null, "文件中没有学法记录");
        }
        if (sessions.size() > MAX_ROWS) {
            throw new ValidationException(null, "一次最多导入" + MAX_ROWS + "条学法记录,请分批导入");
        }
        LocalDate today = today();
        for (int i = 0; i < sessions.size(); i++) {
            try {
                StudySession.requireHeld(sessions.get(i).date(), today);
            } catch (ValidationException e) {
                throw new ValidationException(e.field(), "第" + (i + 1) + "条:" + e.getMessage());
            }
        }
        return jdbi.inTransaction(h -> {
            Set<Long> units = checkUnits(h, actor, sessions, rows);
            if (!force) {
                ledger.requireNew(h, source.sha256(), ImportLedger.SESSIONS, null, false);
                refuseDuplicates(h, sessions, units, rows);
            }
            // In date order, the date index grows at its end instead of being split all over: about
            // twice as fast for a big file. The sort is stable, so sessions of one day keep the file's
            // order, which is the order the lists show them in (date, then id).
            List<StudySession> ordered = new ArrayList<>(sessions);
            ordered.sort(Comparator.comparing(StudySession::date));
            Instant now = now();
            for (int start = 0; start < ordered.size(); start += CHUNK) {
                insert(h, ordered.subList(start, Math.min(ordered.size(), start + CHUNK)), now);
            }
            LocalDate from = sessions.stream().map(StudySession::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = sessions.stream().map(StudySession::date).max(LocalDate::compareTo).orElseThrow();
            Summary summary = new Summary(sessions.size(), source.fileName(), source.sha256(), source.size(), units.size(), from, to);
            audit.record(h, actor, AuditLog.CREATE, StudySessionService.ENTITY, null,
                    units.size() == 1 ? units.iterator().next() : null,
                    "导入学法记录 " + sessions.size() + " 条(文件“" + source.fileName() + "”,SHA-256 " + source.sha256() + ")",
                    null, summary);
            ledger.record(h, actor, source.sha256(), ImportLedger.SESSIONS, null, source.fileName(), sessions.size());
            return sessions.size();
        });
    }

    /** The key two sessions share when one repeats the other. */
    private record Key(long orgId, String date, String kind, String topic) {
    }

    /** A row matching a stored session of the same unit, date, kind and topic is a row error. */
    private static void refuseDuplicates(Handle h, List<StudySession> sessions, Set<Long> units, List<Integer> rows) {
        LocalDate from = sessions.stream().map(StudySession::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = sessions.stream().map(StudySession::date).max(LocalDate::compareTo).orElseThrow();
        Set<Key> stored = new HashSet<>();
        h.createQuery("SELECT org_id, date, kind, topic FROM study_sessions WHERE org_id IN (<units>)"
                        + " AND date BETWEEN :from AND :to")
                .bindList("units", new ArrayList<>(units)).bind("from", from.toString()).bind("to", to.toString())
                .map((rs, ctx) -> new Key(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .forEach(stored::add);
        if (stored.isEmpty()) {
            return;
        }
        RowErrors errors = new RowErrors();
        for (int i = 0; i < sessions.size(); i++) {
            StudySession s = sessions.get(i);
            if (stored.contains(new Key(s.orgId(), s.date().toString(), s.kind().name(), s.topic()))) {
                int row = rows == null || i >= rows.size() ? i + 1 : rows.get(i);
                errors.add(row, null, "第" + row + "行与已有的学法记录重复(同一单位、日期、类型、主题)");
            }
        }
        errors.throwIfAny();
    }

    /**
     * Every unit must exist, be within the scope and not be received by 报送 (read-only here, the refusal naming the
     * first row of such a unit); the units are few, so they are read once.
     */
    private static Set<Long> checkUnits(Handle h, Actor actor, List<StudySession> sessions, List<Integer> rows) {
        Set<Long> wanted = new TreeSet<>();
        sessions.forEach(s -> wanted.add(s.orgId()));
        OrgDao orgs = h.attach(OrgDao.class);
        Set<Long> visible = new HashSet<>();
        (actor.scoped() ? orgs.subtree(actor.scopeOrgId()) : orgs.all()).forEach((Org o) -> visible.add(o.id()));
        for (long id : wanted) {
            if (!visible.contains(id)) {
                if (orgs.find(id).isEmpty()) {
                    throw new ValidationException("orgId", "单位不存在(编号 " + id + ")");
                }
                throw new AccessDeniedException("无权访问本账号管辖范围以外的单位(编号 " + id + ")");
            }
        }
        Set<Long> received = Scope.receivedUnits(h);
        for (int i = 0; i < sessions.size(); i++) {
            if (received.contains(sessions.get(i).orgId())) {
                int row = rows == null || i >= rows.size() ? i + 1 : rows.get(i);
                long unit = sessions.get(i).orgId();
                throw new ReceivedUnitException("第" + row + "行:" + Scope.received(orgs.find(unit).orElseThrow().name()));
            }
        }
        return wanted;
    }

    private static void insert(Handle h, List<StudySession> chunk, Instant now) {
        PreparedBatch batch = h.prepareBatch(StudySessionDao.INSERT);
        for (StudySession s : chunk) {
            batch.bind("orgId", s.orgId())
                    .bind("date", s.date())
                    .bind("kind", s.kind().name())
                    .bind("topic", s.topic())
                    .bind("laws", StudySessionMapper.lawsJson(s.laws()))
                    .bind("lecturer", s.lecturer())
                    .bind("lecturerUnit", s.lecturerUnit())
                    .bind("minutes", s.minutes())
                    .bind("expected", s.expected())
                    .bind("attended", s.attended())
                    .bind("note", s.note())
                    .bind("now", now)
                    .add();
        }
        batch.execute();
    }
}
