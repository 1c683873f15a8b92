package org.fazhi.training.sheets;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.sheets.TableStream;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.UnitNames;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionExport;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.UnitCompliance;

/**
 * The law-training lists as spreadsheets, with the columns their imports read, and the import
 * templates. Filters and scope are checked when the table is made (so a refusal is a proper 4xx);
 * study sessions, the one list that grows to 100,000 rows, are then streamed while the file is written.
 */
public final class TrainingTables {
    public static final List<String> COMPLIANCE_HEADERS = List.of("单位", "单位类型", "规则", "考核要求", "全年应完成", "截至目前应完成",
            "已完成", "第一季度", "第二季度", "第三季度", "第四季度", "达标");

    private final OrgService orgs;
    private final LawTraining training;

    public TrainingTables(OrgService orgs, LawTraining training) {
        this.orgs = orgs;
        this.training = training;
    }

    public TableStream sessions(Actor actor, SessionFilter filter) {
        UnitNames units = new UnitNames(orgs, actor);
        // Checked now: a unit outside the scope is refused before the download starts.
        SessionExport.Selection selection = training.sessionExport().select(actor, filter);
        return new TableStream(name("学法记录", filter.year()), "学法记录", SessionSheet.HEADERS,
                out -> selection.forEach(s -> out.accept(SessionSheet.row(s, units))));
    }

    public TableStream sessionTemplate(Actor actor) {
        List<Object> example = SessionSheet.example(exampleUnit(actor), LocalDate.now(training.clock()));
        return new TableStream("学法记录导入模板", "学法记录", SessionSheet.HEADERS, out -> out.accept(example), SessionSheet.notes());
    }

    public TableStream batches(Actor actor, Long orgId, Integer year, Track track) {
        UnitNames units = new UnitNames(orgs, actor);
        List<ExamBatch> all = PageResult.readAll(p -> training.exams().batches(actor, orgId, year, track, p));
        return new TableStream(name("测试批次", year), "测试批次", ResultSheet.BATCH_HEADERS, out -> {
            for (ExamBatch b : all) {
                List<ExamResult> results = training.exams().results(actor, b.id());
                int passed = (int) results.stream().filter(r -> r.outcome() != null && r.outcome().passed()).count();
                out.accept(ResultSheet.batchRow(b, units, results.size(), passed));
            }
        });
    }

    public TableStream results(Actor actor, long batchId) {
        ExamBatch batch = training.exams().batch(actor, batchId);
        List<ExamResult> results = training.exams().results(actor, batchId);
        UnitNames units = new UnitNames(orgs, actor);
        String title = batch.title() == null ? batch.date() + "批次" : batch.title();
        return new TableStream("测试成绩-" + title, "测试成绩", ResultSheet.EXPORT_HEADERS,
                out -> results.forEach(r -> out.accept(ResultSheet.row(r, units))));
    }

    /** Failed sittings of the year not yet retaken, with the result columns (成绩编号 is what a retake names). */
    public TableStream awaiting(Actor actor, int year, Long orgId) {
        List<ExamResult> results = training.exams().awaitingRetake(actor, year, orgId);
        UnitNames units = new UnitNames(orgs, actor);
        return new TableStream("待补考人员-" + year + "年", "待补考人员", ResultSheet.EXPORT_HEADERS,
                out -> results.forEach(r -> out.accept(ResultSheet.row(r, units))));
    }

    public TableStream resultTemplate(Actor actor) {
        List<Object> example = ResultSheet.example(exampleUnit(actor));
        return new TableStream("测试成绩导入模板", "测试成绩", ResultSheet.HEADERS, out -> out.accept(example), ResultSheet.notes());
    }

    public TableStream compliance(Actor actor, int year, Long orgId) {
        List<UnitCompliance> units = training.compliance().compute(actor, year, orgId, LocalDate.now(training.clock()));
        UnitNames names = new UnitNames(orgs, actor);
        return new TableStream("学法达标情况-" + year + "年", "学法达标", COMPLIANCE_HEADERS, out -> {
            for (UnitCompliance u : units) {
                for (UnitCompliance.RuleResult r : u.rules()) {
                    int[] q = r.perQuarter();
                    out.accept(Arrays.asList(names.label(u.orgId()), u.orgKind().label(), r.label(), r.requirement(),
                            r.required(), r.due(), r.held(), q[0], q[1], q[2], q[3], r.compliant() ? "是" : "否"));
                }
            }
        });
    }

    /** A unit of the user's own for the template's example row, so the example imports as it is. */
    private String exampleUnit(Actor actor) {
        List<Org> visible = orgs.visible(actor);
        return visible.stream().filter(o -> actor.scopeOrgId() == null || o.id().equals(actor.scopeOrgId()))
                .findFirst().or(() -> visible.stream().findFirst())
                .map(o -> new UnitNames(orgs, actor).label(o.id())).orElse("某某县司法局");
    }

    private String name(String what, Integer year) {
        return TableStream.fileName(what, year, LocalDate.now(training.clock()));
    }
}
