package org.fazhi.assessment.system;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.assessment.system.db.IndicatorSystemDao;
import org.fazhi.assessment.system.db.IndicatorSystemDao.IndicatorRow;
import org.fazhi.assessment.system.db.IndicatorSystemDao.SystemRow;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TemplateExamples;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Indicator systems as versioned data. A system is edited freely until a round is opened on it; from then
 * on it never changes, and saving an edit stores a new version of its lineage copied from it (the round
 * keeps the version it pinned). Everyone signed in reads the systems (they are published standards);
 * writers keep the systems of their own unit's subtree, unscoped writers those of the whole ledger.
 */
public final class IndicatorSystemService extends LedgerService {
    public static final String ENTITY = "indicator-system";
    public static final int TITLE_MAX = 100;

    public IndicatorSystemService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /** A system's title, first year and tree, checked. */
    record Draft(String title, int fromYear, IndicatorTree tree) {
    }

    /** Every version of every system: newest lineage first, each lineage's newest version first. */
    public List<IndicatorSystem> list(Actor actor) {
        return jdbi.withHandle(h -> h.attach(IndicatorSystemDao.class).all().stream().map(r -> read(h, r)).toList());
    }

    public IndicatorSystem get(Actor actor, long id) {
        return jdbi.withHandle(h -> read(h, row(h, id)));
    }

    /**
     * Stores a new system (version 1 of a new lineage).
     *
     * @param ownerOrgId the assessing unit keeping it; null: the actor's scope (or the whole ledger)
     * @throws ValidationException naming {@code title}, {@code fromYear} or {@code indicators.N.field} for
     *                             each problem of the tree
     */
    public IndicatorSystem create(Actor actor, String title, Integer fromYear, Long ownerOrgId, List<Indicator> indicators) {
        Scope.requireWriter(actor);
        Draft d = checked(title, fromYear, indicators);
        return jdbi.inTransaction(h -> store(h, actor, d, false, null, owner(h, actor, ownerOrgId), "新建"));
    }

