package org.fazhi.web.duties;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/**
 * The board counted by hand, the plan form run twice (and refused for a year without a catalogue), and
 * the dashboard's links with their filters.
 */
class DutyBoardPagesTest extends DutyPagesCase {
    @Test
    void theBoardShowsHandCountedFiguresWhoIsBehindFirstAndThePlanFormRunsTwice() {
        County c = county();
        String board = "/duties?year=2023&orgId=" + c.county().id();
        String page = admin.get(board).body();
        assertTrue(page.contains("还没有职责事项"), "nothing planned yet");
        String csrf = Forms.csrf(page);

        Http.Res first = admin.form("/duties/plan", fields("_csrf", csrf, "year", "2023", "orgId", String.valueOf(c.county().id())));
        assertEquals(303, first.status(), first.body());
        page = admin.get(first.header("Location")).body();
        assertTrue(text(page).contains("已生成2023年度计划:新增职责事项 17 项"), text(page));

        Http.Res second = admin.form("/duties/plan", fields("_csrf", csrf, "year", "2023", "orgId", String.valueOf(c.county().id())));
        assertEquals(303, second.status());
        assertTrue(second.header("Location").contains("created=0"), second.header("Location"));
        page = admin.get(second.header("Location")).body();
        assertTrue(text(page).contains("0 新增"), "running the plan again creates nothing");

        // By hand: 17 items. 张局长 2 done + 1 not applicable, 钱局长 1 done; 2023 is past, so every open item is overdue.
        set(c.justiceHead(), 2023, "YEAR_END_REPORT", DutyStatus.DONE, null);
        set(c.justiceHead(), 2023, "WORK_PLAN", DutyStatus.DONE, null);
        set(c.justiceHead(), 2023, "MAJOR_DECISIONS", DutyStatus.NOT_APPLICABLE, "本年度未作出重大行政决策");
        set(c.financeHead(), 2023, "WORK_PLAN", DutyStatus.DONE, null);

        page = admin.get(board).body();
        assertTrue(page.contains("id=\"fig-total\">17<"), "17 items");
        assertTrue(page.contains("id=\"fig-done\">3<"), "3 done");
        assertTrue(page.contains(">13</a>"), "17 − 3 done − 1 not applicable = 13 overdue");
        assertTrue(page.contains("id=\"fig-rate\">18.8%<"), "3 ÷ (17 − 1) = 18.75%");

        String units = table(page, "unit-progress");
        List<Integer> unitOrder = positions(units, c.county().name() + "(本单位领导)", c.finance().name(), c.justice().name());
        assertTrue(unitOrder.get(0) < unitOrder.get(1) && unitOrder.get(1) < unitOrder.get(2),
                "behind first: 县政府 0.0%, 财政局 20.0%, 司法局 50.0%");
        String people = table(page, "person-progress");
        List<Integer> order = positions(people, c.countyHead().name(), c.financeHead().name(), c.justiceHead().name());
        assertTrue(order.get(0) < order.get(1) && order.get(1) < order.get(2), "王县长 0.0%, 钱局长 20.0%, 张局长 50.0%");
        assertFalse(people.contains(c.justiceDeputy().name()), "the deputy has no principal duties");
        String zhang = people.substring(order.get(2));
        zhang = zhang.substring(0, zhang.indexOf("</tr>"));
        assertTrue(text(zhang).contains("5 2 2 1") && zhang.contains("50.0%") && zhang.contains("逾期 2 项"), text(zhang));
        assertTrue(zhang.contains("<meter") && zhang.contains("value=\"50.0\""), "a bar beside the number");
        String qian = people.substring(order.get(1), order.get(2));
        assertTrue(text(qian).contains("5 1 4 0") && qian.contains("20.0%"), text(qian));

        assertTrue(decoded(page).contains("/api/duty-progress/export?format=xlsx&year=2023&orgId=" + c.county().id() + "\""),
                "links to the export of what is shown");
        assertTrue(decoded(page).contains("href=\"/duties/items?year=2023&orgId=" + c.county().id() + "\""), "tab to the items");
        assertTrue(page.contains("href=\"/duties/law-reports?year=2023\"") && page.contains("href=\"/rectifications?year=2023\"")
                && page.contains("href=\"/duties/catalog?year=2023\""), "tabs to 述法, 整改 and the catalogue");
    }

    @Test
    void aPlanForAYearWithoutACatalogueIsRefusedBesideTheYear() {
        County c = county();
        String csrf = Forms.csrf(admin.get("/duties").body());
        Http.Res r = admin.form("/duties/plan", fields("_csrf", csrf, "year", "2010", "orgId", String.valueOf(c.county().id())));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("2010年没有适用的职责清单"), r.body());
        assertEquals(0, duties.items().list(Actor.SYSTEM, new DutyFilter(c.county().id(), 2010, null, null, null, null, null),
                new Page(10, 0)).total());
    }

    @Test
    void theDashboardsLinksAnswerWithTheirFilters() {
        County c = county();
        plan(c, 2019);
        set(c.countyHead(), 2019, "WORK_PLAN", DutyStatus.DONE, null);
        DutyItem submitted = item(c.justiceHead(), 2019, "ANNUAL_REPORT");
        duties.evidence().addNote(Actor.SYSTEM, submitted.id(), "年度报告", "已于4月1日前公开", java.time.LocalDate.of(2019, 3, 28));
        duties.reviews().submit(Actor.SYSTEM, submitted.id(), null);

        Http.Res board = admin.get("/duties?year=2019");
        assertEquals(200, board.status());
        assertTrue(text(board.body()).contains("2019年度第一责任人履职进度"));

        Http.Res overdue = admin.get("/duties/items?year=2019&status=OVERDUE");
        assertEquals(200, overdue.status());
        assertTrue(overdue.body().contains("<option value=\"OVERDUE\" selected>"), "the filter shows what is listed");
        assertTrue(overdue.body().contains("<option value=\"2019\" selected>"));
        assertTrue(text(overdue.body()).contains("共 16 项"), "17 items, 1 done: every other 2019 item is past its date");
        String rows = table(overdue.body(), "duty-items");
        assertEquals(16, rows.split("<tr class=\"overdue\"").length - 1, "each row marked overdue");
        assertFalse(rows.contains(">已完成<"));
        assertTrue(decoded(overdue.body()).contains("/api/duties/export?format=xlsx&year=2019&status=OVERDUE\""), "export of the same");

        Http.Res awaiting = admin.get("/duties/items?year=2019&reviewState=SUBMITTED");
        assertEquals(200, awaiting.status());
        assertTrue(awaiting.body().contains("<option value=\"SUBMITTED\" selected>"));
        assertTrue(text(awaiting.body()).contains("共 1 项"));
        assertTrue(awaiting.body().contains("href=\"/duties/items/" + submitted.id() + "\""));

        assertEquals(400, admin.get("/duties/items?status=LATE").status(), "an unknown status is named");
    }
}
