package org.fazhi.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.ConstraintErrors;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;
import org.fazhi.storage.files.FileStore;
import org.jdbi.v3.core.Handle;

/**
 * Takes a verified package in, in one transaction: the root unit matched by its code, the units below matched
 * (by code, else by parent and name) or created, people matched by unit + name + position or created, the
 * year's rows of the subtree replaced with the package's (ids remapped), every written row marked as received.
 * The same package again changes nothing; an older one from the same sender for the same unit and year is refused.
 */
public final class PackageImporter {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Database db;
    private final AuditLog audit;
    private final List<YearSlice> slices;
    private final Clock clock;

    public PackageImporter(Database db, AuditLog audit, List<YearSlice> slices, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.slices = List.copyOf(slices);
        this.clock = clock;
    }

    /** What a package did: {@code unchanged} when it had been received already, {@code replaced} when it replaced an older one. */
    public record Imported(long packageId, long orgId, int year, int records, boolean replaced, boolean unchanged) {
    }

    public Imported take(Actor actor, PackageReader.Verified p) {
        Scope.requireWriter(actor);
        Content content = load(p);
        Map<String, List<JsonNode>> data = content.data();
        return db.jdbi().inTransaction(h -> {
            OrgDao orgs = h.attach(OrgDao.class);
            Org root = orgs.findByCode(p.rootCode()).orElseThrow(() -> new PackageRefused("本系统没有统一社会信用代码为 "
                    + p.rootCode() + " 的单位(报送包的单位“" + p.rootName() + "”),请先在单位信息中为对应单位填写该代码"));
            Scope.requireWithin(h, actor, root.id());
            Optional<Map<String, Object>> previous = h.createQuery("SELECT id, sha256, exported_at FROM exchange_packages "
                            + "WHERE root_code = :code AND year = :year AND signer = :signer ORDER BY exported_at DESC, id DESC LIMIT 1")
                    .bind("code", p.rootCode()).bind("year", p.year()).bind("signer", p.signer().fingerprint()).mapToMap().findOne();
            if (previous.isPresent()) {
                if (p.sha256().equals(previous.get().get("sha256"))) {
                    return new Imported(((Number) previous.get().get("id")).longValue(), root.id(), p.year(), 0, false, true);
                }
                String before = (String) previous.get().get("exported_at");
                Instant stored = Instant.parse(before);
                Instant offered = Instant.parse(p.exportedAt());
                if (stored.compareTo(offered) >= 0) {
                    // People read the times in the ledger's zone to the minute (the manifest keeps UTC to the
                    // nanosecond); two exports within one minute are told apart by their seconds.
                    DateTimeFormatter f = MINUTE.format(stored.atZone(clock.getZone()))
                            .equals(MINUTE.format(offered.atZone(clock.getZone()))) ? SECOND : MINUTE;
                    throw new PackageRefused("该报送包导出于 " + f.format(offered.atZone(clock.getZone()))
                            + ",不比已接收的同一单位同一年度的报送包(导出于 " + f.format(stored.atZone(clock.getZone()))
                            + ")新,未导入");
                }
            }
            int records = data.values().stream().mapToInt(List::size).sum();
            long packageId = h.createUpdate("INSERT INTO exchange_packages (root_org_id, root_code, year, sha256, signer, signer_name, "
                            + "exported_at, received_at, records, counts) VALUES (:root, :code, :year, :sha, :signer, :name, :exported, "
                            + ":received, :records, :counts)")
                    .bind("root", root.id()).bind("code", p.rootCode()).bind("year", p.year()).bind("sha", p.sha256())
                    .bind("signer", p.signer().fingerprint()).bind("name", p.signer().name()).bind("exported", p.exportedAt())
                    .bind("received", Instant.now(clock).toString()).bind("records", records)
                    .bind("counts", p.manifest().path("counts").toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Map<String, Map<Long, Long>> ids = new HashMap<>();
            ids.put("orgs", units(h, root, p.rootCode(), content.orgs(), packageId));
            ids.put("people", people(h, content.people(), ids.get("orgs"), packageId));
            String units = orgs.subtree(root.id()).stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","));
            List<SliceTable> all = new ArrayList<>();
            slices.forEach(s -> all.addAll(s.tables()));
            // Which rows go is decided before any goes: a condition may pass through a table deleted before it.
            Map<String, List<Long>> going = new HashMap<>();
            List<String> conditions = new ArrayList<>();
            for (SliceTable t : all) {
                String where = t.condition(units, going);
                conditions.add(where);
                if (t.hasId()) {
                    going.put(t.table(), PackageFormat.year(h.createQuery("SELECT id FROM " + t.table() + " WHERE " + where),
                            p.year()).mapTo(Long.class).list());
                }
            }
            for (int i = all.size() - 1; i >= 0; i--) {
                SliceTable t = all.get(i);
                if (!t.hasId()) {
                    PackageFormat.year(h.createUpdate("DELETE FROM " + t.table() + " WHERE " + conditions.get(i)), p.year()).execute();
                    continue;
                }
                List<Long> gone = going.get(t.table());
                for (int from = 0; from < gone.size(); from += 500) {
                    String list = gone.subList(from, Math.min(gone.size(), from + 500)).stream().map(String::valueOf)
                            .collect(Collectors.joining(","));
                    h.createUpdate("DELETE FROM exchange_received WHERE table_name = :t AND row_id IN (" + list + ")")
                            .bind("t", t.table()).execute();
                    h.createUpdate("DELETE FROM " + t.table() + " WHERE id IN (" + list + ")").execute();
                }
            }
            for (YearSlice s : slices) {
                for (SliceTable t : s.tables()) {
                    insert(h, t, data.getOrDefault(PackageFormat.dataEntry(s.module(), t.table()), List.of()), ids, packageId);
                }
            }
            audit.record(h, actor, AuditLog.CREATE, "package", packageId, root.id(), "接收报送包:“" + p.rootName() + "”"
                    + p.year() + "年度,发送方“" + p.signer().name() + "”,记录 " + records + " 条", null,
                    Map.of("sha256", p.sha256(), "exportedAt", p.exportedAt(), "replaced", previous.isPresent()));
            return new Imported(packageId, root.id(), p.year(), records, previous.isPresent(), false);
        });
    }

    /** A package's rows: its units, its people and each data entry's records. */
    private record Content(List<JsonNode> orgs, List<JsonNode> people, Map<String, List<JsonNode>> data) {
    }

    /**
     * Reads the verified package file once more, an entry at a time: its JSON into rows, its attachments streamed
     * into the file store (never whole in memory). Content-addressed and written atomically: a file stored for
     * a package refused later is harmless (backups copy only the files rows point at), and a retried
     * transaction stores nothing twice. Entries the program does not know are refused before anything is stored.
     */
    private Content load(PackageReader.Verified p) {
        Set<String> known = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (YearSlice s : slices) {
            for (SliceTable t : s.tables()) {
                known.add(PackageFormat.dataEntry(s.module(), t.table()));
            }
            if (s.fileFolder() != null) {
                folders.add(s.fileFolder());
            }
        }
        for (JsonNode entry : p.manifest().path("entries")) {
            String name = entry.path("name").asText();
            if (name.startsWith(PackageFormat.DATA) && !known.contains(name)) {
                throw new PackageRefused("报送包含有本程序不认识的数据“" + name + "”,请升级程序后再接收");
            }
            if (name.startsWith(PackageFormat.FILES) && !folders.contains(name.split("/")[1])) {
                throw new PackageRefused("报送包含有本程序不认识的附件目录“" + name.split("/")[1] + "”");
            }
        }
        Map<String, List<JsonNode>> data = new LinkedHashMap<>();
        Map<String, List<JsonNode>> lists = new HashMap<>();
        p.read((name, in) -> {
            if (name.startsWith(PackageFormat.FILES)) {
                new FileStore(db.folder().attachments().resolve(name.split("/")[1])).put(in);
            } else {
                List<JsonNode> rows = array(in.readAllBytes(), name);
                (name.startsWith(PackageFormat.DATA) ? data : lists).put(name, rows);
            }
        });
        return new Content(lists.get(PackageFormat.ORGS), lists.get(PackageFormat.PEOPLE), data);
    }

    private Map<Long, Long> units(Handle h, Org root, String rootCode, List<JsonNode> rows, long packageId) {
        OrgDao dao = h.attach(OrgDao.class);
        Map<Long, Long> map = new HashMap<>();
        for (JsonNode o : rows) {
            long id = o.path("id").asLong();
            if (o.path("parentId").isNull() || o.path("parentId").isMissingNode()) {
                if (!map.isEmpty() || !rootCode.equals(o.path("code").asText())) {
                    throw new PackageRefused("报送包的单位数据不完整:顶层单位不是清单所列的单位");
                }
                map.put(id, root.id());
                markUnit(h, root.id(), packageId);
                continue;
            }
            Long parent = map.get(o.path("parentId").asLong());
            if (parent == null) {
                throw new PackageRefused("报送包的单位数据不完整:“" + o.path("name").asText() + "”的上级单位不在包中");
            }
            Org draft;
            try {
                draft = Org.draft(o.path("name").asText(null), OrgKind.parse(o.path("kind").asText(null)), parent,
                        o.path("code").asText(null));
            } catch (ValidationException e) {
                throw new PackageRefused("报送包中的单位“" + o.path("name").asText() + "”有误:" + e.getMessage());
            }
            Long match = null;
            if (draft.code() != null) {
                match = dao.findByCode(draft.code()).map(Org::id).orElse(null);
                if (match != null && !dao.isWithin(match, root.id())) {
                    // Its rows would land outside the subtree a newer package replaces.
                    throw new PackageRefused("本系统中统一社会信用代码为 " + draft.code() + " 的单位不在“" + root.name()
                            + "”之下,与报送包中“" + draft.name() + "”的位置不符,请核对后再接收");
                }
            }
            if (match == null) {
                Optional<Long> sibling = dao.findSibling(parent, draft.name());
                if (sibling.isPresent()) {
                    Org other = dao.find(sibling.get()).orElseThrow();
                    if (other.code() != null && draft.code() != null) {
                        throw new PackageRefused("本系统“" + draft.name() + "”的统一社会信用代码为 " + other.code()
                                + ",与报送包中的 " + draft.code() + " 不同,请核对后再接收");
                    }
                    match = other.id();
                }
            }
            if (match == null) {
                match = dao.insert(draft, Instant.now(clock));
            }
            map.put(id, match);
            markUnit(h, match, packageId);
        }
        if (map.isEmpty()) {
            throw new PackageRefused("报送包中没有单位");
        }
        return map;
    }

    private Map<Long, Long> people(Handle h, List<JsonNode> rows, Map<Long, Long> units, long packageId) {
        PersonDao dao = h.attach(PersonDao.class);
        Map<Long, Long> map = new HashMap<>();
        for (JsonNode row : rows) {
            Long org = units.get(row.path("org_id").asLong());
            if (org == null) {
                throw new PackageRefused("报送包的人员数据不完整:“" + row.path("name").asText() + "”的单位不在包中");
            }
            Person draft;
            try {
                draft = Person.draft(org, row.path("name").asText(null), row.path("position").asText(null),
                        LeaderCategory.parse(row.path("category").asText(null)));
            } catch (ValidationException e) {
                throw new PackageRefused("报送包中的人员“" + row.path("name").asText() + "”有误:" + e.getMessage());
            }
            Long match = h.createQuery("SELECT min(id) FROM people WHERE org_id = :org AND name = :name "
                            + "AND coalesce(position, '') = :position")
                    .bind("org", org).bind("name", draft.name()).bind("position", draft.position() == null ? "" : draft.position())
                    .mapTo(Long.class).findOne().orElse(null);
            if (match == null) {
                match = dao.insert(draft, Instant.now(clock));
            }
            map.put(row.path("id").asLong(), match);
            mark(h, "people", match, packageId);
        }
        return map;
    }

    private static void insert(Handle h, SliceTable t, List<JsonNode> rows, Map<String, Map<Long, Long>> ids, long packageId) {
        Map<Long, Long> own = ids.computeIfAbsent(t.table(), k -> new HashMap<>());
        if (rows.isEmpty()) {
            return;
        }
        Set<String> columns = columns(h, t.table());
        for (JsonNode row : rows) {
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equals("id")) {
                    continue;
                }
                if (!columns.contains(f.getKey())) {
                    throw new PackageRefused("报送包中“" + t.table() + "”的字段“" + f.getKey() + "”本系统没有,请升级程序后再接收");
                }
                Object value = value(f.getValue());
                String target = t.refs().get(f.getKey());
                if (target != null && value != null) {
                    Long mapped = ids.getOrDefault(target, Map.of()).get(((Number) value).longValue());
                    if (mapped == null && !t.reachBack().contains(f.getKey())) {
                        throw new PackageRefused("报送包数据不完整:有记录指向包中没有的记录(" + t.table() + "." + f.getKey()
                                + "),请发送方重新导出后再报送");
                    }
                    value = mapped;
                }
                names.add(f.getKey());
                values.add(value);
            }
            var insert = h.createUpdate("INSERT INTO " + t.table() + " (" + String.join(", ", names) + ") VALUES ("
                    + names.stream().map(n -> ":" + n).collect(Collectors.joining(", ")) + ")");
            for (int i = 0; i < names.size(); i++) {
                insert.bindByType(names.get(i), values.get(i), values.get(i) == null ? Object.class : values.get(i).getClass());
            }
            long id = 0;
            try {
                if (t.hasId()) {
                    id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                } else {
                    insert.execute();
                }
            } catch (org.jdbi.v3.core.JdbiException e) {
                if (ConstraintErrors.unique(e)) {
                    throw new PackageRefused("报送包中“" + t.table() + "”的一条记录与本系统已有的记录重复(如同一案号),"
                            + "可能已在本系统直接录入,请核对后删除重复的一方再接收");
                }
                if (ConstraintErrors.foreignKey(e)) {
                    throw new PackageRefused("报送包中“" + t.table() + "”的一条记录引用了本系统没有的数据(如职责清单条目)");
                }
                throw e;
            }
            if (!t.hasId()) {
                continue;
            }
            if (t.ownId() != null) {
                h.createUpdate("UPDATE " + t.table() + " SET " + t.ownId() + " = :id WHERE id = :id").bind("id", id).execute();
            }
            own.put(row.path("id").asLong(), id);
            mark(h, t.table(), id, packageId);
        }
    }

    private static Set<String> columns(Handle h, String table) {
        return h.createQuery("SELECT * FROM " + table + " WHERE 1 = 0").scanResultSet((supplier, ctx) -> {
            try {
                var meta = supplier.get().getMetaData();
                Set<String> out = new HashSet<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    out.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                }
                return out;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1L : 0L;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        throw new PackageRefused("报送包中有无法识别的数据值:" + v);
    }

    /** A unit whose records come by package: read-only here from now on ({@code Scope.requireWritable}). */
    private void markUnit(Handle h, long orgId, long packageId) {
        mark(h, "orgs", orgId, packageId);
        h.createUpdate("INSERT INTO received_units (org_id, received_at) VALUES (:id, :at) ON CONFLICT (org_id) DO NOTHING")
                .bind("id", orgId).bind("at", Instant.now(clock).toString()).execute();
    }

    private static void mark(Handle h, String table, long id, long packageId) {
        h.createUpdate("INSERT INTO exchange_received (table_name, row_id, package_id) VALUES (:t, :id, :p) "
                + "ON CONFLICT (table_name, row_id) DO UPDATE SET package_id = excluded.package_id")
                .bind("t", table).bind("id", id).bind("p", packageId).execute();
    }

    private static List<JsonNode> array(byte[] bytes, String name) {
        try {
            JsonNode node = PackageFormat.JSON.readTree(bytes);
            if (node == null || !node.isArray()) {
                throw new PackageRefused("报送包中“" + name + "”不是记录数组");
            }
            List<JsonNode> out = new ArrayList<>();
            node.forEach(n -> {
                if (!n.isObject()) {
                    throw new PackageRefused("报送包中“" + name + "”含有不是记录的内容");
                }
                out.add(n);
            });
            return out;
        } catch (IOException e) {
            throw new PackageRefused("报送包中“" + name + "”不是有效的 JSON");
        }
    }
}
