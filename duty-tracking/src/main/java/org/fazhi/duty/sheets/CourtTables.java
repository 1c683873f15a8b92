package org.fazhi.duty.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.CaseExport;
import org.fazhi.duty.court.CaseFilter;
import org.fazhi.duty.court.Flagged;
import org.fazhi.duty.court.Period;
import org.fazhi.duty.court.RateFigures;
import org.fazhi.duty.court.UnitRate;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.sheets.TableStream;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.UnitNames;

/**
 * The court lists as spreadsheets: the hearings of a case list in the import's columns (so an export
 * imports again), the import template, and the ranking table. Filters and scope are checked when the
 * table is made, so a refusal is a proper 4xx; hearings are streamed while the file is written.
 */
public final class CourtTables {
    private final OrgService orgs;
    private final DutyTracking duty;

    public CourtTables(OrgService orgs, DutyTracking duty) {
        this.orgs = orgs;
        this.duty = duty;
    }

    public TableStream cases(Actor actor, CaseFilter filter) {
        UnitNames units = new UnitNames(orgs, actor);
        CaseExport.Selection selection = duty.courtCases().export(actor, filter);
        String name = TableStream.fileName("出庭应诉", filter.year(), LocalDate.now(duty.clock()));
        return new TableStream(name, "出庭应诉", CourtSheet.HEADERS,
                out -> selection.forEach(line -> out.accept(CourtSheet.row(line, units))));
    }

    public TableStream template(Actor actor) {
        List<List<Object>> example = CourtSheet.example(exampleUnit(actor), LocalDate.now(duty.clock()));
        return new TableStream("出庭应诉导入模板", "出庭应诉", CourtSheet.HEADERS, out -> example.forEach(out),
                CourtSheet.notes());
    }

    /** The ranking of the period, one line per unit, then the total; with the 约谈 reasons. */
    public TableStream ranking(Actor actor, Period period, Long orgId) {
        AppearanceRates r = duty.appearance().rates(actor, period, orgId);
        Map<Long, String> reasons = r.flagged().stream()
                .collect(Collectors.toMap(Flagged::orgId, f -> String.join(";", f.reasons())));
        List<String> headers = List.of("排名", "单位", r.denominator().label(), "负责人出庭", "出庭率", "正职出庭", "正职出庭率",
                "负责人发言", "出声率", "已审结", "败诉", "败诉率", "无正当理由未出庭(次)", "约谈原因");
        List<List<Object>> rows = new ArrayList<>();
        for (UnitRate u : r.byOrg()) {
            rows.add(line(u.rank(), u.orgName(), u.figures(), reasons.get(u.orgId())));
        }
        rows.add(line(null, "合计", r.total(), null));
        return new TableStream("出庭应诉排名-" + period.label(), "出庭率排名", headers, out -> rows.forEach(out));
    }

    private static List<Object> line(Integer rank, String name, RateFigures f, String reasons) {
        return Arrays.asList(rank, name, f.heard(), f.appeared(), f.rateText(), f.principalAppeared(),
                f.principalRate().text(), f.spoke(), f.speakRate().text(), f.concluded(), f.lost(), f.lossRate().text(),
                f.noShows(), reasons);
    }

    /** A unit of the user's own for the template's example rows, so the example imports as it is. */
    private String exampleUnit(Actor actor) {
        List<Org> visible = orgs.visible(actor);
        return visible.stream().filter(o -> actor.scopeOrgId() == null || o.id().equals(actor.scopeOrgId()))
                .findFirst().or(() -> visible.stream().findFirst())
                .map(o -> new UnitNames(orgs, actor).label(o.id())).orElse("某某县司法局");
    }
}
