package org.fazhi.web.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.files.FileStore;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.server.WebServer;

/**
 * A small ledger with files, written through the running server's services as the pages and the API
 * write it: 学法 sessions with their materials and 第一责任人 duties with evidence files.
 */
final class BackupLedger {
    static final int YEAR = 2025;

    /** What a writer was told was saved: the record's id and the SHA-256 of its file. */
    record Saved(String kind, long id, String sha256) {
    }

    private final WebServer server;
    final Org unit;
    private final List<DutyItem> items;

    private BackupLedger(WebServer server, Org unit) {
        this.server = server;
        this.unit = unit;
        items = server.duty().duties().items().list(Actor.SYSTEM, DutyFilter.year(YEAR), Page.FIRST).items();
    }

    /** 清河县人民政府 › 县司法局 with its principal, and the principal's duties of {@link #YEAR}. */
    static BackupLedger create(WebServer server) {
        Org county = server.services().orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
        Org unit = server.services().orgs().create(Actor.SYSTEM, Org.draft("县司法局", OrgKind.DEPARTMENT, county.id()));
        server.services().people().create(Actor.SYSTEM, Person.draft(unit.id(), "张局长", "局长", LeaderCategory.PRINCIPAL));
        server.duty().duties().plans().plan(Actor.SYSTEM, YEAR, null);
        return new BackupLedger(server, unit);
    }

    /** The ledger {@link #create} made, on a server started again over the same folder. */
    static BackupLedger reopen(WebServer server) {
        return new BackupLedger(server, server.services().orgs().visible(Actor.SYSTEM).stream()
                .filter(o -> o.name().equals("县司法局")).findFirst().orElseThrow());
    }

    /** A PDF whose bytes are unique to {@code text}. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A study session with one material (签到表) attached. */
    Saved studyFile(String text) {
        long session = server.training().sessions().create(Actor.SYSTEM, new StudySession(null, unit.id(),
                LocalDate.of(YEAR, 5, 6), StudyKind.COLLECTIVE, "集体学法:" + text, List.of("宪法"), null, null,
                60, 10, 9, null, 0), null).session().id();
        var a = server.training().attachments().add(Actor.SYSTEM, session, AttachmentKind.SIGN_IN, text + ".pdf", pdf(text));
        return new Saved("study", a.id(), a.sha256());
    }

    /** An evidence file on one of the principal's duties. */
    Saved evidenceFile(String text) {
        DutyItem item = items.get(Math.floorMod(text.hashCode(), items.size()));
        var e = server.duty().duties().evidence().addFile(Actor.SYSTEM, item.id(), text + ".pdf", pdf(text), "佐证:" + text,
                LocalDate.of(YEAR, 6, 1));
        return new Saved("duty", e.id(), e.sha256());
    }

    /** The SHA-256 of the file a restored server serves for a saved record; fails if the record is missing. */
    static String storedHash(WebServer server, Saved s) {
        Path p = s.kind().equals("study") ? server.training().attachments().open(Actor.SYSTEM, s.id()).path()
                : server.duty().duties().evidence().open(Actor.SYSTEM, s.id()).path();
        try {
            return FileStore.sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file row of the ledger with the hash of the file on disk ("missing" when there is none). */
    static Map<String, String> everyFile(WebServer server) {
        Map<String, String> all = new TreeMap<>();
        server.database().jdbi().useHandle(h -> {
            h.createQuery("SELECT 'study', id, sha256 FROM study_attachments UNION ALL "
                            + "SELECT 'duty', id, sha256 FROM duty_evidence WHERE sha256 IS NOT NULL")
                    .map((rs, ctx) -> new Saved(rs.getString(1), rs.getLong(2), rs.getString(3)))
                    .forEach(s -> all.put(s.kind() + s.id() + ":" + s.sha256(), hashOrMissing(server, s)));
        });
        return all;
    }

    private static String hashOrMissing(WebServer server, Saved s) {
        try {
            return storedHash(server, s);
        } catch (UncheckedIOException e) {
            return "missing";
        }
    }

    /** Every regular file under {@code dir} with its SHA-256: what "nothing changed" compares. */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("logs")).toList()) {
                all.put(dir.relativize(p).toString(), FileStore.sha256(Files.readAllBytes(p)));
            }
        }
        return all;
    }
}
