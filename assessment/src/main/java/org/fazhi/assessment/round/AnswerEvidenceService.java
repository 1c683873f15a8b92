package org.fazhi.assessment.round;

import java.nio.file.Path;
import java.time.Clock;
import org.fazhi.assessment.figures.LedgerRecords;
import org.fazhi.assessment.figures.RecordRef;
import org.fazhi.assessment.round.db.AnswerDao;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.duty.duties.EvidenceService;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.files.ContentType;
import org.fazhi.storage.files.FileStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The 佐证材料 of a unit's answers: files checked by their content (not their name), at most
 * {@link #MAX_BYTES}, stored by SHA-256 under the module's attachment folder and filed as 文件, 图片 or 视频 by
 * that content; links (http or https); notes (情况说明); references to the unit's own ledger records (台账记录). A leaf takes only the kinds its indicator lists
 * (any when it lists none). Evidence changes while the answer may: before submission and the deadline, or
 * for a leaf returned for 补充材料 until the review deadline.
 */
public final class AnswerEvidenceService extends LedgerService {
    public static final String ENTITY = "assessment-evidence";
    /** Scans, photos and a short video fit. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    /** A title's and a note's limits are duty evidence's: the same checks take them. */
    public static final int TITLE_MAX = EvidenceService.TITLE_MAX;
    public static final int TEXT_MAX = EvidenceService.TEXT_MAX;

    private final FileStore files;

    public AnswerEvidenceService(Jdbi jdbi, AuditLog audit, FileStore files, Clock clock) {
        super(jdbi, audit, clock);
        this.files = files;
    }

    /** A stored file and where its bytes are. */
    public record Stored(AnswerEvidence evidence, ContentType type, Path path) {
    }

    /** A piece of evidence, checked, before it is stored. */
    private record Draft(EvidenceKind kind, String title, String url, String text, String fileName, ContentType type,
                         Long size, RecordRef record) {
        Draft(EvidenceKind kind, String title, String url, String text, String fileName, ContentType type, Long size) {
            this(kind, title, url, text, fileName, type, size, null);
        }
    }

    /**
     * Adds a file; the title defaults to the file name. Its kind (文件, 图片, 视频) is what its content is.
     *
     * @throws ValidationException (field {@code file}) for an empty, oversized or unrecognised file, or one whose
     *                             name claims another type than its content; (field {@code kind}) for a kind the
     *                             leaf does not take
     */
    public AnswerEvidence addFile(Actor actor, long roundId, long orgId, String code, String fileName, byte[] bytes,
                                  String title) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String name = errors.check(() -> FileStore.uploadName(fileName));
        ContentType type = errors.check(() -> EvidenceService.checkFile(fileName, bytes, MAX_BYTES));
        String t = errors.check(() -> EvidenceService.checkFileTitle(title, name));
        errors.throwIfAny();
        EvidenceKind kind = type.isImage() ? EvidenceKind.IMAGE : type == ContentType.MP4 ? EvidenceKind.VIDEO : EvidenceKind.FILE;
        Draft d = new Draft(kind, t, null, null, name, type, (long) bytes.length);
        // Scope, state and kind first: nothing is stored for an answer the actor may not change.
        jdbi.useHandle(h -> open(h, actor, roundId, orgId, code, d.kind()));
        return files.putFor(bytes, hash -> insert(actor, roundId, orgId, code, d, hash),
                hash -> jdbi.withHandle(h -> h.attach(AnswerDao.class).countWithHash(hash)));
    }

    /** Adds a link (a published document, a news article): http or https only. */
    public AnswerEvidence addLink(Actor actor, long roundId, long orgId, String code, String title, String url) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String t = errors.check(() -> EvidenceService.checkTitle(title));
        String u = errors.check(() -> EvidenceService.checkUrl(url));
        errors.throwIfAny();
        return insert(actor, roundId, orgId, code, new Draft(EvidenceKind.LINK, t, u, null, null, null, null), null);
    }

    /** Adds a note (情况说明), e.g. why no material exists. */
    public AnswerEvidence addNote(Actor actor, long roundId, long orgId, String code, String title, String text) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String t = errors.check(() -> EvidenceService.checkTitle(title));
        String body = errors.check(() -> EvidenceService.checkNote(text));
        errors.throwIfAny();
        return insert(actor, roundId, orgId, code, new Draft(EvidenceKind.NOTE, t, null, body, null, null, null), null);
    }

    /**
     * Adds a reference to one of the unit's own ledger records ("duty:5", API.md), read through
     * {@code records} with the actor's scope: a record the actor may not read is refused as the ledger refuses
     * it (AccessDeniedException), an unknown one is NotFoundException, a malformed reference is field
     * {@code ref}. Its title is the record's as the picker shows it.
     */
    public AnswerEvidence addRecord(Actor actor, long roundId, long orgId, String code, LedgerRecords records, String ref) {
        Scope.requireWriter(actor);
        RecordRef.Key key = RecordRef.Key.parse(ref, "ref");
        jdbi.useHandle(h -> open(h, actor, roundId, orgId, code, EvidenceKind.RECORD));
        RecordRef found = records.find(actor, key.kind(), key.id());
        String title = found.title().length() > TITLE_MAX ? found.title().substring(0, TITLE_MAX - 1) + "…" : found.title();
        return insert(actor, roundId, orgId, code,
                new Draft(EvidenceKind.RECORD, title, null, null, null, null, null, found), null);
    }

    private AnswerEvidence insert(Actor actor, long roundId, long orgId, String code, Draft d, String hash) {
        return jdbi.inTransaction(h -> {
            UnitDesk desk = open(h, actor, roundId, orgId, code, d.kind());
            AnswerDao dao = h.attach(AnswerDao.class);
            long id = dao.insertEvidence(roundId, orgId, code, d.kind().name(), d.title(), d.url(), d.text(), d.fileName(),
                    d.type() == null ? null : d.type().mime(), d.size(), hash, now(), actor.username(),
                    d.record() == null ? null : d.record().kind().name(), d.record() == null ? null : d.record().id());
            AnswerEvidence stored = dao.findEvidence(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, orgId, "“" + desk.unit().orgName() + "”为指标 " + code
                    + " 添加佐证材料“" + d.title() + "”(" + d.kind().label()
                    + EvidenceService.hashNote(hash) + ")", null, stored);
            return stored;
        });
    }

    /** The unit's desk, with the leaf taking this kind and the answers still open to change. */
    private UnitDesk open(Handle h, Actor actor, long roundId, long orgId, String code, EvidenceKind kind) {
        UnitDesk desk = UnitDesk.loadForChange(h, actor, roundId, orgId);
        Indicator leaf = desk.leaf(code);
        if (!leaf.takes(kind)) {
            throw new ValidationException("kind", "指标“" + leaf.title() + "”的佐证材料只收" + EvidenceKind.labels(leaf.evidenceKinds())
                    + ",不收" + kind.label());
        }
        desk.requireEditable(h, code, today(), "添加佐证材料");
        return desk;
    }

    /** One piece of evidence, within the actor's scope. */
    public AnswerEvidence get(Actor actor, long id) {
        return jdbi.withHandle(h -> find(h, actor, id));
    }

    /** The file of a file, image or video, for download or preview; 404 for links and notes. */
    public Stored file(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            AnswerEvidence e = find(h, actor, id);
            if (e.sha256() == null) {
                throw new NotFoundException("该佐证材料是" + e.kind().label() + ",没有文件可下载");
            }
            return new Stored(e, ContentType.fromMime(e.contentType()), files.path(e.sha256()));
        });
    }

    /** Removes a piece of evidence while the answers may change; a file's bytes go too unless other evidence has them. */
    public void delete(Actor actor, long id) {
        String orphan = inWriteTransaction(actor, h -> {
            AnswerEvidence e = find(h, actor, id);
            UnitDesk desk = UnitDesk.loadForChange(h, actor, e.roundId(), e.orgId());
            desk.requireEditable(h, e.code(), today(), "删除佐证材料");
            AnswerDao dao = h.attach(AnswerDao.class);
            dao.deleteEvidence(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, e.orgId(), "“" + desk.unit().orgName() + "”删除指标 " + e.code()
                    + " 的佐证材料“" + e.title() + "”(" + e.kind().label() + ")", e, null);
            return e.sha256() != null && dao.countWithHash(e.sha256()) == 0 ? e.sha256() : null;
        });
        if (orphan != null) {
            files.delete(orphan);
        }
    }

    private static AnswerEvidence find(Handle h, Actor actor, long id) {
        AnswerEvidence e = found(h.attach(AnswerDao.class).findEvidence(id), "佐证材料", id);
        UnitDesk.load(h, actor, e.roundId(), e.orgId());
        return e;
    }
}
