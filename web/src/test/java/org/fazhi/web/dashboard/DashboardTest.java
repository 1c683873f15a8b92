package org.fazhi.web.dashboard;

import static org.fazhi.web.dashboard.DashboardPage.assertShows;
import static org.fazhi.web.dashboard.DashboardPage.card;
import static org.fazhi.web.dashboard.DashboardPage.figure;
import static org.fazhi.web.dashboard.DashboardPage.hrefs;
import static org.fazhi.web.dashboard.DashboardPage.optionValues;
import static org.fazhi.web.dashboard.DashboardPage.page;
import static org.fazhi.web.dashboard.DashboardPage.svg;
import static org.fazhi.web.dashboard.DashboardPage.tableRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.storage.testing.TestClock;
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
 * counted by hand from the data in {@link DashboardLedger#build()}.
 */
class DashboardTest {
    /**
     * The duty catalogue (2016 version) has seven duties, each one item per PRINCIPAL leader; the two
     * 政府常务会议 duties bind governments' heads only, so each department's head here has five items.
     */
    private static final int DUTIES = 7;

    // Pinned, so "this year" is 2025 (in progress) and the two finished years are 2024 and 2023 (DashboardLedger).
    @AutoClose
    private static final TestServer server = new TestServer(TestClock.on(DashboardLedger.NOW, 3, 20));
    private static final DutyTracking duty = server.server().duty();
    private static final int now = DashboardLedger.NOW;
    private static final int y = DashboardLedger.Y;
    private static final int p = DashboardLedger.P;
    private static Org mine;
    private static Org other;

    @BeforeAll
    static void start() {
        DashboardLedger ledger = new DashboardLedger(server).build();
        mine = ledger.mine;
        other = ledger.other;
        server.createUser("dash-viewer", Role.VIEWER, mine.id());
    }

    // ---- the figures ----

    @Test
    void aScopedViewerSeesTheirSubtreesFiguresWithTheChangeFromLastYear() {
        assertEquals(DUTIES, duty.duties().catalog().forYear(y).entries().size());
        String home = page(viewer().get("/?year=" + y));

        assertShows(card(home, "学法达标"),
                "<span class=\"big\">1</span> / 1 个单位<span class=\"status st-pace\">达标</span>",
                "达标率 <strong>100.0%</strong> <span class=\"change ch-good\">较上年 +100.0 个百分点</span>",
                ">全年学法 3 次</a> <span class=\"change ch-good\">较上年 +2 次</span>");

        assertShows(card(home, "任前考法"),
                "最终通过率 <strong>66.7%</strong> <span class=\"change ch-good\">较上年 +16.7 个百分点</span>",
                "<strong>全年测试1批次3人</strong> <span class=\"change ch-flat\">较上年 +1 人</span>",
                "待补考 1 人");

        assertShows(card(home, "第一责任人职责"),
                "40.0%</span> 完成率 · 2 / 5 项 <span class=\"change ch-good\">较上年 +20.0 个百分点</span>",
                "<span class=\"status st-behind\">逾期</span> 3 项</a> <span class=\"change ch-good\">较上年 −1 项</span>",
                "待审核 1 项",
                "年终述法 0 / 1 人</a>(0.0%) <span class=\"change ch-none\">上年无数据</span>");

        assertShows(card(home, "负责人出庭应诉"),
                "50.0%</span> 出庭率 <span class=\"change ch-good\">较上年 +50.0 个百分点</span>",
                "已开庭 2 件,负责人出庭 1 件 <span class=\"change ch-flat\">已开庭较上年 +1 件</span>",
                "拟约谈</span> 1 个单位");

        assertShows(card(home, "整改"),
                "<span class=\"big\">2</span> 项未销号 <span class=\"change ch-bad\">较上年 +1 项</span>",
                "逾期</span> 2 项</a> <span class=\"change ch-bad\">较上年 +1 项</span>",
                "已销号 1 / 3 项</a>(33.3%) <span class=\"change ch-bad\">较上年 −16.7 个百分点</span>");

        assertFalse(home.contains("看板县公安局"), "nothing of the other department, not even in the unit picker");
        assertEquals(List.of(String.valueOf(mine.id())), optionValues(home, "orgId").subList(1, 2));
    }

    @Test
    void theAdminSeesTheWholeCountyAndTheSameUnitAsTheViewerWhenChoosingIt() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String home = page(admin.get("/?year=" + y));
        assertShows(card(home, "学法达标"),
                "<span class=\"big\">2</span> / 3 个单位",
                "达标率 <strong>66.7%</strong> <span class=\"change ch-good\">较上年 +33.4 个百分点</span>",
                "<span class=\"status st-behind\">未达标</span> 1 个单位</a>"); // the other department
        assertShows(card(home, "任前考法"),
                "<strong>全年测试2批次4人</strong> <span class=\"change ch-flat\">较上年 +2 人</span>",
                "最终通过率 <strong>75.0%</strong> <span class=\"change ch-good\">较上年 +25.0 个百分点</span>");
        assertShows(card(home, "第一责任人职责"),
                "20.0%</span> 完成率 · 2 / 10 项 <span class=\"change ch-flat\">与上年持平</span>",
                "逾期</span> 8 项</a> <span class=\"change ch-flat\">与上年持平</span>");
        assertShows(card(home, "负责人出庭应诉"), "66.7%</span> 出庭率 <span class=\"change ch-good\">较上年 +66.7 个百分点</span>");
        assertShows(card(home, "整改"),
                "<span class=\"big\">3</span> 项未销号 <span class=\"change ch-bad\">较上年 +2 项</span>",
                "已销号 1 / 4 项</a>(25.0%) <span class=\"change ch-bad\">较上年 −25.0 个百分点</span>");

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
        assertShows(card(home, "任前考法"),
                "最终通过率 <strong>50.0%</strong> <span class=\"change ch-none\">上年无数据</span>", "全年测试1批次2人");
        assertShows(card(home, "负责人出庭应诉"), "0.0%</span> 出庭率 <span class=\"change ch-none\">上年无数据</span>");
        assertShows(card(home, "第一责任人职责"), "20.0%</span> 完成率 · 1 / 5 项 <span class=\"change ch-none\">上年无数据</span>");
        assertShows(card(home, "整改"), "<span class=\"big\">1</span> 项未销号 <span class=\"change ch-none\">上年无数据</span>");
        assertShows(card(home, "学法达标"), ">全年学法 1 次</a> <span class=\"change ch-none\">上年无数据</span>");
        // The study quota is judged in every year the unit exists in the ledger: 0 of 1 then as now.
        assertShows(card(home, "学法达标"), "达标率 <strong>0.0%</strong> <span class=\"change ch-flat\">与上年持平</span>");

        // Without ?year= the dashboard shows this year, in which nothing has been entered yet.
        String current = page(viewer().get("/"));
        assertTrue(current.contains("<option value=\"" + now + "\" selected>"));
        assertTrue(current.contains("2025年(截至 2025-03-20,学法按进度考核)"), "this year is still in progress");
        assertFalse(home.contains("截至"), "a past year is judged on its total");
        assertShows(card(current, "负责人出庭应诉"), now + "年范围内还没有已开庭的行政诉讼案件。");
        assertShows(card(current, "任前考法"), now + "年范围内没有任前法律知识测试记录。");
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

    // ---- helpers ----

    private static Http viewer() {
        return Forms.signedIn(server, "dash-viewer");
    }
}
