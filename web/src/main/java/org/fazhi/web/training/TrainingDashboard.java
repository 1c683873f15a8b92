package org.fazhi.web.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.TestStats;
import org.fazhi.training.study.UnitCompliance;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/** This year's 学法 compliance and 任前考法 figures on the dashboard, for the user's own scope. */
final class TrainingDashboard implements DashboardPage.Section {
    private final LawTraining training;

    TrainingDashboard(LawTraining training) {
        this.training = training;
    }

    @Override
    public void addTo(CurrentUser user, PageModel page) {
        Actor actor = user.actor();
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        List<UnitCompliance> units = training.compliance().compute(actor, year, null, today);
        long ok = units.stream().filter(UnitCompliance::compliant).count();
        boolean inProgress = Years.quartersEnded(year, today) < 4;
        Map<String, Object> study = new LinkedHashMap<>();
        study.put("year", year);
        study.put("units", units.size());
        study.put("ok", ok);
        study.put("notOk", units.size() - ok);
        study.put("anyNotOk", units.size() > ok);
        study.put("notOkLabel", inProgress ? "进度落后" : "未达标");
        study.put("okLabel", inProgress ? "按进度达标" : "达标");
        study.put("none", units.isEmpty());
        page.put("study", study);

        TestStats stats = training.tests().stats(actor, year, null);
        Map<String, Object> exam = new LinkedHashMap<>();
        exam.put("year", year);
        exam.put("summary", stats.summary());
        exam.put("sittings", stats.sittings());
        exam.put("passRate", TrainingViews.percent(stats.passRate()));
        exam.put("firstPassRate", TrainingViews.percent(stats.firstPassRate()));
        exam.put("awaiting", training.tests().awaitingRetake(actor, year, null).size());
        page.put("exam", exam);
    }
}
