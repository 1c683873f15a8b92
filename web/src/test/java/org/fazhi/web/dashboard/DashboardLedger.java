package org.fazhi.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.TestServer;

/**
 * The ledger {@link DashboardTest} reads: two finished years of data built through the services of a test
 * server pinned in {@link #NOW}, a county government with two departments. Every figure the test expects is
 * counted by hand from the data in {@link #build()}.
 */
final class DashboardLedger {
    /**
     * "This year" (in progress); the two finished years are {@link #Y} and {@link #P}, so pace and overdue
     * do not depend on the day the test runs.
     */
    static final int NOW = 2025;
    static final int Y = NOW - 1;
    static final int P = NOW - 2;

    private final TestServer server;
    private final DutyTracking duty;
    private final LawTraining training;
    /** The cases numbered so far. */
    private int caseNo;
    Org county;
    Org mine;
    Org other;

    DashboardLedger(TestServer server) {
        this.server = server;
        this.duty = server.server().duty();
        this.training = server.server().training();
    }

    /** Creates the units and their data; the comments say what each year holds. */
    DashboardLedger build() {
        county = org("看板县人民政府", OrgKind.COUNTY_GOV, null);
        mine = org("看板县司法局", OrgKind.DEPARTMENT, county.id());
        other = org("看板县公安局", OrgKind.DEPARTMENT, county.id());
        for (Org o : List.of(mine, other)) {
            server.services().people().create(Actor.SYSTEM, new Person(null, o.id(), o.name() + "局长", "局长",
                    LeaderCategory.PRINCIPAL, 0));
        }

        // 学法. Rules: the county holds 4 常务会议会前学法 a year, a department 2 集体学法.
        // Year Y: county 4 (Q1, Q1, Q2, Q4) ok; mine 集体 Q1, Q3 + 书面 Q2 ok; other 集体 Q4 only, behind.
        for (int m : new int[] {1, 2, 5, 11}) {
            session(county, LocalDate.of(Y, m, 10), StudyKind.EXEC_MEETING);
        }
        session(mine, LocalDate.of(Y, 3, 1), StudyKind.COLLECTIVE);
        session(mine, LocalDate.of(Y, 4, 1), StudyKind.WRITTEN);
        session(mine, LocalDate.of(Y, 9, 1), StudyKind.COLLECTIVE);
        session(other, LocalDate.of(Y, 12, 1), StudyKind.COLLECTIVE);
        // Year P: county 3 (Q1, Q2, Q3) behind; mine 集体 Q2 behind; other 集体 Q3, Q4 ok.
        for (int m : new int[] {2, 6, 8}) {
            session(county, LocalDate.of(P, m, 10), StudyKind.EXEC_MEETING);
        }
        session(mine, LocalDate.of(P, 5, 1), StudyKind.COLLECTIVE);
        session(other, LocalDate.of(P, 7, 1), StudyKind.COLLECTIVE);
        session(other, LocalDate.of(P, 10, 1), StudyKind.COLLECTIVE);

        // 任前考法. Y: mine 3 people, 2 pass (one awaits a retake); other 1 passes. P: mine 2 people, 1 passes.
        results(mine, LocalDate.of(Y, 4, 2), 80.0, 40.0, 70.0);
        results(other, LocalDate.of(Y, 6, 2), 90.0);
        results(mine, LocalDate.of(P, 4, 2), 50.0, 90.0);

        // 出庭应诉. Y: mine 2 heard, head at 1; other 1 heard, head there. P: mine 1 heard, no head.
        // Y-3: mine 1 heard, head there; Y-4 and Y-2: nothing (gaps in the trend).
        hearing(mine, Y, true);
        hearing(mine, Y, false);
        hearing(other, Y, true);
        hearing(mine, P, false);
        hearing(mine, Y - 3, true);

        // 第一责任人. Y: mine 2 done, 1 submitted for review, the rest open; other nothing done.
        // P: each unit 1 done. Every due date of a finished year has passed, so open items are overdue.
        duty.duties().plans().plan(Actor.SYSTEM, Y, null);
        duty.duties().plans().plan(Actor.SYSTEM, P, null);
        List<DutyItem> mineY = items(Y, mine);
        approve(mineY.get(0), Y);
        approve(mineY.get(1), Y);
        duty.duties().evidence().addNote(Actor.SYSTEM, mineY.get(2).id(), "情况说明", "进行中", LocalDate.of(Y, 6, 1));
        duty.duties().reviews().submit(Actor.SYSTEM, mineY.get(2).id(), null);
        approve(items(P, mine).get(0), P);
        approve(items(P, other).get(0), P);

        // 整改. Y: mine 1 closed, 2 open past deadline; other 1 open past deadline. P: mine 1 closed, 1 open.
        rectification(mine, Y, "司法局问题一", true);
        rectification(mine, Y, "司法局问题二", false);
        rectification(mine, Y, "司法局问题三", false);
        rectification(other, Y, "公安局问题一", false);
        rectification(mine, P, "司法局旧问题一", true);
        rectification(mine, P, "司法局旧问题二", false);
        return this;
    }

