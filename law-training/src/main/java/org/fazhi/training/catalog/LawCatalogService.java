package org.fazhi.training.catalog;

import java.util.Arrays;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.catalog.db.LawCatalogDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Type-ahead over the law catalogue: a built-in list of commonly studied laws, which admins extend
 * or replace by importing a list of titles. Free text stays allowed in sessions.
 */
public final class LawCatalogService extends LedgerService {
    public LawCatalogService(Jdbi jdbi, AuditLog audit) {
        super(jdbi, audit, audit.clock());
    }

    /** One title to import, with its category when the source has one. */
    public record Entry(String title, String category) {
        public Entry {
            title = org.fazhi.model.Checks.requiredText(title, "file", "法律法规名称", 100);
            category = org.fazhi.model.Checks.optionalText(category, "file", "类别", 30);
        }
    }

    public List<String> search(String q, int limit) {
        int n = Math.max(1, Math.min(limit, 50));
        if (q == null || q.isBlank()) {
            return jdbi.withHandle(h -> h.attach(LawCatalogDao.class).first(n));
        }
        return jdbi.withHandle(h -> h.attach(LawCatalogDao.class).search(q.strip(), n));
    }

    public long count() {
        return jdbi.withHandle(h -> h.attach(LawCatalogDao.class).count());
    }

    /**
     * Adds titles (duplicates are skipped), or replaces the whole catalogue with them.
     *
     * @return how many titles were added
     */
    public int importTitles(Actor actor, List<Entry> entries, boolean replace) {
        Scope.requireAdmin(actor);
        if (entries.isEmpty()) {
            throw new ValidationException("file", "文件中没有法律法规名称");
        }
        return jdbi.inTransaction(h -> {
            LawCatalogDao dao = h.attach(LawCatalogDao.class);
            long before = dao.count();
            if (replace) {
                dao.deleteAll();
            }
            int[] done = dao.insert(entries.stream().map(Entry::title).toList(), entries.stream().map(Entry::category).toList());
            int added = Arrays.stream(done).sum();
            audit.record(h, actor, replace ? AuditLog.UPDATE : AuditLog.CREATE, "law-catalog", null, null,
                    (replace ? "替换法律法规目录" : "导入法律法规目录") + ":新增 " + added + " 部(原有 " + before + " 部)", null, null);
            return added;
        });
    }
}
