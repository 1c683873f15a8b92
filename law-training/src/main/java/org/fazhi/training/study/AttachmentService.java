package org.fazhi.training.study;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.files.ContentSniffer;
import org.fazhi.storage.files.ContentType;
import org.fazhi.storage.files.FileStore;
import org.fazhi.training.study.db.AttachmentDao;
import org.fazhi.training.study.db.StudySessionDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Materials of a session (签到表 photos, slides, minutes): checked by content, size-limited, stored by
 * SHA-256 beside the database, and readable only by those who may see the session.
 */
public final class AttachmentService extends LedgerService {
    /** Photos of sign-in sheets and slide decks fit; videos belong elsewhere. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final String ENTITY = "study-attachment";
    /** What the session forms' file fields accept (no video), as a refused file is told. */
    public static final String OFFERED = "图片(jpg、png、gif、webp)、PDF、Word、Excel、PPT 或 WPS 文件";
    /**
     * The types a session's material may have: every type the sniffer knows but video, which the forms do not offer
     * (and {@link #MAX_BYTES} does not fit); refused here, so the API and library callers get the forms' rule.
     */
    static final Set<ContentType> TAKEN = Set.copyOf(EnumSet.complementOf(EnumSet.of(ContentType.MP4)));

    private final FileStore files;

    public AttachmentService(Jdbi jdbi, AuditLog audit, FileStore files, Clock clock) {
        super(jdbi, audit, clock);
        this.files = files;
    }

    /** A stored file and where its bytes are. */
    public record Stored(Attachment attachment, Path path) {
    }

    /** A file to attach to a session: what it is, the name it came with, its bytes. */
    public record Material(AttachmentKind kind, String fileName, byte[] bytes) {
        public Material {
            kind = kind == null ? AttachmentKind.OTHER : kind;
        }
    }

    /** A material that passed {@link #check}: its cleaned name and its type as the content shows it. */
    record Checked(AttachmentKind kind, String name, ContentType type, byte[] bytes) {
    }

    /**
     * Checks a material as {@link #add} does (a name, not empty, at most {@link #MAX_BYTES}, a type allowed
     * by its content, not its name), writing nothing.
     *
     * @throws ValidationException on field {@code file}, naming the file and why
     */
    public void check(Material m) {
        checked(m);
    }

    Checked checked(Material m) {
        String name = FileStore.uploadName(m.fileName());
        if (m.bytes() == null || m.bytes().length == 0) {
            throw new ValidationException("file", "文件“" + name + "”是空的");
        }
        if (m.bytes().length > MAX_BYTES) {
            throw new ValidationException("file", "文件“" + name + "”过大(上限 " + (MAX_BYTES / 1024 / 1024) + " MB)");
        }
        return new Checked(m.kind(), name, ContentSniffer.check(name, m.bytes(), TAKEN, OFFERED), m.bytes());
    }

    public Attachment add(Actor actor, long sessionId, AttachmentKind kind, String fileName, byte[] bytes) {
        Scope.requireWriter(actor);
        Checked c = checked(new Material(kind, fileName, bytes));
        // Scope first: nobody learns anything, and nothing is written, for a session they may not touch.
        long orgId = jdbi.withHandle(h -> {
            StudySession s = Scope.loadWithin(h, actor, h.attach(StudySessionDao.class).find(sessionId), StudySession::orgId,
                    "学法记录", sessionId);
            Scope.requireWritable(h, s.orgId());
            return s.orgId();
        });
        List<String> hashes = new java.util.ArrayList<>();
        try {
            return jdbi.inTransaction(h -> insert(h, actor, sessionId, orgId, c, hashes));
        } catch (RuntimeException e) {
            sweep(hashes);
            throw e;
        }
    }

    /**
     * Stores the file and its record in the caller's transaction; the file's hash goes into {@code stored},
     * so that the caller can {@link #sweep} it when the transaction does not commit.
     */
    Attachment insert(Handle h, Actor actor, long sessionId, long orgId, Checked c, List<String> stored) {
        String hash = files.put(c.bytes());
        stored.add(hash);
        AttachmentDao dao = h.attach(AttachmentDao.class);
        long id = dao.insert(sessionId, c.kind().name(), c.name(), c.type().mime(), c.bytes().length, hash,
                now(), actor.username());
        Attachment a = dao.find(id).orElseThrow();
        audit.record(h, actor, AuditLog.CREATE, ENTITY, id, orgId,
                "上传学法材料“" + c.name() + "”(" + c.kind().label() + ",SHA-256 " + hash.substring(0, 12) + "…)", null, a);
        return a;
    }

    public List<Attachment> list(Actor actor, long sessionId) {
        return jdbi.withHandle(h -> {
            StudySession s = Scope.loadWithin(h, actor, h.attach(StudySessionDao.class).find(sessionId), StudySession::orgId,
                    "学法记录", sessionId);
            return h.attach(AttachmentDao.class).ofSession(sessionId);
        });
    }

    public Stored open(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            Attachment a = h.attach(AttachmentDao.class).find(id).orElseThrow(() -> NotFoundException.of("学法材料", id));
            StudySession s = h.attach(StudySessionDao.class).find(a.sessionId()).orElseThrow();
            Scope.requireWithin(h, actor, s.orgId());
            return new Stored(a, files.path(a.sha256()));
        });
    }

    /** Deletes the stored files of these hashes that no record points at any more. */
    public void sweep(List<String> hashes) {
        for (String hash : hashes) {
            boolean unused = jdbi.withHandle(h -> h.attach(AttachmentDao.class).countWithHash(hash) == 0);
            if (unused) {
                files.delete(hash);
            }
        }
    }

    /** Removes the record; the bytes go too unless another record points at the same file. */
    public void delete(Actor actor, long id) {
        Scope.requireWriter(actor);
        String orphan = jdbi.inTransaction(h -> {
            AttachmentDao dao = h.attach(AttachmentDao.class);
            Attachment a = dao.find(id).orElseThrow(() -> NotFoundException.of("学法材料", id));
            StudySession s = h.attach(StudySessionDao.class).find(a.sessionId()).orElseThrow();
            Scope.requireWithin(h, actor, s.orgId());
            Scope.requireWritable(h, s.orgId());
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, s.orgId(), "删除学法材料“" + a.fileName() + "”", a, null);
            return dao.countWithHash(a.sha256()) == 0 ? a.sha256() : null;
        });
        if (orphan != null) {
            files.delete(orphan);
        }
    }
}
