package org.fazhi.web.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.calc.Percent;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamStats;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.UnitCompliance;
import org.fazhi.web.dashboard.Change.Better;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * The 学法 and 任前考法 figures of the chosen year and unit, each beside last year's: study-quota
 * compliance (on pace while the year runs), sessions held with the chart by quarter, and the
 * year's tests (batches, people, pass rates, people awaiting a retake).
 */
public record TrainingDashboard(LawTraining training) implements DashboardPage.Section {
    @Override
    public void addTo(DashboardPage.Choice c, PageModel page) {
        Actor actor = c.actor();
        Integer last = c.lastYear();
        Map<StudyKind, long[]> held = training.compliance().heldByQuarter(actor, c.year(), c.orgId());
        Map<StudyKind, long[]> heldBefore = last == null ? Map.of() : training.compliance().heldByQuarter(actor, last, c.orgId());
        page.put("study", study(c, held, heldBefore));
        page.put("studyChart", StudyChart.of(c, held, heldBefore));
        page.put("exam", exam(c));
    }

    private Map<String, Object> study(DashboardPage.Choice c, Map<StudyKind, long[]> held,
                                      Map<StudyKind, long[]> heldBefore) {
        Actor actor = c.actor();
        List<UnitCompliance> units = training.compliance().compute(actor, c.year(), c.orgId(), c.today());
        long ok = units.stream().filter(UnitCompliance::compliant).count();
        Percent rate = Percent.of(ok, units.size());
        Percent rateBefore = null;
        if (c.lastYear() != null) {
            List<UnitCompliance> before = training.compliance().compute(actor, c.lastYear(), c.orgId(), c.today());
            rateBefore = Percent.of(before.stream().filter(UnitCompliance::compliant).count(), before.size());
        }
        boolean inProgress = c.inProgress();
        long sessions = StudyChart.total(held);
        long sessionsBefore = StudyChart.total(heldBefore);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("none", units.isEmpty());
        m.put("units", units.size());
        m.put("ok", ok);
        m.put("notOk", units.size() - ok);
        m.put("anyNotOk", units.size() > ok);
        m.put("okLabel", inProgress ? "按进度达标" : "达标");
        m.put("notOkLabel", inProgress ? "进度落后" : "未达标");
        m.put("rate", rate.text());
        m.put("rateChange", Change.points(rate.value(), rateBefore == null ? null : rateBefore.value(), Better.HIGHER));
        m.put("sessions", sessions);
        m.put("anySessions", sessions > 0);
        m.put("sessionsChange", Change.count(sessions, sessionsBefore == 0 ? null : sessionsBefore, "次", Better.HIGHER));
        m.put("boardHref", Links.to("/study-sessions/compliance", c));
        m.put("behindHref", Links.to("/study-sessions/compliance", c, "behind", "1"));
        m.put("sessionsHref", Links.to("/study-sessions", c));
        return m;
    }

    private Map<String, Object> exam(DashboardPage.Choice c) {
        Actor actor = c.actor();
        ExamStats stats = training.exams().stats(actor, c.year(), c.orgId());
        ExamStats before = c.lastYear() == null ? null : training.exams().stats(actor, c.lastYear(), c.orgId());
        boolean beforeHasData = before != null && before.batches() > 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("none", stats.batches() == 0);
        m.put("summary", stats.summary());
        m.put("peopleChange", Change.count(stats.people(), beforeHasData ? before.people() : null, "人", Better.NEITHER));
        m.put("passRate", Figures.percent(stats.passRate()));
        m.put("passChange", Change.points(stats.passRate(), beforeHasData ? before.passRate() : null, Better.HIGHER));
        m.put("firstPassRate", Figures.percent(stats.firstPassRate()));
        int awaiting = training.exams().awaitingRetake(actor, c.year(), c.orgId()).size();
        m.put("awaiting", awaiting);
        m.put("anyAwaiting", awaiting > 0);
        m.put("href", Links.to("/tests", c));
        m.put("awaitingHref", Links.to("/tests", c) + "#awaiting");
        return m;
    }
}
