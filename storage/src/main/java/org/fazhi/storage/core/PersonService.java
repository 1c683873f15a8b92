package org.fazhi.storage.core;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.model.Checks;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.storage.core.db.PersonDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** People of the units, within the actor's scope, auditing every change. */
public final class PersonService extends LedgerService {
    static final String ENTITY = "person";

    /** Keeps a list's size until the ledger changes: paging through a province's 20,000 people counts them once. */
    private final FigureCache counts;

    public PersonService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
        this.counts = new FigureCache(clock);
    }

    /** Narrows a people list; all parts optional. {@code q} matches name or position. */
    public record Filter(Long orgId, LeaderCategory category, String q, boolean unitOnly) {
        public Filter {
            q = Checks.optionalText(q, "q", "搜索词", 30);
        }

        public Filter(Long orgId, LeaderCategory category, String q) {
            this(orgId, category, q, false);
        }

        /** The people of exactly this unit, not of the units below it. */
        public static Filter ofUnit(long orgId) {
            return new Filter(orgId, null, null, true);
        }

        public static final Filter NONE = new Filter(null, null, null);
    }

    public PageResult<Person> list(Actor actor, Filter f, Page page) {
        return jdbi.withHandle(h -> {
            PersonDao dao = h.attach(PersonDao.class);
            Long root = Scope.listRoot(h, actor, f.orgId());
            Long unit = f.unitOnly() && f.orgId() != null ? f.orgId() : null;
            PersonDao.Scope s = root == null || unit != null ? PersonDao.Scope.ALL : PersonDao.Scope.SUBTREE_OF_ROOT;
            String category = f.category() == null ? null : f.category().name();
            return new PageResult<>(
                    dao.page(s.cte(), s.join(), root, unit, category, f.q(), page.limit(), page.offset()),
                    counts.get(h, "people-count", java.util.Arrays.asList(s, root, unit, category, f.q()),
                            () -> dao.count(s.cte(), s.join(), root, unit, category, f.q())));
        });
    }

    /**
     * How many people the subtree of {@code orgId} (checked against the actor's scope; null: the actor's
     * scope or everyone) holds per leader category, every category present (0 when none).
     */
    public Map<LeaderCategory, Long> countByCategory(Actor actor, Long orgId) {
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, orgId);
            PersonDao.Scope s = root == null ? PersonDao.Scope.ALL : PersonDao.Scope.SUBTREE_OF_ROOT;
            Map<LeaderCategory, Long> out = new EnumMap<>(LeaderCategory.class);
            for (LeaderCategory c : LeaderCategory.values()) {
                out.put(c, 0L);
            }
            for (PersonDao.CategoryCount c : h.attach(PersonDao.class).countByCategory(s.cte(), s.join(), root)) {
                try {
                    out.put(LeaderCategory.valueOf(c.category()), c.n());
                } catch (IllegalArgumentException e) {
                    // a category a newer version wrote: not counted under any label
                }
            }
            return out;
        });
    }

    public Person get(Actor actor, long id) {
        return jdbi.withHandle(h -> {
            Person p = Scope.loadWithin(h, actor, h.attach(PersonDao.class).find(id), Person::orgId, "人员", id);
            return p;
        });
    }

    public Person create(Actor actor, Person draft) {
        return inWriteTransaction(actor, h -> {
            checkOrg(h, actor, draft.orgId());
            PersonDao dao = h.attach(PersonDao.class);
            long id = dao.insert(draft, now());
            Person stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, stored.orgId(), "新增人员“" + stored.name() + "”", null, stored);
            return stored;
        });
    }

    public Person update(Actor actor, long id, Person changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            PersonDao dao = h.attach(PersonDao.class);
            Person before = Scope.loadWithin(h, actor, dao.find(id), Person::orgId, "人员", id);
            Scope.requireWritable(h, before.orgId());
            if (changes.orgId() != before.orgId()) {
                checkOrg(h, actor, changes.orgId());
            }
            Person next = new Person(id, changes.orgId(), changes.name(), changes.position(), changes.category(),
                    Versions.expected(expectedVersion, before.version()));
            Versions.requireUpdated(dao.update(next, now()));
            Person after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.orgId(), "修改人员“" + after.name() + "”", before, after);
            return after;
        });
    }

    public void delete(Actor actor, long id) {
        deleteInWriteTransaction(actor, "该人员已有台账记录(学法、职责或出庭),不能删除", h -> {
            PersonDao dao = h.attach(PersonDao.class);
            Person before = Scope.loadWithin(h, actor, dao.find(id), Person::orgId, "人员", id);
            Scope.requireWritable(h, before.orgId());
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, before.orgId(), "删除人员“" + before.name() + "”", before, null);
        });
    }

    private static void checkOrg(Handle h, Actor actor, long orgId) {
        if (h.attach(OrgDao.class).find(orgId).isEmpty()) {
            throw new ValidationException("orgId", "所属单位不存在(编号 " + orgId + ")");
        }
        Scope.requireWithin(h, actor, orgId);
        Scope.requireWritable(h, orgId);
    }
}
