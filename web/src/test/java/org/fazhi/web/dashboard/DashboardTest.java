package org.fazhi.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.dashboard.chart.SvgDoc;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The dashboard over real HTTP, on two finished years of data built through the services: a county
 * government with two departments, a viewer scoped to one of them. Every expected figure below is
 * counted by hand from the data in {@link #build()}.
 */
class DashboardTest {
    /**
     * The duty catalogue (2016 version) has seven duties, each one item per PRINCIPAL leader; the two
     * 政府常务会议 duties bind governments' heads only, so each department's head here has five items.
     */
    private static final int DUTIES = 7;

    // Pinned, so "this year" is 2025 (in progress) and the two finished years are 2024 and 2023.
    @AutoClose
    private static final TestServer server = new TestServer(TestClock.on(2025, 3, 20));
    private static final DutyTracking duty = server.server().duty();
    private static final LawTraining training = server.server().training();
    private static final int now = 2025;
    private static final int y = now - 1;
    private static final int p = now - 2;
    private static Org county;
    private static Org mine;
    private static Org other;
    /** Two finished years, so pace and overdue do not depend on the day the test runs. */
    private static int caseNo;

    @BeforeAll
    static void start() {
        build();
        server.createUser("dash-viewer", Role.VIEWER, mine.id());
    }

    private static void build() {
        county = org("看板县人民政府", OrgKind.COUNTY_GOV, null);
        mine = org("看板县司法局", OrgKind.DEPARTMENT, county.id());
        other = org("看板县公安局", OrgKind.DEPARTMENT, county.id());
        for (Org o : List.of(mine, other)) {
            server.services().people().create(Actor.SYSTEM, new Person(null, o.id(), o.name() + "局长", "局长",
                    LeaderCategory.PRINCIPAL, 0));
        }

        // 学法. Rules: the county holds 4 常务会议会前学法 a year, a department 2 集体学法.
        // Year y: county 4 (Q1, Q1, Q2, Q4) ok; mine 集体 Q1, Q3 + 书面 Q2 ok; other 集体 Q4 only, behind.
        for (int m : new int[] {1, 2, 5, 11}) {
            session(county, LocalDate.of(y, m, 10), StudyKind.EXEC_MEETING);
        }
        session(mine, LocalDate.of(y, 3, 1), StudyKind.COLLECTIVE);
        session(mine, LocalDate.of(y, 4, 1), StudyKind.WRITTEN);
        session(mine, LocalDate.of(y, 9, 1), StudyKind.COLLECTIVE);
        session(other, LocalDate.of(y, 12, 1), StudyKind.COLLECTIVE);
        // Year p: county 3 (Q1, Q2, Q3) behind; mine 集体 Q2 behind; other 集体 Q3, Q4 ok.
        for (int m : new int[] {2, 6, 8}) {
            session(county, LocalDate.of(p, m, 10), StudyKind.EXEC_MEETING);
        }
        session(mine, LocalDate.of(p, 5, 1), StudyKind.COLLECTIVE);
        session(other, LocalDate.of(p, 7, 1), StudyKind.COLLECTIVE);
        session(other, LocalDate.of(p, 10, 1), StudyKind.COLLECTIVE);

        // 任前考法. y: mine 3 people, 2 pass (one awaits a retake); other 1 passes. p: mine 2 people, 1 passes.
        results(mine, LocalDate.of(y, 4, 2), 80.0, 40.0, 70.0);
        results(other, LocalDate.of(y, 6, 2), 90.0);
        results(mine, LocalDate.of(p, 4, 2), 50.0, 90.0);

        // 出庭应诉. y: mine 2 heard, head at 1; other 1 heard, head there. p: mine 1 heard, no head.
        // y-3: mine 1 heard, head there; y-4 and y-2: nothing (gaps in the trend).
        hearing(mine, y, true);
        hearing(mine, y, false);
        hearing(other, y, true);
        hearing(mine, p, false);
        hearing(mine, y - 3, true);

        // 第一责任人. y: mine 2 done, 1 submitted for review, the rest open; other nothing done.
        // p: each unit 1 done. Every due date of a finished year has passed, so open items are overdue.
        duty.duties().plans().plan(Actor.SYSTEM, y, null);
        duty.duties().plans().plan(Actor.SYSTEM, p, null);
        List<DutyItem> mineY = items(y, mine);
        approve(mineY.get(0), y);
        approve(mineY.get(1), y);
        duty.duties().evidence().addNote(Actor.SYSTEM, mineY.get(2).id(), "情况说明", "进行中", LocalDate.of(y, 6, 1));
        duty.duties().reviews().submit(Actor.SYSTEM, mineY.get(2).id(), null);
        approve(items(p, mine).get(0), p);
        approve(items(p, other).get(0), p);

        // 整改. y: mine 1 closed, 2 open past deadline; other 1 open past deadline. p: mine 1 closed, 1 open.
        rectification(mine, y, "司法局问题一", true);
        rectification(mine, y, "司法局问题二", false);
        rectification(mine, y, "司法局问题三", false);
        rectification(other, y, "公安局问题一", false);
        rectification(mine, p, "司法局旧问题一", true);
        rectification(mine, p, "司法局旧问题二", false);
    }

    // ---- the figures ----

    @Test
    void aScopedViewerSeesTheirSubtreesFiguresWithTheChangeFromLastYear() {
        assertEquals(DUTIES, duty.duties().catalog().forYear(y).entries().size());
        String home = page(viewer().get("/?year=" + y));

        String study = card(home, "学法达标");
        assertTrue(study.contains("<span class=\"big\">1</span> / 1 个单位<span class=\"status st-pace\">达标</span>"), study);
        assertTrue(study.contains("达标率 <strong>100.0%</strong> <span class=\"change ch-good\">较上年 +100.0 个百分点</span>"), study);
        assertTrue(study.contains(">全年学法 3 次</a> <span class=\"change ch-good\">较上年 +2 次</span>"), study);

        String exam = card(home, "任前考法");
        assertTrue(exam.contains("最终通过率 <strong>66.7%</strong> <span class=\"change ch-good\">较上年 +16.7 个百分点</span>"), exam);
        assertTrue(exam.contains("<strong>全年测试1批次3人</strong> <span class=\"change ch-flat\">较上年 +1 人</span>"), exam);
        assertTrue(exam.contains("待补考 1 人"), exam);

        String duties = card(home, "第一责任人职责");
        assertTrue(duties.contains("40.0%</span> 完成率 · 2 / 5 项 <span class=\"change ch-good\">较上年 +20.0 个百分点</span>"), duties);
        assertTrue(duties.contains("<span class=\"status st-behind\">逾期</span> 3 项</a> <span class=\"change ch-good\">较上年 −1 项</span>"), duties);
        assertTrue(duties.contains("待审核 1 项"), duties);
        assertTrue(duties.contains("年终述法 0 / 1 人</a>(0.0%) <span class=\"change ch-none\">上年无数据</span>"), duties);

        String court = card(home, "负责人出庭应诉");
        assertTrue(court.contains("50.0%</span> 出庭率 <span class=\"change ch-good\">较上年 +50.0 个百分点</span>"), court);
        assertTrue(court.contains("已开庭 2 件,负责人出庭 1 件 <span class=\"change ch-flat\">已开庭较上年 +1 件</span>"), court);
        assertTrue(court.contains("拟约谈</span> 1 个单位"), court);

        String rectify = card(home, "整改");
        assertTrue(rectify.contains("<span class=\"big\">2</span> 项未销号 <span class=\"change ch-bad\">较上年 +1 项</span>"), rectify);
        assertTrue(rectify.contains("逾期</span> 2 项</a> <span class=\"change ch-bad\">较上年 +1 项</span>"), rectify);
        assertTrue(rectify.contains("已销号 1 / 3 项</a>(33.3%) <span class=\"change ch-bad\">较上年 −16.7 个百分点</span>"), rectify);

        assertFalse(home.contains("看板县公安局"), "nothing of the other department, not even in the unit picker");
        assertEquals(List.of(String.valueOf(mine.id())), optionValues(home, "orgId").subList(1, 2));
    }

    @Test
    void theAdminSeesTheWholeCountyAndTheSameUnitAsTheViewerWhenChoosingIt() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String home = page(admin.get("/?year=" + y));
        assertTrue(card(home, "学法达标").contains("<span class=\"big\">2</span> / 3 个单位"), home);
        assertTrue(card(home, "学法达标").contains("达标率 <strong>66.7%</strong> <span class=\"change ch-good\">较上年 +33.4 个百分点</span>"));
        assertTrue(card(home, "学法达标").contains("<span class=\"status st-behind\">未达标</span> 1 个单位</a>"), "the other department");
        assertTrue(card(home, "任前考法").contains("<strong>全年测试2批次4人</strong> <span class=\"change ch-flat\">较上年 +2 人</span>"));
        assertTrue(card(home, "任前考法").contains("最终通过率 <strong>75.0%</strong> <span class=\"change ch-good\">较上年 +25.0 个百分点</span>"));
        assertTrue(card(home, "第一责任人职责").contains("20.0%</span> 完成率 · 2 / 10 项 <span class=\"change ch-flat\">与上年持平</span>"),
                card(home, "第一责任人职责"));
        assertTrue(card(home, "第一责任人职责").contains("逾期</span> 8 项</a> <span class=\"change ch-flat\">与上年持平</span>"));
        assertTrue(card(home, "负责人出庭应诉").contains("66.7%</span> 出庭率 <span class=\"change ch-good\">较上年 +66.7 个百分点</span>"));
        assertTrue(card(home, "整改").contains("<span class=\"big\">3</span> 项未销号 <span class=\"change ch-bad\">较上年 +2 项</span>"));
        assertTrue(card(home, "整改").contains("已销号 1 / 4 项</a>(25.0%) <span class=\"change ch-bad\">较上年 −25.0 个百分点</span>"));

        // The admin choosing the viewer's unit sees the viewer's figures (the links also carry the unit).
        String chosen = page(admin.get("/?year=" + y + "&orgId=" + mine.id())).replace("&orgId=" + mine.id(), "");
        String viewers = page(viewer().get("/?year=" + y));
        for (String title : List.of("学法达标", "任前考法", "第一责任人职责", "负责人出庭应诉", "整改")) {
            assertEquals(card(viewers, title), card(chosen, title), title);
        }
        assertTrue(chosen.contains("<option value=\"" + mine.id() + "\" selected>"), "the picker shows the chosen unit");
        assertTrue(chosen.contains("<option value=\"" + y + "\" selected>"));
    }

    @Test
    void switchingTheYearShowsThatYearAndSaysWhenTheYearBeforeHasNoData() {
        String home = page(viewer().get("/?year=" + p));
        assertTrue(home.contains("<option value=\"" + p + "\" selected>"));
        assertTrue(card(home, "任前考法").contains("最终通过率 <strong>50.0%</strong> <span class=\"change ch-none\">上年无数据</span>"),
                card(home, "任前考法"));
        assertTrue(card(home, "任前考法").contains("全年测试1批次2人"));
        assertTrue(card(home, "负责人出庭应诉").contains("0.0%</span> 出庭率 <span class=\"change ch-none\">上年无数据</span>"));
        assertTrue(card(home, "第一责任人职责").contains("20.0%</span> 完成率 · 1 / 5 项 <span class=\"change ch-none\">上年无数据</span>"));
        assertTrue(card(home, "整改").contains("<span class=\"big\">1</span> 项未销号 <span class=\"change ch-none\">上年无数据</span>"));
        assertTrue(card(home, "学法达标").contains(">全年学法 1 次</a> <span class=\"change ch-none\">上年无数据</span>"));
        // The study quota is judged in every year the unit exists in the ledger: 0 of 1 then as now.
        assertTrue(card(home, "学法达标").contains("达标率 <strong>0.0%</strong> <span class=\"change ch-flat\">与上年持平</span>"));

        // Without ?year= the dashboard shows this year, in which nothing has been entered yet.
        String current = page(viewer().get("/"));
        assertTrue(current.contains("<option value=\"" + now + "\" selected>"));
        assertTrue(current.contains("2025年(截至 2025-03-20,学法按进度考核)"), "this year is still in progress");
        assertFalse(home.contains("截至"), "a past year is judged on its total");
        assertTrue(card(current, "负责人出庭应诉").contains(now + "年范围内还没有已开庭的行政诉讼案件。"));
        assertTrue(card(current, "任前考法").contains(now + "年范围内没有任前法律知识测试记录。"));
    }

    @Test
    void everyFigureLinksToTheListBehindItWithTheYearAndUnit() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String home = page(admin.get("/?year=" + y + "&orgId=" + mine.id()));
        String q = "year=" + y + "&orgId=" + mine.id();
        List<String> expected = List.of("/study-sessions/compliance?" + q, "/study-sessions?" + q, "/tests?" + q,
                "/tests?" + q + "#awaiting", "/duties?" + q, "/duties/items?" + q + "&status=OVERDUE",
                "/duties/items?" + q + "&reviewState=SUBMITTED", "/duties/law-reports?" + q, "/court-cases/ranking?" + q,
                "/court-cases/ranking?" + q + "#flagged", "/court-cases?" + q, "/rectifications?" + q,
                "/rectifications?" + q + "&status=OVERDUE", "/people?category=PRINCIPAL&orgId=" + mine.id());
        List<String> links = hrefs(home);
        for (String href : expected) {
            assertTrue(links.contains(href), href + " not among " + links);
            String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            assertEquals(200, admin.get(path).status(), path);
        }
        // The overdue link opens exactly the items the figure counted.
        String overdue = admin.get("/rectifications?" + q + "&status=OVERDUE").body();
        assertTrue(overdue.contains("司法局问题二") && overdue.contains("司法局问题三"));
        assertFalse(overdue.contains("司法局问题一") || overdue.contains("公安局问题一") || overdue.contains("旧问题"));
    }

    @Test
    void aUnitOutsideTheScopeOrUnknownAndABadYearAreRefused() {
        Http viewer = viewer();
        assertEquals(403, viewer.get("/?orgId=" + other.id()).status());
        assertEquals(404, viewer.get("/?orgId=999999").status());
        assertEquals(400, viewer.get("/?year=abc").status());
        assertEquals(400, viewer.get("/?year=1999").status());
        assertEquals(400, viewer.get("/?orgId=x").status());
    }

    // ---- the charts ----

    @Test
    void theChartsAreAccessibleSvgWhoseTablesHoldTheHandCountedNumbers() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String home = page(admin.get("/?year=" + y));

        String units = figure(home, "chart-court-units");
        SvgDoc bars = SvgDoc.parse(svg(units));
        assertEquals("img", bars.root().getAttribute("role"));
        assertTrue(bars.labelText().startsWith(y + "年各单位负责人出庭率 "), bars.labelText());
        assertEquals(List.of("看板县公安局", "看板县司法局"),
                bars.withClass("text", "label").stream().map(SvgDoc::ownText).toList(), "highest rate first");
        assertEquals(List.of("100.0%", "50.0%"), bars.withClass("text", "value").stream().map(SvgDoc::ownText).toList());
        List<Element> rects = bars.withClass("rect", "bar");
        assertEquals(SvgDoc.num(rects.get(0), "width") / 2, SvgDoc.num(rects.get(1), "width"), 0.11);
        assertEquals(List.of(rects.get(1)), bars.withClass("rect", "low"), "the unit under the 80% line is marked");
        assertEquals("约谈线 80.0%", SvgDoc.ownText(bars.withClass("text", "threshold").get(0)));
        assertEquals(List.of(List.of("看板县公安局", "1", "1", "1", "100.0%"), List.of("看板县司法局", "2", "2", "1", "50.0%")),
                tableRows(units));

        String trend = figure(home, "chart-court-trend");
        SvgDoc line = SvgDoc.parse(svg(trend));
        assertEquals(3, line.all("circle").size(), "three years with hearings");
        assertEquals(2, line.withClass("text", "nodata").size(), "two without: gaps, not zeros");
        assertEquals(List.of(List.of((y - 4) + "年", "0", "0", "无数据"), List.of((y - 3) + "年", "1", "1", "100.0%"),
                List.of((y - 2) + "年", "0", "0", "无数据"), List.of(p + "年", "1", "0", "0.0%"),
                List.of(y + "年", "3", "2", "66.7%")), tableRows(trend));

        String study = figure(home, "chart-study-quarters");
        SvgDoc columns = SvgDoc.parse(svg(study));
        assertEquals(List.of("常务会议会前学法", "集体学法", "书面学法", p + "年(合计)"),
                columns.withClass("text", "legend").stream().map(SvgDoc::ownText).toList());
        assertEquals(List.of("3", "1", "2", "2", "1", "2", "2", "1"),
                columns.withClass("text", "value").stream().map(SvgDoc::ownText).toList(), "this year and last, per quarter");
        assertEquals(List.of(List.of("一季度", "2", "1", "0", "3", "1"), List.of("二季度", "1", "0", "1", "2", "2"),
                List.of("三季度", "0", "1", "0", "1", "2"), List.of("四季度", "1", "1", "0", "2", "1"),
                List.of("全年", "4", "3", "1", "8", "6")), tableRows(study));
        assertTrue(study.contains("<th scope=\"col\">" + y + "年合计</th><th scope=\"col\">" + p + "年合计</th>"), study);
    }

    @Test
    void theViewersChartsCoverTheirUnitOnly() {
        String home = page(viewer().get("/?year=" + y));
        assertEquals(List.of(List.of("看板县司法局", "1", "2", "1", "50.0%")), tableRows(figure(home, "chart-court-units")));
        assertEquals(List.of(List.of("一季度", "1", "0", "1", "0"), List.of("二季度", "0", "1", "1", "1"),
                List.of("三季度", "1", "0", "1", "0"), List.of("四季度", "0", "0", "0", "0"),
                List.of("全年", "2", "1", "3", "1")), tableRows(figure(home, "chart-study-quarters")));
        List<List<String>> trend = tableRows(figure(home, "chart-court-trend"));
        assertEquals(List.of(y + "年", "2", "1", "50.0%"), trend.get(4));
        for (String id : List.of("chart-court-units", "chart-court-trend", "chart-study-quarters")) {
            SvgDoc.parse(svg(figure(home, id)));
        }
    }

    @Test
    void anEmptyLedgerSaysThereIsNoDataInsteadOfShowingZeros() {
        try (TestServer empty = new TestServer()) {
            String home = page(Forms.signedIn(empty, TestServer.ADMIN).get("/"));
            assertTrue(home.contains("还没有任何单位"));
            String figures = home.substring(home.indexOf("<section class=\"grid dash-figures\""),
                    home.indexOf("<section class=\"dash-charts\""));
            assertTrue(figures.contains("范围内没有适用学法规则的单位"), figures);
            assertTrue(figures.contains("范围内没有学法记录"));
            assertTrue(figures.contains("范围内没有任前法律知识测试记录"));
            assertTrue(figures.contains("范围内还没有职责事项"));
            assertTrue(figures.contains("范围内还没有已开庭的行政诉讼案件"));
            assertTrue(figures.contains("范围内没有发现或到期的整改事项"));
            assertFalse(figures.contains("class=\"big\""), "no headline figure at all: " + figures);
            assertFalse(figures.contains("%"), "no rate, not even 0%: " + figures);
            assertFalse(figures.contains("较上年"));
            assertFalse(home.contains("<svg"), "no chart drawn from nothing");
            assertTrue(home.contains("范围内没有已开庭的行政诉讼案件,无法按单位比较出庭率。"));
            assertTrue(home.contains("范围内都没有已开庭的行政诉讼案件。"));
            assertTrue(home.contains("范围内都没有学法记录。"));
        }
    }

    // ---- helpers: data ----

    private static Http viewer() {
        return Forms.signedIn(server, "dash-viewer");
    }

    private static Org org(String name, OrgKind kind, Long parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent));
    }

    private static void session(Org org, LocalDate date, StudyKind kind) {
        training.sessions().create(Actor.SYSTEM, new StudySession(null, org.id(), date, kind, "学习行政复议法",
                List.of("中华人民共和国行政复议法"), "主讲人", null, 60, 10, 9, null, 0), null);
    }

    private static void results(Org org, LocalDate date, double... scores) {
        ExamBatch b = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, org.id(), date, Track.NON_NPC, "A卷",
                100, 60, ExamMode.WRITTEN, null, 0));
        List<ExamResult> rs = new ArrayList<>();
        for (double s : scores) {
            rs.add(new ExamResult(null, 0, org.name() + "考生" + date.getYear() + "-" + (int) s, null, org.id(), "科员",
                    "副科长", s, false, null, null));
        }
        training.exams().addResults(Actor.SYSTEM, b.id(), rs);
    }

    private static void hearing(Org org, int year, boolean appeared) {
        CourtCase c = duty.courtCases().create(Actor.SYSTEM, CourtCase.draft("(" + year + ")看行初" + (++caseNo) + "号",
                "看板县人民法院", Instance.FIRST, org.id(), "行政处罚", LocalDate.of(year, 1, 5)));
        LocalDate date = LocalDate.of(year, 3, 20);
        duty.courtCases().addHearing(Actor.SYSTEM, c.id(), appeared
                ? Hearing.appeared(date, date.minusDays(7), "张局长", "局长", LeaderCategory.PRINCIPAL, true)
                : Hearing.absent(date, date.minusDays(7), AbsenceReason.NONE, "法制科科长", false));
    }

    private static List<DutyItem> items(int year, Org org) {
        return duty.duties().items().list(Actor.SYSTEM, DutyFilter.year(year).withOrg(org.id()), new Page(100, 0)).items();
    }

    private static void approve(DutyItem item, int year) {
        duty.duties().evidence().addNote(Actor.SYSTEM, item.id(), "情况说明", "已完成", LocalDate.of(year, 6, 1));
        duty.duties().reviews().submit(Actor.SYSTEM, item.id(), null);
        duty.duties().reviews().approve(Actor.SYSTEM, item.id(), "同意");
    }

    private static void rectification(Org org, int year, String problem, boolean closed) {
        Rectification r = duty.rectifications().create(Actor.SYSTEM, Rectification.draft(org.id(), problem,
                year + "年法治政府建设督察", LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 30), null, "张三"));
        if (closed) {
            r = duty.rectifications().markRectified(Actor.SYSTEM, r.id(), r.version(), "已建立制度", null);
            duty.rectifications().close(Actor.SYSTEM, r.id(), r.version(), "核查属实");
        }
    }

    // ---- helpers: reading the page ----

    /** The page, asserting it was served, with mustache's attribute escapes of '=' and '&' undone. */
    private static String page(Http.Res res) {
        assertEquals(200, res.status(), res.body());
        return res.body().replace("&#61;", "=").replace("&amp;", "&");
    }

    /** A figure card: from its heading to the end of its article. */
    private static String card(String page, String title) {
        int at = page.indexOf("<h2>" + title + " <small>");
        assertTrue(at >= 0, "no card " + title + ":\n" + page);
        return page.substring(at, page.indexOf("</article>", at));
    }

    private static String figure(String page, String id) {
        int at = page.indexOf("id=\"" + id + "-figure\"");
        assertTrue(at >= 0, "no chart " + id + ":\n" + page);
        return page.substring(at, page.indexOf("</figure>", at));
    }

    private static String svg(String figure) {
        int start = figure.indexOf("<svg");
        assertTrue(start >= 0, "no svg in " + figure);
        return figure.substring(start, figure.indexOf("</svg>", start) + "</svg>".length());
    }

    /** The body rows of a chart's data table: the row heading, then each cell. */
    private static List<List<String>> tableRows(String figure) {
        Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th>(.*?)</tr>").matcher(figure);
        List<List<String>> out = new ArrayList<>();
        while (row.find()) {
            List<String> cells = new ArrayList<>(List.of(row.group(1)));
            Matcher cell = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            out.add(cells);
        }
        return out;
    }

    private static List<String> hrefs(String page) {
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> optionValues(String page, String select) {
        int at = page.indexOf("<select name=\"" + select + "\">");
        String box = page.substring(at, page.indexOf("</select>", at));
        Matcher m = Pattern.compile("<option value=\"([^\"]*)\"").matcher(box);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
