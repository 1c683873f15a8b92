package org.fazhi.training.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.core.Subtree;
import org.fazhi.training.study.db.AttachmentDao;
import org.fazhi.training.study.db.StudySessionDao;
import org.fazhi.training.study.db.StudySessionMapper;
import org.jdbi.v3.core.Handle;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Jdbi;

/** Study-session ledgers: list, read, record, correct and delete, within the actor's scope, audited. */
public final class StudySessionService extends LedgerService {
    static final String ENTITY = "study-session";

    private final AttachmentService attachments;
    /** Keeps a list's size until the ledger changes: paging through a province's year counts it once. */
    private final FigureCache counts;

    /**
     * @param attachments whose stored files go with a deleted session
     * @param clock       decides what "today" is (a session dated after it is refused) and stamps changes
     */
    public StudySessionService(Jdbi jdbi, AuditLog audit, AttachmentService attachments, Clock clock) {
        super(jdbi, audit, clock);
        this.attachments = attachments;
        this.counts = new FigureCache(clock);
    }

    /** A session with its attendee list (empty when only the numbers were recorded). */
    public record Recorded(StudySession session, List<Attendee> attendees) {
    }

    public PageResult<StudySession> list(Actor actor, SessionFilter f, Page page) {
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, f.orgId());
            // The unit's own sessions need no walk down the tree; the scope was checked just above.
            Long unit = f.unitOnly() && f.orgId() != null ? f.orgId() : null;
            Subtree s = unit != null ? Subtree.all() : Subtree.of(root, "s.org_id");
            StudySessionDao dao = h.attach(StudySessionDao.class);
            String kind = f.kind() == null ? null : f.kind().name();
            return new PageResult<>(
                    dao.page(s.cte(), s.join(), root, unit, f.from(), f.to(), kind, f.q(), page.limit(), page.offset()),
                    counts.get(h, "session-count", java.util.Arrays.asList(s, root, unit, f.from(), f.to(), kind, f.q()),
                            () -> dao.count(s.cte(), s.join(), root, unit, f.from(), f.to(), kind, f.q())));
        });
    }

    public Recorded get(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            StudySessionDao dao = h.attach(StudySessionDao.class);
            StudySession s = Scope.loadWithin(h, actor, dao.find(id), StudySession::orgId, "学法记录", id);
            return new Recorded(s, dao.attendees(id));
        });
    }

    /**
     * The stored session a new or changed one looks like a repeat of: the same unit, date, kind and
     * topic (as {@link SessionImport} judges a row). Empty when there is none.
     *
     * @param self the session being changed, which is never its own duplicate; null for a new one
     */
    public Optional<StudySession> possibleDuplicate(Actor actor, StudySession draft, Long self) {
        return jdbi.withHandle(h -> {
            Scope.requireWithin(h, actor, draft.orgId());
            return alike(h, draft, self);
        });
    }

    /**
     * Records a session, unless it looks like one already stored ({@link #possibleDuplicate}): then
     * {@link PossibleDuplicateException} and nothing is saved.
     */
    public Recorded create(Actor actor, StudySession draft, List<Attendee> attendees) {
        return create(actor, draft, attendees, false);
    }

    /**
     * Records a session. When attendees of the unit are listed, 实到 is taken from them and 应到 is at least their count
     * ({@link StudySession#withAttendance}).
     *
     * @param attendees        null or empty when only the numbers are known
     * @param confirmDuplicate true when the user has confirmed that a session looking like a stored one
     *                         is another session after all; false refuses it with {@link PossibleDuplicateException}
     */
    public Recorded create(Actor actor, StudySession draft, List<Attendee> attendees, boolean confirmDuplicate) {
        return create(actor, draft, attendees, confirmDuplicate, List.of());
    }

    /**
     * Records a session together with its materials (a 签到表 attached while the session is entered): all
     * or nothing. Every material is checked first ({@link AttachmentService#check}); a refused one, like a
     * refused session, leaves neither the session nor any file behind.
     *
     * @param materials files to attach, in order; empty for none
     */
    public Recorded create(Actor actor, StudySession draft, List<Attendee> attendees, boolean confirmDuplicate,
                           List<AttachmentService.Material> materials) {
        Scope.requireWriter(actor);
        List<AttachmentService.Checked> files = materials.stream().map(attachments::checked).toList();
        List<String> stored = new ArrayList<>();
        try {
            return jdbi.inTransaction(h -> insert(h, actor, draft, attendees, confirmDuplicate, files, stored));
        } catch (RuntimeException e) {
            attachments.sweep(stored);
            throw e;
        }
    }

    private Recorded insert(Handle h, Actor actor, StudySession draft, List<Attendee> attendees, boolean confirmDuplicate,
                            List<AttachmentService.Checked> files, List<String> stored) {
        checkOrg(h, actor, draft.orgId());
        checkNotAhead(draft);
        List<Attendee> people = checkAttendees(h, draft.orgId(), attendees, List.of());
        StudySession s = draft.withAttendance(people);
        if (!confirmDuplicate) {
            refuseAlike(h, s, null);
        }
        StudySessionDao dao = h.attach(StudySessionDao.class);
        long id = dao.insert(s.orgId(), s.date(), s.kind().name(), s.topic(), StudySessionMapper.lawsJson(s.laws()),
                s.lecturer(), s.lecturerUnit(), s.minutes(), s.expected(), s.attended(), s.note(), now());
        saveAttendees(dao, id, people);
        Recorded recorded = new Recorded(dao.find(id).orElseThrow(), dao.attendees(id));
        audit.record(h, actor, AuditLog.CREATE, ENTITY, id, s.orgId(),
                "新增学法记录“" + s.topic() + "”(" + s.date() + ")", null, recorded);
        for (AttachmentService.Checked file : files) {
            attachments.insert(h, actor, id, s.orgId(), file, stored);
        }
        return recorded;
    }

    /** As {@link #update(Actor, long, StudySession, List, Integer, boolean)}, unconfirmed. */
    public Recorded update(Actor actor, long id, StudySession changes, List<Attendee> attendees, Integer expectedVersion) {
        return update(actor, id, changes, attendees, expectedVersion, false);
    }

    /**
     * Corrects a session. A change of its unit, date, kind or topic that makes it look like another
     * stored session is refused ({@link PossibleDuplicateException}) unless {@code confirmDuplicate};
     * a correction that keeps those four is never questioned, and a session is not its own duplicate.
     */
    public Recorded update(Actor actor, long id, StudySession changes, List<Attendee> attendees, Integer expectedVersion,
                           boolean confirmDuplicate) {
        return inWriteTransaction(actor, h -> {
            StudySessionDao dao = h.attach(StudySessionDao.class);
            StudySession before = Scope.loadWithin(h, actor, dao.find(id), StudySession::orgId, "学法记录", id);
            Scope.requireWritable(h, before.orgId());
            if (changes.orgId() != before.orgId()) {
                checkOrg(h, actor, changes.orgId());
            }
            checkNotAhead(changes);
            List<Attendee> stored = dao.attendees(id);
            Recorded beforeFull = new Recorded(before, stored);
            // No attendee list in the request means "keep the one recorded", not "clear it": a client that
            // only corrects the topic must not wipe the sign-in list.
            List<Attendee> people = checkAttendees(h, changes.orgId(), attendees == null ? stored : attendees,
                    changes.orgId() == before.orgId() ? stored : List.of());
            StudySession s = changes.withAttendance(people);
            int version = Versions.expected(expectedVersion, before.version());
            if (version != before.version()) {
                throw Versions.stale(); // a stale save is refused as such, before it is compared with others
            }
            if (!confirmDuplicate && !sameKey(before, s)) {
                refuseAlike(h, s, id);
            }
            Versions.requireUpdated(dao.update(id, version, s.orgId(), s.date(), s.kind().name(), s.topic(),
                    StudySessionMapper.lawsJson(s.laws()), s.lecturer(), s.lecturerUnit(), s.minutes(),
                    s.expected(), s.attended(), s.note(), now()));
            dao.deleteAttendees(id);
            saveAttendees(dao, id, people);
            Recorded after = new Recorded(dao.find(id).orElseThrow(), dao.attendees(id));
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, s.orgId(),
                    "修改学法记录“" + s.topic() + "”(" + s.date() + ")", beforeFull, after);
            return after;
        });
    }

    /** Deletes the session with its attendees and materials; the materials' files go after the commit. */
    public void delete(Actor actor, long id) {
        Scope.requireWriter(actor);
        List<String> hashes = jdbi.inTransaction(h -> {
            StudySessionDao dao = h.attach(StudySessionDao.class);
            StudySession before = Scope.loadWithin(h, actor, dao.find(id), StudySession::orgId, "学法记录", id);
            Scope.requireWritable(h, before.orgId());
            AttachmentDao files = h.attach(AttachmentDao.class);
            List<Attachment> materials = files.ofSession(id);
            List<String> stored = files.hashesOfSession(id);
            Deleted full = new Deleted(before, dao.attendees(id), materials);
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, before.orgId(), "删除学法记录“" + before.topic() + "”("
                    + before.date() + ")" + (materials.isEmpty() ? "" : ",连同 " + materials.size() + " 份材料"), full, null);
            return stored;
        });
        attachments.sweep(hashes);
    }

    /** What the audit log keeps of a deleted session. */
    record Deleted(StudySession session, List<Attendee> attendees, List<Attachment> materials) {
    }

    private static Optional<StudySession> alike(Handle h, StudySession s, Long self) {
        return h.attach(StudySessionDao.class).alike(s.orgId(), s.date(), s.kind().name(), s.topic(), self);
    }

    private static void refuseAlike(Handle h, StudySession s, Long self) {
        Optional<StudySession> other = alike(h, s, self);
        if (other.isPresent()) {
            StudySession o = other.get();
            throw new PossibleDuplicateException("学法记录", o.id(), o.date() + " " + o.kind().shortLabel() + "“" + o.topic() + "”");
        }
    }

    private static boolean sameKey(StudySession a, StudySession b) {
        return a.orgId() == b.orgId() && a.date().equals(b.date()) && a.kind() == b.kind() && a.topic().equals(b.topic());
    }

    private static void checkOrg(Handle h, Actor actor, long orgId) {
        if (h.attach(OrgDao.class).find(orgId).isEmpty()) {
            throw new ValidationException("orgId", "单位不存在(编号 " + orgId + ")");
        }
        Scope.requireWithin(h, actor, orgId);
        Scope.requireWritable(h, orgId);
    }

    /** The ledger records study that took place: {@link StudySession#requireHeld}, on this service's clock. */
    private void checkNotAhead(StudySession s) {
        StudySession.requireHeld(s.date(), today());
    }

    /**
     * Attendees of the unit must be its people; their names are filled in from the register. Someone
     * already recorded on this session stays acceptable after moving to another unit: the record is
     * history. Messages name nobody outside the unit, so ids cannot be tried to learn names.
     */
    private static List<Attendee> checkAttendees(Handle h, long orgId, List<Attendee> attendees, List<Attendee> recorded) {
        if (attendees == null || attendees.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Attendee> before = new java.util.HashMap<>();
        recorded.stream().filter(a -> a.personId() != null).forEach(a -> before.put(a.personId(), a));
        PersonDao people = h.attach(PersonDao.class);
        List<Attendee> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Attendee a : attendees) {
            if (a.personId() == null) {
                out.add(new Attendee(null, a.name(), a.status(), true));
                continue;
            }
            Person p = people.find(a.personId()).orElse(null);
            if (!seen.add(a.personId())) {
                String who = p != null && p.orgId() == orgId ? "“" + p.name() + "”" : "参加人员(编号 " + a.personId() + ")";
                throw new ValidationException("attendees", who + "重复登记");
            }
            if (p != null && p.orgId() == orgId) {
                out.add(new Attendee(p.id(), p.name(), a.status(), false));
            } else if (before.containsKey(a.personId())) {
                out.add(new Attendee(a.personId(), before.get(a.personId()).name(), a.status(), false));
            } else {
                throw new ValidationException("attendees", "参加人员(编号 " + a.personId() + ")不是本单位人员,请作为列席人员按姓名登记");
            }
        }
        return out;
    }

    private static void saveAttendees(StudySessionDao dao, long id, List<Attendee> people) {
        if (people.isEmpty()) {
            return;
        }
        dao.insertAttendees(id, people.stream().map(Attendee::personId).toList(),
                people.stream().map(Attendee::name).toList(),
                people.stream().map(a -> a.status().name()).toList(),
                people.stream().map(Attendee::guest).toList());
    }
}
