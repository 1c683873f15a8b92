package org.fazhi.duty.duties;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.fazhi.duty.duties.DutyCatalogService.Applicable;
import org.fazhi.duty.duties.DutyCatalogService.CategoryCodes;
import org.fazhi.duty.duties.db.CatalogDao.EntryRow;
import org.fazhi.duty.duties.db.DutyItemDao;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.jdbi.v3.core.Jdbi;

/**
 * Yearly plans: for a year and a unit subtree, one item per catalogue entry for every leader whose
 * category the entry applies to. Running a plan again only adds what is missing (a new leader, an
 * entry of a newer catalogue version): an item is unique per year, leader and duty code.
 */
public final class DutyPlanService extends LedgerService {
    static final String ENTITY = "duty-plan";

    public DutyPlanService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /**
     * Plans {@code year} for {@code orgId}'s subtree (checked against the actor's scope), or the
     * actor's scope, or the whole ledger; organisers and admins only. Units received by 报送 get no items here
     * (their package carries them); planning a received unit itself is refused.
     *
     * @return the number of items created (0 when the plan was complete already)
     */
    public int plan(Actor actor, int year, Long orgId) {
        Scope.requireWriter(actor);
        Years.check(year, "year");
        return jdbi.inTransaction(h -> {
            Long root = Scope.listRoot(h, actor, orgId);
            if (root != null) {
                Scope.requireWritable(h, root);
            }
            Subtree s = Subtree.of(root, "p.org_id");
            Applicable catalogue = DutyCatalogService.applicable(h, year);
            DutyItemDao dao = h.attach(DutyItemDao.class);
            Instant now = now();
            int created = 0;
            for (EntryRow e : catalogue.entries()) {
                created += dao.plan(s.cte(), s.join(), unitKinds(e), root, CategoryCodes.names(e.appliesTo()), year, e.id(), e.code(),
                        e.title(), e.frequency().name(), e.legalBasis(),
                        DutyCatalogService.entry(e).dueDate(year), now);
            }
            if (created > 0) {
                String where = root == null ? "全部单位" : h.createQuery("SELECT name FROM orgs WHERE id = :id")
                        .bind("id", root).mapTo(String.class).one() + "及下属单位";
                audit.record(h, actor, AuditLog.CREATE, ENTITY, null, root, "生成" + year + "年度第一责任人职责计划("
                        + where + ",职责清单第" + catalogue.version().version() + "版):新增职责事项" + created + "项",
                        null, new Planned(year, root, catalogue.version().version(), created));
            }
            return created;
        });
    }

    /**
     * The SQL condition that keeps the people of the kinds of unit the entry binds: empty for every kind.
     * Built from enum names only, never from input.
     */
    private static String unitKinds(EntryRow e) {
        List<String> kinds = CategoryCodes.readKinds(e.orgKinds()).stream().map(k -> "'" + k.name() + "'").toList();
        return kinds.isEmpty() ? "" : "AND p.org_id IN (SELECT uk.id FROM orgs uk WHERE uk.kind IN (" + String.join(", ", kinds) + "))";
    }

    /** The audit snapshot of a plan run. */
    record Planned(int year, Long orgId, int catalogVersion, int created) {
    }
}
