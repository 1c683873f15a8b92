package org.fazhi.duty.sheets;

import java.util.Arrays;
import java.util.List;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyProgress;
import org.fazhi.duty.duties.PersonProgress;
import org.fazhi.duty.duties.UnitProgress;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.TableStream;

/**
 * The duty lists as spreadsheets. Filters and scope are checked while the table is made, so a
 * refusal is a proper 4xx before the download starts.
 */
public final class DutyTables {
    public static final List<String> ITEM_HEADERS = List.of("编号", "年度", "单位", "姓名", "职责代码", "职责事项", "频次", "依据",
            "截止日期", "状态", "不适用理由", "备注", "审核状态", "佐证材料数");
    public static final List<String> PROGRESS_HEADERS = List.of("单位", "姓名", "职责事项数", "已完成", "已逾期", "不适用",
            "完成率(%)");
    public static final List<String> UNIT_HEADERS = List.of("单位", "范围", "职责事项数", "已完成", "已逾期", "不适用", "完成率(%)");

    private final Duties duties;

    public DutyTables(Duties duties) {
        this.duties = duties;
    }

    public TableStream items(Actor actor, DutyFilter filter) {
        List<DutyItem> all = PageResult.readAll(p -> duties.items().list(actor, filter, p));
        String name = TableStream.fileName("第一责任人职责", filter.year(), duties.items().today());
        return new TableStream(name, "职责事项", ITEM_HEADERS, out -> {
            for (DutyItem i : all) {
                out.accept(Arrays.asList(i.id(), i.year(), i.orgName(), i.personName(), i.code(), i.title(),
                        i.frequency().label(), i.legalBasis(), i.dueDate(), i.status().label(), i.naReason(), i.note(),
                        i.reviewState().label(), i.evidenceCount()));
            }
        });
    }

    /** One row per leader, who is behind first; the units follow after an empty row when asked for. */
    public TableStream progress(Actor actor, int year, Long orgId, boolean units) {
        DutyProgress p = duties.progress().progress(actor, year, orgId);
        if (units) {
            return new TableStream("职责进度-单位-" + year + "年", "单位进度", UNIT_HEADERS, out -> {
                for (UnitProgress u : p.units()) {
                    out.accept(Arrays.asList(u.orgName(), u.own() ? "本单位" : "含下属单位", u.total(), u.done(), u.overdue(),
                            u.notApplicable(), u.rate().value()));
                }
                out.accept(Arrays.asList("合计", null, p.total().total(), p.total().done(), p.total().overdue(),
                        p.total().notApplicable(), p.total().rate().value()));
            });
        }
        return new TableStream("职责进度-" + year + "年", "职责进度", PROGRESS_HEADERS, out -> {
            for (PersonProgress r : p.people()) {
                out.accept(Arrays.asList(r.orgName(), r.personName(), r.total(), r.done(), r.overdue(), r.notApplicable(),
                        r.rate().value()));
            }
        });
    }
}
