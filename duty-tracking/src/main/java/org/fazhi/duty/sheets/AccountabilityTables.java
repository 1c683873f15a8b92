package org.fazhi.duty.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.TableStream;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.UnitNames;

/**
 * The 述法 and 整改 lists as spreadsheets, with the list's filters. Both lists are small (a few
 * hundred rows a year), so they are read whole when the table is made — which also checks filters
 * and scope before the download starts.
 */
public final class AccountabilityTables {
    public static final List<String> LAW_REPORT_HEADERS = List.of("年度", "单位", "姓名", "述法方式", "述法日期", "评议等次", "得分", "备注");
    public static final List<String> RECTIFICATION_HEADERS = List.of("单位", "问题", "问题来源", "发现日期", "整改期限", "整改措施",
            "责任人", "状态", "是否逾期", "销号日期", "销号说明");

    private final OrgService orgs;
    private final DutyTracking duty;

    public AccountabilityTables(OrgService orgs, DutyTracking duty) {
        this.orgs = orgs;
        this.duty = duty;
    }

    public TableStream lawReports(Actor actor, LawReportFilter filter) {
        List<LawReport> all = PageResult.readAll(p -> duty.lawReports().list(actor, filter, p));
        UnitNames units = new UnitNames(orgs, actor);
        return new TableStream(name("年终述法", filter.year()), "年终述法", LAW_REPORT_HEADERS, out -> {
            for (LawReport r : all) {
                out.accept(Arrays.asList(r.year(), units.label(r.orgId()), r.personName(), r.way().label(),
                        r.reportedOn().toString(), r.rating() == null ? "" : r.rating().label(),
                        r.score() == null ? "" : BigDecimal.valueOf(r.score()).stripTrailingZeros().toPlainString(), blank(r.note())));
            }
        });
    }

    public TableStream rectifications(Actor actor, RectificationFilter filter) {
        List<Rectification> all = PageResult.readAll(p -> duty.rectifications().list(actor, filter, p));
        UnitNames units = new UnitNames(orgs, actor);
        return new TableStream(name("整改台账", filter.year()), "整改台账", RECTIFICATION_HEADERS, out -> {
            for (Rectification r : all) {
                out.accept(Arrays.asList(units.label(r.orgId()), r.problem(), blank(r.source()), r.foundOn().toString(),
                        r.deadline().toString(), blank(r.measures()), blank(r.responsible()), r.status().label(),
                        r.overdue() ? "是" : "否", r.closedOn() == null ? "" : r.closedOn().toString(),
                        blank(r.closingNote())));
            }
        });
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private String name(String what, Integer year) {
        return TableStream.fileName(what, year, LocalDate.now(duty.clock()));
    }
}
