package org.fazhi.duty.duties;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.duty.duties.db.EvidenceDao;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.files.ContentSniffer;
import org.fazhi.storage.files.ContentType;
import org.fazhi.storage.files.FileStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Evidence of duty items (漯河's 文件、图片、视频、新闻链接、情况说明): files checked by content, not by
 * name, size-limited and stored by SHA-256 beside the database; links; notes. Each has a title and
 * the date the evidenced work happened. Evidence of an approved item can be neither added nor
 * removed: the organiser returns the item first (the approval vouched for exactly that evidence).
 */
public final class EvidenceService extends LedgerService {
    /** Photos, scanned minutes and a short meeting video fit. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 10_000;
    public static final int URL_MAX = 2000;
    static final String ENTITY = "duty-evidence";

    private final FileStore files;

    public EvidenceService(Jdbi jdbi, AuditLog audit, FileStore files, Clock clock) {
        super(jdbi, audit, clock);
        this.files = files;
    }

    /** A stored file and where its bytes are. */
    public record Stored(Evidence evidence, ContentType type, Path path) {
    }

    /** A new piece of evidence, checked, before it is stored. */
    private record Draft(EvidenceKind kind, String title, String url, String text, String fileName, ContentType type,
                         Long size, LocalDate effectiveDate) {
    }

    /**
     * Adds a file; the title defaults to the file name.
     *
     * @throws ValidationException (field "file") for an empty, oversized or unrecognised file, or one
     *                             whose name claims another type than its content
     */
    public Evidence addFile(Actor actor, long itemId, String fileName, byte[] bytes, String title, LocalDate effectiveDate) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String name = errors.check(() -> FileStore.uploadName(fileName));
        ContentType type = errors.check(() -> checkFile(fileName, bytes, MAX_BYTES));
        String t = errors.check(() -> checkFileTitle(title, name));
        LocalDate date = errors.check(() -> effective(effectiveDate));
        errors.throwIfAny();
        Draft draft = new Draft(EvidenceKind.FILE, t, null, null, name, type, (long) bytes.length, date);
        // Scope and state first: nothing is written for an item the actor may not touch.
        jdbi.useHandle(h -> DutyAccess.requireNotApproved(changing(h, actor, itemId), "不能再添加佐证材料"));
        return files.putFor(bytes, hash -> insert(actor, itemId, draft, hash),
                hash -> jdbi.withHandle(h -> h.attach(EvidenceDao.class).countWithHash(hash)));
    }

    /** Adds a link (a news article, a published document): http or https only. */
    public Evidence addLink(Actor actor, long itemId, String title, String url, LocalDate effectiveDate) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String t = errors.check(() -> checkTitle(title));
        String u = errors.check(() -> checkUrl(url));
        LocalDate date = errors.check(() -> effective(effectiveDate));
        errors.throwIfAny();
        return insert(actor, itemId, new Draft(EvidenceKind.LINK, t, u, null, null, null, null, date), null);
    }

    /** Adds a note (情况说明), e.g. why no material exists. */
    public Evidence addNote(Actor actor, long itemId, String title, String text, LocalDate effectiveDate) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String t = errors.check(() -> checkTitle(title));
        String body = errors.check(() -> checkNote(text));
        LocalDate date = errors.check(() -> effective(effectiveDate));
        errors.throwIfAny();
        return insert(actor, itemId, new Draft(EvidenceKind.NOTE, t, null, body, null, null, null, date), null);
    }

    private Evidence insert(Actor actor, long itemId, Draft d, String hash) {
        return jdbi.inTransaction(h -> {
            DutyItem item = changing(h, actor, itemId);
            DutyAccess.requireNotApproved(item, "不能再添加佐证材料");
            EvidenceDao dao = h.attach(EvidenceDao.class);
            long id = dao.insert(itemId, d.kind().name(), d.title(), d.url(), d.text(), d.fileName(),
                    d.type() == null ? null : d.type().mime(), d.size(), hash, d.effectiveDate(), now(),
                    actor.username());
            Evidence stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, item.orgId(), "添加佐证材料“" + d.title() + "”("
                    + d.kind().label() + hashNote(hash) + "):"
                    + item.describe(), null, stored);
            return stored;
        });
    }

    public List<Evidence> list(Actor actor, long itemId) {
        return jdbi.withHandle(h -> {
            item(h, actor, itemId);
            return h.attach(EvidenceDao.class).ofItem(itemId);
        });
    }

    public Evidence get(Actor actor, long id) {
        return jdbi.withHandle(h -> find(h, actor, id));
    }

    /** The file of a FILE evidence, for download; 404 for links and notes. */
    public Stored open(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            Evidence e = find(h, actor, id);
            if (e.kind() != EvidenceKind.FILE) {
                throw new NotFoundException("该佐证材料是" + e.kind().label() + ",没有文件可下载");
            }
            return new Stored(e, ContentType.fromMime(e.contentType()), files.path(e.sha256()));
        });
    }

    /** Removes a piece of evidence; a file's bytes go too unless other evidence has the same file. */
    public void delete(Actor actor, long id) {
        Scope.requireWriter(actor);
        String orphan = jdbi.inTransaction(h -> {
            Evidence e = find(h, actor, id);
            DutyItem item = changing(h, actor, e.itemId());
            DutyAccess.requireNotApproved(item, "不能删除佐证材料");
            EvidenceDao dao = h.attach(EvidenceDao.class);
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, item.orgId(),
                    "删除佐证材料“" + e.title() + "”(" + e.kind().label() + "):" + item.describe(), e, null);
            return e.sha256() != null && dao.countWithHash(e.sha256()) == 0 ? e.sha256() : null;
        });
        if (orphan != null) {
            files.delete(orphan);
        }
    }

    private DutyItem item(Handle h, Actor actor, long itemId) {
        return DutyAccess.load(h, actor, itemId, today());
    }

    /** The item whose evidence is about to change: not received by 报送. */
    private DutyItem changing(Handle h, Actor actor, long itemId) {
        return DutyAccess.loadForChange(h, actor, itemId, today());
    }

    private Evidence find(Handle h, Actor actor, long id) {
        Evidence e = h.attach(EvidenceDao.class).find(id).orElseThrow(() -> NotFoundException.of("佐证材料", id));
        item(h, actor, e.itemId());
        return e;
    }

    /** A valid date, at most one day ahead (a clock or time zone a little off is forgiven). */
    private LocalDate effective(LocalDate date) {
        Checks.required(date, "effectiveDate", "材料形成日期");
        Years.check(date.getYear(), "effectiveDate");
        LocalDate today = today();
        if (date.isAfter(today.plusDays(1))) {
            throw new ValidationException("effectiveDate", "材料形成日期 " + date + " 不能晚于今天(" + today + ")");
        }
        return date;
    }

    /** A title as evidence takes it: required, at most {@link #TITLE_MAX} characters; the message names {@code title}. */
    public static String checkTitle(String title) {
        return Checks.requiredText(title, "title", "材料名称", TITLE_MAX);
    }

    /** A file's title as evidence takes it: as {@link #checkTitle}, the file's (checked) name when none is given. */
    public static String checkFileTitle(String title, String fileName) {
        return checkTitle(title == null || title.isBlank() ? fileName : title);
    }

    /** A note (情况说明) as evidence takes it: required, at most {@link #TEXT_MAX}; the message names {@code text}. */
    public static String checkNote(String text) {
        return Checks.requiredText(text, "text", "情况说明", TEXT_MAX);
    }

    /** What an audit entry says of a stored file after the evidence's kind: ",SHA-256 0123456789ab…"; nothing for none. */
    public static String hashNote(String hash) {
        return hash == null ? "" : ",SHA-256 " + hash.substring(0, 12) + "…";
    }

    /**
     * A file as evidence takes it: not empty, at most {@code maxBytes}, of a type its content shows (a name
     * claiming another type is refused); the message names the field {@code file}.
     */
    public static ContentType checkFile(String fileName, byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException("file", "文件是空的");
        }
        if (bytes.length > maxBytes) {
            throw new ValidationException("file", "文件过大(上限 " + (maxBytes / 1024 / 1024) + " MB)");
        }
        return ContentSniffer.check(fileName, bytes);
    }

    /** A link as evidence takes it: http or https, with a host; the message names the field {@code url}. */
    public static String checkUrl(String raw) {
        String u = Checks.requiredText(raw, "url", "链接地址", URL_MAX);
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return u;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ValidationException("url", "链接地址“" + (u.length() > 60 ? u.substring(0, 60) + "…" : u)
                + "”不是有效的网址,应为 http:// 或 https:// 开头的完整地址");
    }
}
