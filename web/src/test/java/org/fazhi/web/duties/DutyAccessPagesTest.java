package org.fazhi.web.duties;

import static org.fazhi.web.support.Http.fields;
import static org.fazhi.web.support.SampleFiles.PNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/** The 第一责任人 pages under roles, scope and CSRF. */
class DutyAccessPagesTest extends DutyPagesCase {
    @Test
    void aViewerSeesNoFormsAndItsPostsAreRefused() {
        County c = county();
        plan(c, 2020);
        Http viewer = signedIn(Role.VIEWER, null);
        DutyItem i = item(c.financeHead(), 2020, "WORK_PLAN");
        String page = viewer.get(itemPath(i)).body();
        assertTrue(page.contains(i.title()));
        for (String form : List.of("edit-form", "upload-form", "link-form", "note-form", "submit-form", "decide-form")) {
            assertFalse(page.contains("id=\"" + form + "\""), "no " + form);
        }
        String board = viewer.get("/duties?year=2020&orgId=" + c.county().id()).body();
        assertFalse(board.contains("action=\"/duties/plan\""), "no plan form");
        String csrf = Forms.csrf(page);
        assertEquals(403, viewer.form(itemPath(i), fields("_csrf", csrf, "version", version0(i), "status", "IN_PROGRESS",
                "note", "查看者的修改")).status());
        assertEquals(403, viewer.form(itemPath(i) + "/evidence/note", fields("_csrf", csrf, "title", "x", "text", "y",
                "effectiveDate", "2020-05-01")).status());
        assertEquals(403, multipart(viewer, itemPath(i) + "/evidence?_csrf=" + csrf, "a.png", "image/png", PNG,
                "title", "x", "effectiveDate", "2020-05-01").statusCode());
        assertEquals(403, viewer.form("/duties/plan", fields("_csrf", csrf, "year", "2020")).status());
        DutyItem after = item(c.financeHead(), 2020, "WORK_PLAN");
        assertEquals(0, after.evidenceCount());
        assertEquals(null, after.note());
    }

    @Test
    void aScopedOrganiserCannotOpenOrChangeAnotherUnitsItem() {
        County c = county();
        plan(c, 2018);
        Http clerk = signedIn(Role.ORGANISER, c.justice());
        DutyItem other = item(c.financeHead(), 2018, "WORK_PLAN");
        assertEquals(403, clerk.get(itemPath(other)).status());
        String csrf = Forms.csrf(clerk.get("/duties").body());
        assertEquals(403, clerk.form(itemPath(other), fields("_csrf", csrf, "version", version0(other),
                "status", "IN_PROGRESS", "note", "越权")).status());
        assertEquals(403, clerk.form(itemPath(other) + "/evidence/note", fields("_csrf", csrf, "title", "x", "text", "y",
                "effectiveDate", "2018-05-01")).status());
        assertEquals(403, clerk.get("/duties/items?orgId=" + c.finance().id()).status());
        assertEquals(403, clerk.get("/duties?year=2018&orgId=" + c.finance().id()).status());
        assertEquals(404, clerk.get("/duties/items/99999999").status());

        String own = clerk.get("/duties/items?year=2018").body();
        assertTrue(own.contains(c.justiceHead().name()) && !own.contains(c.financeHead().name()), "only its own unit");
        assertTrue(text(own).contains("共 5 项"), "a 司法局's head has no 政府常务会议 duties");
        assertEquals(null, item(c.financeHead(), 2018, "WORK_PLAN").note());
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        County c = county();
        plan(c, 2017);
        DutyItem i = item(c.countyHead(), 2017, "WORK_PLAN");
        assertEquals(403, admin.form("/duties/plan", fields("year", "2017", "orgId", String.valueOf(c.county().id()))).status());
        assertEquals(403, admin.form(itemPath(i), fields("version", version0(i), "status", "IN_PROGRESS", "note", "无令牌")).status());
        assertEquals(403, admin.form(itemPath(i) + "/evidence/note", fields("title", "x", "text", "y", "effectiveDate", "2017-05-01")).status());
        assertEquals(403, admin.form(itemPath(i) + "/submit", fields("comment", "")).status());
        assertEquals(403, admin.form("/duties/catalog", fields("label", "x", "fromYear", "2099", "entries", "A|B|YEARLY|PRINCIPAL||")).status());
        assertEquals(null, item(c.countyHead(), 2017, "WORK_PLAN").note());
        assertEquals(0, item(c.countyHead(), 2017, "WORK_PLAN").evidenceCount());
    }
}