    /**
     * Saves an edit. A system no round uses is changed in place (guarded by {@code version}); a used one
     * stays as it is and the edit is stored as its lineage's next version, which is returned.
     *
     * @throws org.fazhi.model.ConflictException when {@code version} is not the stored one
     */
    public IndicatorSystem update(Actor actor, long id, String title, Integer fromYear, List<Indicator> indicators,
                                  Integer version) {
        Scope.requireWriter(actor);
        Draft d = checked(title, fromYear, indicators);
        return jdbi.inTransaction(h -> {
            IndicatorSystemDao dao = h.attach(IndicatorSystemDao.class);
            SystemRow before = row(h, id);
            requireKeeper(h, actor, before);
            if (version != null && version != before.version()) {
                throw Versions.stale();
            }
            if (before.rounds() > 0) {
                return store(h, actor, d, false, before, before.ownerOrgId(), "修改已被考核轮次使用的");
            }
            Versions.requireUpdated(dao.update(id, d.title(), d.fromYear(), tenths(d.tree().total()),
                    Versions.expected(version, before.version()), now()));
            dao.deleteIndicators(id);
            writeIndicators(dao, id, d.tree());
            IndicatorSystem after = read(h, row(h, id));
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.ownerOrgId(), "修改指标体系“" + after.label() + "”(共"
                    + d.tree().indicators().size() + "项指标,总分" + Points.text(d.tree().total()) + ")", read(h, before), after);
            return after;
        });
    }

    /**
     * Stores the sample system shipped with the module ({@link SampleSystem}): the national areas with
     * placeholder points, marked as a sample until its first edit.
     */
    public IndicatorSystem loadSample(Actor actor, Long ownerOrgId) {
        return loadSampleOnce(actor, ownerOrgId).system();
    }

    /** What {@link #loadSampleOnce} did: stored the sample, or found the unit's sample already there. */
    public record Loaded(IndicatorSystem system, boolean created) {
    }

    /**
     * Stores the sample unless the unit keeping it ({@code ownerOrgId}, or the actor's scope) has one that is
     * still a sample (not yet edited): loading it twice gives that one back and stores nothing.
     */
    public Loaded loadSampleOnce(Actor actor, Long ownerOrgId) {
        Scope.requireWriter(actor);
        Draft d = checked(SampleSystem.TITLE, Years.check(java.time.LocalDate.now(clock).getYear(), "fromYear"),
                SampleSystem.indicators());
        return jdbi.inTransaction(h -> {
            Long owner = owner(h, actor, ownerOrgId);
            for (SystemRow r : h.attach(IndicatorSystemDao.class).all()) {
                if (r.sample() == 1 && Objects.equals(r.ownerOrgId(), owner)) {
                    return new Loaded(read(h, r), false);
                }
            }
            return new Loaded(store(h, actor, d, true, null, owner, "载入样例"), true);
        });
    }

    /**
     * The system as its keeper may edit it: writers only, and only the unit keeping it (or, for a system of
     * the whole ledger, an unscoped writer).
     *
     * @throws AccessDeniedException for anyone else
     */
    public IndicatorSystem editable(Actor actor, long id) {
        Scope.requireWriter(actor);
        return jdbi.withHandle(h -> {
            SystemRow r = row(h, id);
            requireKeeper(h, actor, r);
            return read(h, r);
        });
    }

    /**
     * Stores a copy of a system a round uses as its lineage's next version (另存为新版本), to be edited in
     * place while the rounds keep the old one.
     *
     * @throws ValidationException naming {@code id} when no round uses it (it is edited in place)
     * @throws org.fazhi.model.ConflictException when {@code version} is not the stored one
     */
    public IndicatorSystem newVersion(Actor actor, long id, Integer version) {
        Scope.requireWriter(actor);
        return jdbi.inTransaction(h -> {
            SystemRow before = row(h, id);
            requireKeeper(h, actor, before);
            if (version != null && version != before.version()) {
                throw Versions.stale();
            }
            if (before.rounds() == 0) {
                throw new ValidationException("id", "该版本尚未用于考核,可直接修改,无需另存为新版本");
            }
            IndicatorSystem old = read(h, before);
            return store(h, actor, new Draft(old.title(), old.fromYear(), old.tree()), false, before, before.ownerOrgId(),
                    "另存为新版本:");
        });
    }

    /**
     * Imports an indicator sheet ({@link IndicatorSheet}) as a new system: all rows or none.
     *
     * @throws ValidationException for the title, first year or owner (nothing read then)
     * @throws ImportRejected      when the file, a cell or the tree is wrong, with every row and column at fault
     */
    public IndicatorSystem importSheet(Actor actor, SheetFile file, String title, Integer fromYear, Long ownerOrgId) {
        return importSheet(actor, file, title, fromYear, ownerOrgId, false);
    }

    /**
     * As {@link #importSheet(Actor, SheetFile, String, Integer, Long)}; a file giving a system the unit keeps
     * already (the same title and the same indicators) is refused as imported before
     * ({@link org.fazhi.sheets.ImportProblem#ALREADY_IMPORTED}, naming that system) unless {@code force}.
     */
    public IndicatorSystem importSheet(Actor actor, SheetFile file, String title, Integer fromYear, Long ownerOrgId,
                                       boolean force) {
        Scope.requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        String t = errors.check(() -> Checks.requiredText(title, "title", "指标体系名称", TITLE_MAX));
        errors.run(() -> Years.check(Checks.required(fromYear, "fromYear", "起始年度"), "fromYear"));
        errors.throwIfAny();
        Sheet read = IndicatorSheet.reader().read(file);
        Sheet data = read.without(TemplateExamples::isExample);
        if (data.rows().isEmpty()) {
            throw TemplateExamples.nothingToImport(read, data, "指标");
        }
        RowErrors rows = new RowErrors();
        IndicatorSheet.Read sheet = IndicatorSheet.read(data, rows);
        rows.throwIfAny();
        Draft d = new Draft(t, fromYear, IndicatorTree.of(sheet.indicators()));
        ImportSource source = ImportSource.of(file);
        return jdbi.inTransaction(h -> {
            Long owner = owner(h, actor, ownerOrgId);
            if (!force) {
                requireNew(h, d, owner);
            }
            return store(h, actor, d, false, null, owner, "从文件“" + source.fileName() + "”导入");
        });
    }

    /** Refuses a system the unit keeps already: the same title and the same indicators, version for version. */
    private static void requireNew(Handle h, Draft d, Long owner) {
        for (SystemRow r : h.attach(IndicatorSystemDao.class).all()) {
            if (r.title().equals(d.title()) && Objects.equals(r.ownerOrgId(), owner)) {
                IndicatorSystem same = read(h, r);
                if (same.indicators().equals(d.tree().indicators())) {
                    throw new ImportRejected(new ImportProblem(ImportProblem.ALREADY_IMPORTED,
                            "已有名称和指标完全相同的指标体系“" + same.label() + "”(编号 " + same.id() + "),未重复导入;"
                                    + "如确需再导入一份,请勾选“仍要导入”", "file", List.of()));
                }
            }
        }
    }

    Draft checked(String title, Integer fromYear, List<Indicator> indicators) {
        FieldErrors errors = new FieldErrors();
        String t = errors.check(() -> Checks.requiredText(title, "title", "指标体系名称", TITLE_MAX));
        errors.run(() -> Years.check(Checks.required(fromYear, "fromYear", "起始年度"), "fromYear"));
        List<IndicatorTree.Problem> problems = IndicatorTree.check(indicators, i -> "第" + (i + 1) + "项");
        for (IndicatorTree.Problem p : problems) {
            errors.run(() -> {
                if (p.index() < 0) {
                    throw new ValidationException(p.field(), p.message());
                }
                throw new ValidationException("indicators." + p.index() + "." + p.field(), "第" + (p.index() + 1)
                        + "项指标(编码 " + indicators.get(p.index()).code() + "):" + p.message());
            });
        }
        errors.throwIfAny();
        return new Draft(t, fromYear, IndicatorTree.of(indicators));
    }

    /** Stores a new system: a new lineage, or the next version of {@code basedOn}'s. */
    IndicatorSystem store(Handle h, Actor actor, Draft d, boolean sample, SystemRow basedOn, Long owner, String what) {
        IndicatorSystemDao dao = h.attach(IndicatorSystemDao.class);
        Long lineage = basedOn == null ? null : basedOn.lineageId();
        int number = lineage == null ? 1 : dao.lastNumber(lineage) + 1;
        long id = dao.insert(lineage, number, d.title(), d.fromYear(), sample ? 1 : 0, basedOn == null ? null : basedOn.id(),
                owner, tenths(d.tree().total()), now(), actor.username());
        if (lineage == null) {
            dao.startLineage(id);
        }
        writeIndicators(dao, id, d.tree());
        IndicatorSystem stored = read(h, row(h, id));
        audit.record(h, actor, AuditLog.CREATE, ENTITY, id, owner, what + "指标体系“" + stored.label() + "”(共"
                + d.tree().indicators().size() + "项指标,总分" + Points.text(d.tree().total())
                + (basedOn == null ? "" : ",由第" + basedOn.number() + "版复制") + ")", null, stored);
        return stored;
    }

    private static void writeIndicators(IndicatorSystemDao dao, long id, IndicatorTree tree) {
        int position = 0;
        for (Indicator i : tree.indicators()) {
            dao.insertIndicator(id, i.code(), i.parentCode(), ++position, tree.level(i.code()), tree.isLeaf(i.code()) ? 1 : 0,
                    i.title(), i.standard(), tenths(i.points()), Codes.column(i.evidenceKinds()), Codes.column(i.appliesTo()),
                    i.veto() ? 1 : 0, i.binding() == null ? null : i.binding().cell());
        }
    }

    private static int tenths(BigDecimal points) {
        return points.movePointRight(1).intValueExact();
    }

    /** The unit to keep a new system: the one requested (within the scope), else the actor's scope; never a received unit. */
    private Long owner(Handle h, Actor actor, Long requested) {
        if (requested == null) {
            Long own = actor.scoped() ? actor.scopeOrgId() : null;
            if (own != null) {
                Scope.requireWritable(h, own);
            }
            return own;
        }
        if (h.attach(OrgDao.class).find(requested).isEmpty()) {
            throw new ValidationException("ownerOrgId", "单位不存在(编号 " + requested + ")");
        }
        Scope.requireWithin(h, actor, requested);
        Scope.requireWritable(h, requested);
        return requested;
    }

    /**
     * Writers keep the systems of units within their scope, except a unit received by 报送 (read-only here); a system
     * of the whole ledger, unscoped writers.
     */
    private static void requireKeeper(Handle h, Actor actor, SystemRow s) {
        if (s.ownerOrgId() == null) {
            if (actor.scoped()) {
                throw new AccessDeniedException("该指标体系属于全局,只有不限单位范围的管理员或组织者可以修改");
            }
            return;
        }
        Scope.requireWithin(h, actor, s.ownerOrgId());
        Scope.requireWritable(h, s.ownerOrgId());
    }

    static SystemRow row(Handle h, long id) {
        return found(h.attach(IndicatorSystemDao.class).find(id), "指标体系", id);
    }

    static IndicatorSystem read(Handle h, SystemRow r) {
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorRow i : h.attach(IndicatorSystemDao.class).indicators(r.id())) {
            indicators.add(new Indicator(i.code(), i.parentCode(), i.title(), i.standard(), Points.of(i.pointsTenths()),
                    Codes.fromColumn(i.evidenceKinds(), EvidenceKind.class), Codes.fromColumn(i.appliesTo(), OrgKind.class),
                    i.veto() == 1, LedgerBinding.parse(i.binding()).orElse(null)));
        }
        return new IndicatorSystem(r.id(), r.lineageId(), r.number(), r.title(), r.fromYear(), r.sample() == 1, r.basedOn(),
                r.ownerOrgId(), Points.of(r.totalTenths()), r.rounds() > 0, r.version(), r.createdAt(), r.createdBy(),
                r.updatedAt(), indicators);
    }

    /** The stored system for a round: it must exist; read inside the caller's transaction. */
    public static IndicatorSystem inTransaction(Handle h, long id) {
        return read(h, row(h, id));
    }
}
