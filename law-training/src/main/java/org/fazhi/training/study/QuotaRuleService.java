package org.fazhi.training.study;

import java.time.Clock;
import java.util.List;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.fazhi.training.study.db.QuotaRuleDao;
import org.jdbi.v3.core.Jdbi;

/** The quota rules, readable by everyone, editable by admins. */
public final class QuotaRuleService extends LedgerService {
    static final String ENTITY = "quota-rule";

    public QuotaRuleService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    public List<QuotaRule> all() {
        return jdbi.withHandle(h -> h.attach(QuotaRuleDao.class).all());
    }

    public List<QuotaRule> active() {
        return jdbi.withHandle(h -> h.attach(QuotaRuleDao.class).active());
    }

    public QuotaRule get(long id) {
        return jdbi.withHandle(h -> h.attach(QuotaRuleDao.class).find(id)).orElseThrow(() -> NotFoundException.of("学法规则", id));
    }

    public QuotaRule create(Actor actor, QuotaRule r) {
        Scope.requireAdmin(actor);
        return jdbi.inTransaction(h -> {
            QuotaRuleDao dao = h.attach(QuotaRuleDao.class);
            long id = dao.insert(r.label(), QuotaRuleDao.kinds(r.kinds()), r.orgKind().name(), r.minimum(),
                    r.period().name(), r.minMinutes(), r.active(), now());
            QuotaRule stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, null, "新建学法规则“" + r.label() + "”", null, stored);
            return stored;
        });
    }

    public QuotaRule update(Actor actor, long id, QuotaRule r, Integer expectedVersion) {
        Scope.requireAdmin(actor);
        return jdbi.inTransaction(h -> {
            QuotaRuleDao dao = h.attach(QuotaRuleDao.class);
            QuotaRule before = dao.find(id).orElseThrow(() -> NotFoundException.of("学法规则", id));
            int version = Versions.expected(expectedVersion, before.version());
            Versions.requireUpdated(dao.update(id, version, r.label(), QuotaRuleDao.kinds(r.kinds()), r.orgKind().name(),
                    r.minimum(), r.period().name(), r.minMinutes(), r.active(), now()));
            QuotaRule after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, null, "修改学法规则“" + r.label() + "”", before, after);
            return after;
        });
    }

    public void delete(Actor actor, long id) {
        Scope.requireAdmin(actor);
        jdbi.useTransaction(h -> {
            QuotaRuleDao dao = h.attach(QuotaRuleDao.class);
            QuotaRule before = dao.find(id).orElseThrow(() -> NotFoundException.of("学法规则", id));
            dao.delete(id);
            audit.record(h, actor, AuditLog.DELETE, ENTITY, id, null, "删除学法规则“" + before.label() + "”", before, null);
        });
    }
}
