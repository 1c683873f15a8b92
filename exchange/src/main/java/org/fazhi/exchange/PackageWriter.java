package org.fazhi.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;
import org.fazhi.storage.files.FileStore;
import org.jdbi.v3.core.Handle;

/**
 * Writes a 报送 package: a unit's subtree (with codes), its people (no accounts), every module's year slice of
 * those units and the attachment files they point at, a manifest naming every entry with its SHA-256 and
 * size, and the manifest's Ed25519 signature. Entries are sorted, rows ordered by id and JSON keys sorted, so
 * the same data gives the same bytes apart from {@code exportedAt}.
 */
public final class PackageWriter {
    private final Database db;
    private final SigningKey key;
    private final List<YearSlice> slices;
    private final Clock clock;

    public PackageWriter(Database db, SigningKey key, List<YearSlice> slices, Clock clock) {
        this.db = db;
        this.key = key;
        this.slices = List.copyOf(slices);
        this.clock = clock;
    }

    /** What was written. */
    public record Written(String rootName, String rootCode, int year, Map<String, Integer> counts, int files, String sha256) {
    }

    /** @throws ValidationException for a year after the current one (the ledger's clock), or outside the years held */
    public Written write(Actor actor, long orgId, int year, OutputStream out) {
        Years.check(year, "year");
        // A year still to come has no ledger to report; its package would stand at the receiver as that year's 报送.
        int current = LocalDate.now(clock).getYear();
        if (year > current) {
            throw new ValidationException("year", "年度" + year + "年晚于今年(" + current + "年),不能导出尚未到来年度的报送包");
        }
        Map<String, Entry> entries = new TreeMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Org root = db.jdbi().inTransaction(h -> {
            Org r = h.attach(OrgDao.class).find(orgId).orElseThrow(() -> org.fazhi.model.NotFoundException.of("单位", orgId));
            Scope.requireWithin(h, actor, orgId);
            if (r.code() == null) {
                throw new ValidationException("orgId", "单位“" + r.name()
                        + "”没有统一社会信用代码,接收方无法识别,请先在单位信息中填写后再导出报送包");
            }
            collect(h, r, year, entries, counts);
            return r;
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", PackageFormat.FORMAT);
        manifest.put("version", PackageFormat.VERSION);
        manifest.put("signer", key.fingerprint());
        manifest.put("root", Map.of("code", root.code(), "name", root.name(), "kind", root.kind().name()));
        manifest.put("year", year);
        manifest.put("exportedAt", Instant.now(clock).toString());
        manifest.put("counts", counts);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            list.add(Map.of("name", e.getKey(), "sha256", e.getValue().sha256(), "size", e.getValue().size()));
        }
        manifest.put("entries", list);
        byte[] manifestBytes = json(manifest);
        byte[] signature = key.sign(manifestBytes);
        PackageHashingStream hashing = new PackageHashingStream(out);
        PackageSeal.Writer sealing = new PackageSeal.Writer(hashing);
        try (ZipOutputStream zip = new ZipOutputStream(sealing)) {
            put(zip, PackageFormat.MANIFEST, manifestBytes);
            put(zip, PackageFormat.SIGNATURE, signature);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            zip.setComment(PackageSeal.PLACEHOLDER);
            zip.finish();
            sealing.seal(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int files = (int) entries.keySet().stream().filter(n -> n.startsWith(PackageFormat.FILES)).count();
        return new Written(root.name(), root.code(), year, counts, files, hashing.sha256());
    }

    private void collect(Handle h, Org root, int year, Map<String, Entry> entries, Map<String, Integer> counts) {
        OrgTree tree = new OrgTree(h.attach(OrgDao.class).subtree(root.id()));
        List<Map<String, Object>> orgs = new ArrayList<>();
        for (OrgTree.Node n : tree.flatten()) {
            Org o = n.org();
            Map<String, Object> m = new TreeMap<>();
            m.put("id", o.id());
            m.put("parentId", o.id().equals(root.id()) ? null : o.parentId());
            m.put("name", o.name());
            m.put("kind", o.kind().name());
            m.put("code", o.code());
            orgs.add(m);
        }
        entries.put(PackageFormat.ORGS, Entry.of(json(orgs)));
        counts.put("orgs", orgs.size());
        String units = tree.flatten().stream().map(n -> String.valueOf(n.org().id())).collect(Collectors.joining(","));
        List<Map<String, Object>> people = rows(h, "SELECT id, org_id, name, position, category FROM people WHERE org_id IN ("
                + units + ") ORDER BY id", year);
        entries.put(PackageFormat.PEOPLE, Entry.of(json(people)));
        counts.put("people", people.size());
        Map<String, List<Long>> ids = new java.util.HashMap<>();
        for (YearSlice slice : slices) {
            FileStore store = slice.fileFolder() == null ? null
                    : new FileStore(db.folder().attachments().resolve(slice.fileFolder()));
            for (SliceTable t : slice.tables()) {
                List<Map<String, Object>> rows = rows(h, "SELECT * FROM " + t.table() + " WHERE "
                        + t.condition(units, ids) + " ORDER BY " + String.join(", ", t.key()), year);
                if (t.hasId()) {
                    ids.put(t.table(), rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
                }
                rows.forEach(r -> r.keySet().removeAll(t.notCarried()));
                entries.put(PackageFormat.dataEntry(slice.module(), t.table()), Entry.of(json(rows)));
                counts.put(t.table(), rows.size());
                if (t.fileColumn() != null) {
                    for (String hash : new TreeSet<>(rows.stream().map(r -> (String) r.get(t.fileColumn()))
                            .filter(java.util.Objects::nonNull).toList())) {
                        entries.put(PackageFormat.fileEntry(slice.fileFolder(), hash), Entry.of(store.path(hash)));
                    }
                }
            }
        }
    }

    static List<Map<String, Object>> rows(Handle h, String sql, int year) {
        return PackageFormat.year(h.createQuery(sql), year)
                .map((rs, ctx) -> {
                    Map<String, Object> m = new TreeMap<>();
                    var meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        m.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), PackageFormat.normal(rs.getObject(i)));
                    }
                    return m;
                }).list();
    }

    static byte[] json(Object value) {
        try {
            return PackageFormat.JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        put(zip, name, Entry.of(bytes));
    }

    private static void put(ZipOutputStream zip, String name, Entry entry) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(PackageFormat.ENTRY_TIME);
        zip.putNextEntry(e);
        if (entry.bytes() != null) {
            zip.write(entry.bytes());
        } else {
            Files.copy(entry.file(), zip);
        }
        zip.closeEntry();
    }

    /**
     * An entry to write: JSON in memory, or an attachment left in the file store and streamed from there as the
     * zip is written (hashed once beforehand for the manifest), so memory does not grow with the attachments.
     */
    private record Entry(byte[] bytes, Path file, String sha256, long size) {
        static Entry of(byte[] bytes) {
            return new Entry(bytes, null, PackageFormat.sha256(bytes), bytes.length);
        }

        static Entry of(Path file) {
            MessageDigest digest = PackageFormat.digest();
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                int r;
                while ((r = in.read(buf)) > 0) {
                    digest.update(buf, 0, r);
                    size += r;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("附件文件缺失或无法读取:" + file, e);
            }
            return new Entry(null, file, HexFormat.of().formatHex(digest.digest()), size);
        }
    }
}
