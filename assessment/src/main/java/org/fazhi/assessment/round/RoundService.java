package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.assessment.round.db.RoundDao;
import org.fazhi.assessment.round.db.RoundDao.RoundRow;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.assessment.system.Points;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Rounds: an assessing unit opens one for a year on a version of an indicator system (which is then
 * pinned: never changed again), over units below it that the system's leaves apply to. Writers within the
 * assessing unit's scope open rounds; a round is seen by those whose scope covers the assessing unit, and
 * by the units it assesses (each of those sees only itself among the round's units).
 */
public final class RoundService extends LedgerService {
    public static final String ENTITY = "assessment-round";
    public static final int TITLE_MAX = 100;

    public RoundService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /**
     * Opens a round.
     *
     * @throws ValidationException naming each wrong field: {@code year}, {@code systemId}, {@code orgId},
     *                             {@code unitIds} (a unit not below the assessing unit, or one no leaf applies
     *                             to), the deadlines, {@code passScore}, {@code grades}, {@code target}
     */
    public Round open(Actor actor, RoundDraft d) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        errors.run(() -> Years.check(Checks.required(d.year(), "year", "考核年度"), "year"));
        String title = errors.check(() -> d.title() == null || d.title().isBlank() ? d.year() + "年度法治政府建设示范创建考核"
                : Checks.requiredText(d.title(), "title", "考核名称", TITLE_MAX));
        errors.run(() -> Checks.required(d.systemId(), "systemId", "指标体系"));
        errors.run(() -> Checks.required(d.orgId(), "orgId", "考核单位"));
        LocalDate self = errors.check(() -> Checks.requiredDate(d.selfDeadline(), "selfDeadline", "自评截止日期"));
        LocalDate review = errors.check(() -> Checks.requiredDate(d.reviewDeadline(), "reviewDeadline", "审核截止日期"));
        errors.refuseIf(self != null && review != null && review.isBefore(self), "reviewDeadline",
                "审核截止日期 " + review + " 不能早于自评截止日期 " + self);
        Integer target = errors.check(() -> Points.tenths(d.target(), "target", "年度达标目标(%)", BigDecimal.valueOf(100)));
        errors.run(() -> Checks.required(d.passScore(), "passScore", "达标分数"));
        errors.run(() -> Checks.required(d.grades(), "grades", "等次分数线"));
        errors.throwIfAny();
        return jdbi.inTransaction(h -> {
            OrgDao orgs = h.attach(OrgDao.class);
            Org assessing = orgs.find(d.orgId()).orElseThrow(() -> new ValidationException("orgId",
                    "考核单位不存在(编号 " + d.orgId() + ")"));
            Scope.requireWithin(h, actor, assessing.id());
            // A received unit's rounds come with its packages (AssessmentSlice).
            Scope.requireWritable(h, assessing.id());
            IndicatorSystem system = IndicatorSystemService.inTransaction(h, d.systemId());
            IndicatorTree tree = system.tree();
            FieldErrors more = new FieldErrors();
            BigDecimal total = system.total();
            Integer pass = more.check(() -> Points.tenths(d.passScore(), "passScore", "达标分数", total));
            Integer excellent = more.check(() -> Points.tenths(d.grades().excellent(), "grades.excellent", "优秀分数线", total));
            Integer good = more.check(() -> Points.tenths(d.grades().good(), "grades.good", "良好分数线", total));
            Integer qualified = more.check(() -> Points.tenths(d.grades().qualified(), "grades.qualified", "合格分数线", total));
            more.run(() -> {
                if (excellent != null && good != null && qualified != null && (excellent < good || good < qualified)) {
                    throw new ValidationException("grades", "等次分数线应为 优秀 ≥ 良好 ≥ 合格");
                }
            });
            List<Org> units = more.check(() -> units(h, assessing, tree, d.unitIds()));
            more.throwIfAny();
            RoundDao dao = h.attach(RoundDao.class);
            long id = dao.insert(d.year(), title, system.id(), assessing.id(), self, review, pass, excellent, good, qualified,
                    target, now(), actor.username());
            for (Org u : units) {
                dao.insertUnit(id, u.id());
            }
            Round round = read(h, dao.find(id).orElseThrow(), null);
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, assessing.id(), "开启考核“" + title + "”(" + assessing.name()
                    + ",指标体系“" + system.label() + "”," + units.size() + "个单位,自评截至" + self + ")", null, round);
            return round;
        });
    }

    /** The units assessed: those asked for, each checked, or every unit below that some leaf applies to. */
    private static List<Org> units(Handle h, Org assessing, IndicatorTree tree, List<Long> requested) {
        List<Org> below = h.attach(OrgDao.class).subtree(assessing.id()).stream().filter(o -> o.id() != assessing.id()).toList();
        if (requested == null || requested.isEmpty()) {
            List<Org> all = below.stream().filter(o -> !tree.leavesFor(o.kind()).isEmpty()).toList();
            if (all.isEmpty()) {
                throw new ValidationException("unitIds", "“" + assessing.name() + "”之下没有适用该指标体系的单位");
            }
            return all;
        }
        Map<Long, Org> byId = below.stream().collect(Collectors.toMap(Org::id, o -> o));
        List<Org> out = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(requested)) {
            Org o = id == null ? null : byId.get(id);
            if (o == null) {
                String name = id == null ? null : h.attach(OrgDao.class).find(id).map(Org::name).orElse(null);
                throw new ValidationException("unitIds", name == null ? "参评单位不存在(编号 " + id + ")"
                        : "单位“" + name + "”不在考核单位“" + assessing.name() + "”之下,不能参加本轮考核");
            }
            if (tree.leavesFor(o.kind()).isEmpty()) {
                throw new ValidationException("unitIds", "指标体系中没有适用于单位“" + o.name() + "”(" + o.kind().label() + ")的指标");
            }
            out.add(o);
        }
        return out;
    }

    /** What an assessed unit reads as the name of the unit assessing it from above its scope. */
    public static final String ASSESSING_ABOVE = "上级考核单位";

    /** The rounds the actor sees, newest year first; {@code year} null for every year. */
    public List<Round> list(Actor actor, Integer year) {
        return jdbi.withHandle(h -> {
            Set<Long> scope = scope(h, actor);
            List<Round> out = new ArrayList<>();
            for (RoundRow r : h.attach(RoundDao.class).all(year)) {
                Round round = read(h, r, scope);
                if (scope == null || scope.contains(r.orgId()) || !round.units().isEmpty()) {
                    out.add(round);
                }
            }
            return out;
        });
    }

    public Round get(Actor actor, long id) {
        return jdbi.withHandle(h -> visible(h, actor, id));
    }

    /** The round as the actor may see it; 403 when it neither covers the assessing unit nor a unit assessed. */
    static Round visible(Handle h, Actor actor, long id) {
        RoundRow r = found(h.attach(RoundDao.class).find(id), "考核轮次", id);
        Set<Long> scope = scope(h, actor);
        Round round = read(h, r, scope);
        if (scope != null && !scope.contains(r.orgId()) && round.units().isEmpty()) {
            throw new AccessDeniedException("无权访问本账号管辖范围以外的单位");
        }
        return round;
    }

    /** The units of the actor's scope, or null for the whole ledger. */
    private static Set<Long> scope(Handle h, Actor actor) {
        if (!actor.scoped()) {
            return null;
        }
        return h.attach(OrgDao.class).subtree(actor.scopeOrgId()).stream().map(Org::id).collect(Collectors.toSet());
    }

    /**
     * The round with the units the scope shows (all of them when it covers the assessing unit). A unit assessed
     * from above sees its own line only and the assessing unit as {@value #ASSESSING_ABOVE}: as everywhere else,
     * no account reads the names of units above its scope.
     */
    private static Round read(Handle h, RoundRow r, Set<Long> scope) {
        List<RoundUnit> units = h.attach(RoundDao.class).units(r.id());
        String assessing = r.orgName();
        if (scope != null && !scope.contains(r.orgId())) {
            units = units.stream().filter(u -> scope.contains(u.orgId())).toList();
            assessing = ASSESSING_ABOVE;
        }
        return new Round(r.id(), r.year(), r.title(), r.systemId(), r.orgId(), assessing, r.selfDeadline(),
                r.reviewDeadline(), Points.of(r.passTenths()), new Grades(Points.of(r.excellentTenths()),
                Points.of(r.goodTenths()), Points.of(r.qualifiedTenths())), Points.of(r.targetTenths()), r.version(),
                r.createdAt(), r.createdBy(), units);
    }
}