    private Org org(String name, OrgKind kind, Long parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent));
    }

    private void session(Org org, LocalDate date, StudyKind kind) {
        training.sessions().create(Actor.SYSTEM, new StudySession(null, org.id(), date, kind, "学习行政复议法",
                List.of("中华人民共和国行政复议法"), "主讲人", null, 60, 10, 9, null, 0), null);
    }

    private void results(Org org, LocalDate date, double... scores) {
        ExamBatch b = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, org.id(), date, Track.NON_NPC, "A卷",
                100, 60, ExamMode.WRITTEN, null, 0));
        List<ExamResult> rs = new ArrayList<>();
        for (double s : scores) {
            rs.add(new ExamResult(null, 0, org.name() + "考生" + date.getYear() + "-" + (int) s, null, org.id(), "科员",
                    "副科长", s, false, null, null));
        }
        training.exams().addResults(Actor.SYSTEM, b.id(), rs);
    }

    private void hearing(Org org, int year, boolean appeared) {
        CourtCase c = duty.courtCases().create(Actor.SYSTEM, CourtCase.draft("(" + year + ")看行初" + (++caseNo) + "号",
                "看板县人民法院", Instance.FIRST, org.id(), "行政处罚", LocalDate.of(year, 1, 5)));
        LocalDate date = LocalDate.of(year, 3, 20);
        duty.courtCases().addHearing(Actor.SYSTEM, c.id(), appeared
                ? Hearing.appeared(date, date.minusDays(7), "张局长", "局长", LeaderCategory.PRINCIPAL, true)
                : Hearing.absent(date, date.minusDays(7), AbsenceReason.NONE, "法制科科长", false));
    }

    private List<DutyItem> items(int year, Org org) {
        return duty.duties().items().list(Actor.SYSTEM, DutyFilter.year(year).withOrg(org.id()), new Page(100, 0)).items();
    }

    private void approve(DutyItem item, int year) {
        duty.duties().evidence().addNote(Actor.SYSTEM, item.id(), "情况说明", "已完成", LocalDate.of(year, 6, 1));
        duty.duties().reviews().submit(Actor.SYSTEM, item.id(), null);
        duty.duties().reviews().approve(Actor.SYSTEM, item.id(), "同意");
    }

    private void rectification(Org org, int year, String problem, boolean closed) {
        Rectification r = duty.rectifications().create(Actor.SYSTEM, Rectification.draft(org.id(), problem,
                year + "年法治政府建设督察", LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 30), null, "张三"));
        if (closed) {
            r = duty.rectifications().markRectified(Actor.SYSTEM, r.id(), r.version(), "已建立制度", null);
            duty.rectifications().close(Actor.SYSTEM, r.id(), r.version(), "核查属实");
        }
    }
}
