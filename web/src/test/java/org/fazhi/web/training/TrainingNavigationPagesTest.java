package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/** The navigation links to the training ledgers, and the dashboard's figures for this year. */
class TrainingNavigationPagesTest extends TrainingPagesCase {
    @Test
    void theNavigationLinksTheLedgersAndTheDashboardShowsThisYearsFigures() {
        int year = THIS_YEAR;
        Org dept = org("首页考法局" + n(), OrgKind.DEPARTMENT, county.id());
        ExamBatch b = batch(dept, LocalDate.of(year, 1, 2));
        training.exams().addResults(Actor.SYSTEM, b.id(), List.of(result("首页合格", dept, 80.0, null),
                result("首页不合格", dept, 40.0, null)));
        String name = "dash-scoped" + n();
        server.createUser(name, Role.VIEWER, dept.id());
        Http scoped = Forms.signedIn(server, name);

        String home = text(scoped.get("/").body());
        assertTrue(home.contains("<a href=\"/study-sessions\" >学法台账</a>") && home.contains("<a href=\"/tests\" >任前考法</a>"),
                "the two entries are links now");
        assertFalse(home.contains("学法台账<small>待建</small>") || home.contains("任前考法<small>待建</small>"));
        assertTrue(home.contains("<a href=\"/duties\" >第一责任人</a>") && home.contains("<a href=\"/court-cases\" >出庭应诉</a>"),
                "duty-tracking is linked too");
        assertTrue(home.contains("<a href=\"/reports/annual\" >年度报告</a>"), "the annual report is linked too");
        assertTrue(home.contains("全年测试1批次2人"), "the summary sentence for the user's scope: " + home);
        assertTrue(home.contains("最终通过率 <strong>50.0%</strong>"), home);
        assertTrue(home.contains("待补考 1 人"));
        assertTrue(home.contains("学法达标"), "the study compliance card");
        assertTrue(home.contains("/ 1 个单位"), "one unit in this user's scope is judged: " + home);
        assertFalse(home.contains("尚未建成的部分"), "nothing is listed as pending any more");

        assertTrue(scoped.get("/study-sessions").body().contains("<a href=\"/study-sessions\" aria-current=\"page\">学法台账</a>"));
        assertTrue(scoped.get("/tests").body().contains("<a href=\"/tests\" aria-current=\"page\">任前考法</a>"));
    }
}
