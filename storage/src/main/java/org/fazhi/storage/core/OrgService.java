package org.fazhi.storage.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.core.db.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads and changes the organisation tree, within the actor's scope, auditing every change. */
public final class OrgService extends LedgerService {
    static final String ENTITY = "org";

    public OrgService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    public PageResult<Org> list(Actor actor, Long orgId, Page page) {
        return jdbi.withHandle(h -> {
            OrgDao dao = h.attach(OrgDao.class);
            Long root = Scope.listRoot(h, actor, orgId);
            if (root == null) {
                return new PageResult<>(dao.page(page.limit(), page.offset()), dao.count());
            }
            return new PageResult<>(dao.subtreePage(root, page.limit(), page.offset()), dao.subtreeCount(root));
        });
    }

    /** Every unit the actor may see: the whole ledger or the actor's subtree (for trees and pickers). */
    public List<Org> visible(Actor actor) {
        return jdbi.withHandle(h -> {
            OrgDao dao = h.attach(OrgDao.class);
            return actor.scoped() ? dao.subtree(actor.scopeOrgId()) : dao.all();
        });
    }

    /** A unit found by {@link #search}, with the names from the top of the actor's scope down to it. */
    public record Found(Org org, List<String> path) {
    }

    /**
     * At most {@code limit} units within the actor's scope whose name contains {@code q} (Latin letters in
     * any case); a blank {@code q} gives the actor's own unit and its direct children (the top units and
     * theirs for a ledger-wide actor). Each comes with its path from the top of the scope, so that the
     * many units of one name (every county has a 司法局) are told apart without naming units above the scope.
     */
    public List<Found> search(Actor actor, String q, int limit) {
        return jdbi.withHandle(h -> {
            OrgDao dao = h.attach(OrgDao.class);
            String text = q == null ? "" : q.strip();
            List<Org> found;
            if (text.isEmpty()) {
                found = actor.scoped() ? dao.withChildren(actor.scopeOrgId(), limit) : dao.topWithChildren(limit);
            } else {
                found = actor.scoped() ? dao.searchSubtree(actor.scopeOrgId(), text, limit) : dao.search(text, limit);
            }
            if (found.isEmpty()) {
                return List.of();
            }
            Map<Long, List<String>> paths = new HashMap<>();
            for (OrgDao.PathStep step : dao.paths(found.stream().map(Org::id).toList(),
                    actor.scoped() ? actor.scopeOrgId() : -1L)) {
                paths.computeIfAbsent(step.hit(), k -> new ArrayList<>()).add(step.name());
            }
            return found.stream().map(o -> new Found(o, List.copyOf(paths.getOrDefault(o.id(), List.of(o.name())))))
                    .toList();
        });
    }

    public Org get(Actor actor, long id) {
        return jdbi.withHandle(h -> Scope.loadWithin(h, actor, h.attach(OrgDao.class).find(id), Org::id, "单位", id));
    }

    public Org create(Actor actor, Org draft) {
        return inWriteTransaction(actor, h -> {
            OrgDao dao = h.attach(OrgDao.class);
            checkParent(h, actor, draft.parentId());
            if (draft.parentId() != null) {
                Scope.requireWritable(h, draft.parentId());
            }
            checkUniqueName(dao, draft, null);
            checkUniqueCode(dao, draft, null);
            long id = dao.insert(draft, now());
            Org stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, id, "新建单位“" + stored.name() + "”", null, stored);
            return stored;
        });
    }

    /**
     * @param expectedVersion the version the editor saw; null to overwrite whatever is stored
     */
    public Org update(Actor actor, long id, Org changes, Integer expectedVersion) {
        return inWriteTransaction(actor, h -> {
            OrgDao dao = h.attach(OrgDao.class);
            Org before = Scope.forChange(h, Scope.loadWithin(h, actor, dao.find(id), Org::id, "单位", id), Org::id);
            if (changes.parentId() != null && changes.parentId() == id) {
                throw new ValidationException("parentId", "上级单位不能是本单位");
            }
            if (!java.util.Objects.equals(before.parentId(), changes.parentId())) {
                if (actor.scoped() && actor.scopeOrgId() == id) {
                    throw new AccessDeniedException("不能移动本账号所管辖的顶层单位");
                }
                checkParent(h, actor, changes.parentId());
                if (changes.parentId() != null) {
                    // A received unit's subtree is the package's: a unit moved under it would be the sender's to keep.
                    Scope.requireWritable(h, changes.parentId());
                }
                if (changes.parentId() != null && dao.isWithin(changes.parentId(), id)) {
                    throw new ValidationException("parentId", "不能把单位移到它自己的下级单位之下");
                }
            }
            Org next = new Org(id, changes.name(), changes.kind(), changes.parentId(),
                    Versions.expected(expectedVersion, before.version()), changes.code());
            checkUniqueName(dao, next, id);
            checkUniqueCode(dao, next, id);
            Versions.requireUpdated(dao.update(next, now()));
            Org after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, id, "修改单位“" + after.name() + "”", before, after);
            return after;
        });
    }

    public void delete(Actor actor, long id) {
        deleteInWriteTransaction(actor, "该单位已有台账记录,不能删除", h -> {
            OrgDao dao = h.attach(OrgDao.class);
            Org before = Scope.loadWithin(h, actor, dao.find(id), Org::id, "单位", id);
            if (actor.scoped() && actor.scopeOrgId() == id) {
                throw new AccessDeniedException("不能删除本账号所管辖的顶层单位");
            }
            Scope.requireWritable(h, id);
            if (dao.countChildren(id) > 0) {
                throw new ConflictException(null, "“" + before.name() + "”下还有下级单位,请先删除或移走下级单位");
            }
            if (h.attach(PersonDao.class).countInOrg(id) > 0) {
                throw new ConflictException(null, "“" + before.name() + "”下还有人员,请先删除或调走这些人员");
            }
            if (h.attach(UserDao.class).countInOrg(id) > 0) {
                throw new ConflictException(null, "有账号限定在“" + before.name() + "”范围内,请先修改这些账号");
            }
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, id, "删除单位“" + before.name() + "”", before, null);
        });
    }

    private static void checkParent(Handle h, Actor actor, Long parentId) {
        if (parentId == null) {
            if (actor.scoped()) {
                throw new AccessDeniedException("只能在本账号管辖的单位之下新建或移动单位");
            }
            return;
        }
        if (h.attach(OrgDao.class).find(parentId).isEmpty()) {
            throw new ValidationException("parentId", "上级单位不存在(编号 " + parentId + ")");
        }
        Scope.requireWithin(h, actor, parentId);
    }

    private static void checkUniqueCode(OrgDao dao, Org org, Long selfId) {
        if (org.code() == null) {
            return;
        }
        dao.findByCode(org.code()).ifPresent(other -> {
            if (!other.id().equals(selfId)) {
                throw new ConflictException("code", "统一社会信用代码“" + org.code() + "”已是单位“" + other.name() + "”的代码");
            }
        });
    }

    private static void checkUniqueName(OrgDao dao, Org org, Long selfId) {
        dao.findSibling(org.parentId(), org.name()).ifPresent(other -> {
            if (!other.equals(selfId)) {
                throw new ConflictException("name", "同一上级单位下已有名为“" + org.name() + "”的单位");
            }
        });
    }
}
