package org.fazhi.duty.duties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.duties.db.CatalogDao;
import org.fazhi.duty.duties.db.CatalogDao.EntryRow;
import org.fazhi.duty.duties.db.CatalogDao.VersionRow;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The versioned duty catalogue. Version 1 (the 2016 规定's duties, from 2016) comes with the schema;
 * admins publish whole new versions with the first year they apply to. The catalogue of year Y is the
 * newest version whose first year is Y or earlier. Items copy what they need from their entry, so
 * publishing never changes a year already planned.
 */
public final class DutyCatalogService extends LedgerService {
    static final String ENTITY = "duty-catalog";
    public static final int MAX_ENTRIES = 100;

    public DutyCatalogService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /** The catalogue that applies this year. */
    public CatalogVersion current() {
        return forYear(today().getYear());
    }

    /** The catalogue that applies to plans of {@code year}. */
    public CatalogVersion forYear(int year) {
        Years.check(year, "year");
        return jdbi.withHandle(h -> withEntries(h, forYear(h, year)));
    }

    /** Every version, newest first, with its entries. */
    public List<CatalogVersion> versions() {
        return jdbi.withHandle(h -> h.attach(CatalogDao.class).versions().stream().map(v -> withEntries(h, v)).toList());
    }

    public CatalogVersion version(int number) {
        return jdbi.withHandle(h -> withEntries(h, h.attach(CatalogDao.class).byNumber(number)
                .orElseThrow(() -> new NotFoundException("职责清单第" + number + "版不存在"))));
    }

    /**
     * Publishes a new version: the whole list, used from {@code fromYear} on (admins only).
     *
     * @throws ValidationException naming {@code label}, {@code fromYear}, {@code entries} or
     *                             {@code entries.N.code} for a code given twice
     */
    public CatalogVersion publish(Actor actor, String label, Integer fromYear, List<CatalogEntry> entries) {
        Scope.requireAdmin(actor);
        FieldErrors errors = new FieldErrors();
        String l = errors.check(() -> Checks.requiredText(label, "label", "版本名称", 60));
        errors.run(() -> Years.check(Checks.required(fromYear, "fromYear", "起始年度"), "fromYear"));
        errors.run(() -> checkEntries(entries));
        errors.throwIfAny();
        return jdbi.inTransaction(h -> {
            CatalogDao dao = h.attach(CatalogDao.class);
            int number = dao.lastNumber() + 1;
            long id = dao.insertVersion(number, l, fromYear, now(), actor.username());
            for (int i = 0; i < entries.size(); i++) {
                CatalogEntry e = entries.get(i);
                dao.insertEntry(id, e.code(), e.title(), e.frequency().name(), CategoryCodes.write(e.appliesTo()),
                        e.legalBasis(), e.dueDay(), i + 1, CategoryCodes.writeKinds(e.orgKinds()));
            }
            CatalogVersion stored = withEntries(h, dao.byNumber(number).orElseThrow());
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, null, "发布第一责任人职责清单第" + number + "版“" + l
                    + "”(自" + fromYear + "年起适用,共" + entries.size() + "项)", null, stored);
            return stored;
        });
    }

    private static void checkEntries(List<CatalogEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new ValidationException("entries", "职责清单不能为空,至少应有一项职责");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new ValidationException("entries", "职责清单最多" + MAX_ENTRIES + "项");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry e = entries.get(i);
            if (e == null) {
                throw new ValidationException("entries." + i, "第" + (i + 1) + "项职责为空");
            }
            Integer first = seen.putIfAbsent(e.code(), i);
            if (first != null) {
                throw new ValidationException("entries." + i + ".code",
                        "职责代码 " + e.code() + " 重复(第" + (first + 1) + "项和第" + (i + 1) + "项)");
            }
        }
    }

    /** The entries of the version that applies to {@code year}, with their ids (for plans). */
    static Applicable applicable(Handle h, int year) {
        VersionRow v = forYear(h, year);
        return new Applicable(v, h.attach(CatalogDao.class).entries(v.id()));
    }

    /** A version and its stored entries. */
    record Applicable(VersionRow version, List<EntryRow> entries) {
    }

    private static VersionRow forYear(Handle h, int year) {
        CatalogDao dao = h.attach(CatalogDao.class);
        return dao.forYear(year).orElseThrow(() -> new ValidationException("year",
                year + "年没有适用的职责清单" + dao.firstYear().map(y -> "(职责清单自" + y + "年起适用)").orElse("")));
    }

    private static CatalogVersion withEntries(Handle h, VersionRow v) {
        List<CatalogEntry> entries = new ArrayList<>();
        for (EntryRow r : h.attach(CatalogDao.class).entries(v.id())) {
            entries.add(entry(r));
        }
        return new CatalogVersion(v.id(), v.version(), v.label(), v.fromYear(), v.createdAt(), v.createdBy(), entries);
    }

    static CatalogEntry entry(EntryRow r) {
        return new CatalogEntry(r.code(), r.title(), r.frequency(), CategoryCodes.read(r.appliesTo()), r.legalBasis(),
                r.dueDay(), CategoryCodes.readKinds(r.orgKinds()));
    }

    /** The applies_to column: a JSON array of category codes, e.g. ["PRINCIPAL","DEPUTY"]. */
    static final class CategoryCodes {
        private CategoryCodes() {
        }

        static String write(List<LeaderCategory> categories) {
            StringBuilder b = new StringBuilder("[");
            for (LeaderCategory c : categories) {
                b.append(b.length() > 1 ? "," : "").append('"').append(c.name()).append('"');
            }
            return b.append(']').toString();
        }

        static List<LeaderCategory> read(String json) {
            List<LeaderCategory> out = new ArrayList<>();
            String inner = json.strip();
            inner = inner.substring(1, inner.length() - 1);
            for (String part : inner.split(",")) {
                String code = part.strip().replace("\"", "");
                if (!code.isEmpty()) {
                    out.add(LeaderCategory.valueOf(code));
                }
            }
            return out;
        }

        static List<String> names(String json) {
            return read(json).stream().map(Enum::name).toList();
        }

        /** The org_kinds column: null for every kind of unit, else a JSON array of kind codes. */
        static String writeKinds(List<org.fazhi.model.org.OrgKind> kinds) {
            if (kinds.isEmpty()) {
                return null;
            }
            StringBuilder b = new StringBuilder("[");
            for (org.fazhi.model.org.OrgKind k : kinds) {
                b.append(b.length() > 1 ? "," : "").append('"').append(k.name()).append('"');
            }
            return b.append(']').toString();
        }

        static List<org.fazhi.model.org.OrgKind> readKinds(String json) {
            List<org.fazhi.model.org.OrgKind> out = new ArrayList<>();
            if (json == null) {
                return out;
            }
            String inner = json.strip();
            for (String part : inner.substring(1, inner.length() - 1).split(",")) {
                String code = part.strip().replace("\"", "");
                if (!code.isEmpty()) {
                    out.add(org.fazhi.model.org.OrgKind.valueOf(code));
                }
            }
            return out;
        }
    }
}
