package org.fazhi.web.duties;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/** The catalogue page: admins publish a version, row errors are named, past years keep their items. */
class DutyCataloguePagesTest extends DutyPagesCase {
    @Test
    void adminsPublishACatalogueVersionWithRowErrorsAndPastYearsKeepTheirItems() {
        County c = county();
        plan(c, 2016);
        String before = item(c.countyHead(), 2016, "WORK_PLAN").title();
        Http office = signedIn(Role.ORGANISER, null);
        String officePage = office.get("/duties/catalog").body();
        assertTrue(officePage.contains("第1版") && officePage.contains("EXEC_MEETING_REPORT"));
        assertFalse(officePage.contains("<form method=\"post\" action=\"/duties/catalog\""), "only admins publish");
        assertEquals(403, office.form("/duties/catalog", fields("_csrf", Forms.csrf(officePage), "label", "x",
                "fromYear", "2095", "entries", "A1|B|YEARLY|PRINCIPAL||")).status());

        String page = admin.get("/duties/catalog?year=2016").body();
        assertTrue(page.contains("发布新版本不会改变已生成的职责事项"), "the page says past years keep their items");
        assertTrue(textarea(page, "entries").startsWith("EXEC_MEETING_REPORT|"), "starts from the newest version");
        Http.Res csv = admin.get("/duties/catalog/export?format=csv&year=2016");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("代码,职责事项,频次,适用人员,依据,截止日,版本") && csv.body().contains("WORK_PLAN,将法治政府建设纳入"),
                csv.body());
        assertTrue(decoded(page).contains("href=\"/duties/catalog/export?format=xlsx&year=2016\""), "the page links to it");
        String csrf = Forms.csrf(page);
        Http.Res bad = admin.form("/duties/catalog", fields("_csrf", csrf, "label", "2095年版", "fromYear", "2095",
                "entries", "WORK_PLAN|纳入年度计划|YEARLY|PRINCIPAL||03-31\n\nREPORT|述法|WEEKLY|PRINCIPAL||\nSTAFF_ONLY|x|YEARLY|STAFF||"));
        assertEquals(400, bad.status());
        String lines = text(table(bad.body(), "line-errors"));
        assertTrue(lines.contains("第3行:频次“WEEKLY”无效"), lines);
        assertTrue(lines.contains("第4行:工作人员不是负责人"), lines);
        assertTrue(textarea(bad.body(), "entries").contains("REPORT|述法|WEEKLY"), "what was typed stays");

        Http.Res dup = admin.form("/duties/catalog", fields("_csrf", csrf, "label", "2095年版", "fromYear", "2095",
                "entries", "WORK_PLAN|纳入年度计划|每年|正职(主要负责人)||03-31\nWORK_PLAN|又一项|YEARLY|PRINCIPAL||"));
        assertEquals(400, dup.status());
        assertTrue(text(table(dup.body(), "line-errors")).contains("第2行:职责代码 WORK_PLAN 重复"), dup.body());

        Http.Res ok = admin.form("/duties/catalog", fields("_csrf", csrf, "label", "2095年修订版", "fromYear", "2095",
                "entries", "WORK_PLAN|将法治建设纳入年度计划(修订)|YEARLY|PRINCIPAL、DEPUTY|新规定第五条|03-31\nNEW_DUTY|新增的职责|每季度|PRINCIPAL||"));
        assertEquals(303, ok.status(), ok.body());
        page = admin.get(ok.header("Location")).body();
        assertTrue(text(page).contains("新版本职责清单已发布") && page.contains("2095年修订版"));
        assertTrue(text(page).contains("自2095年起适用 · 共 2 项"));

        assertEquals(before, item(c.countyHead(), 2016, "WORK_PLAN").title(), "a past year keeps its items");
        assertEquals(0, duties.plans().plan(Actor.SYSTEM, 2016, c.county().id()), "and its plan is complete still");
        assertEquals(2 * 3 + 1, duties.plans().plan(Actor.SYSTEM, 2095, c.county().id()),
                "2095 uses the new version: 2 duties for 3 principals, and WORK_PLAN for the deputy too");
    }
}
