package org.fazhi.web.training;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/** The law-training pages under CSRF, roles, scope and escaping. */
class TrainingAccessPagesTest extends TrainingPagesCase {
    @Test
    void changesWithoutTheSessionsTokenAreRefusedAndChangeNothing() {
        Org dept = org("令牌局" + n(), OrgKind.DEPARTMENT, county.id());
        ExamBatch b = batch(dept, LocalDate.of(PAST, 9, 1));
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String topic = "无令牌学法" + n();
        Map<String, String> session = fields("orgId", id(dept), "date", PAST + "-01-02", "kind", "COLLECTIVE", "topic", topic);

        assertEquals(403, admin.form("/study-sessions", session).status());
        Map<String, String> wrong = new java.util.LinkedHashMap<>(session);
        wrong.put("_csrf", "not-the-token");
        assertEquals(403, admin.form("/study-sessions", wrong).status());
        assertEquals(403, admin.form("/tests/" + b.id() + "/results", fields("name", "无令牌", "orgId", id(dept), "score", "80")).status());
        assertEquals(403, admin.form("/study-sessions/rules", fields("label", "无令牌规则", "kinds", "LECTURE", "orgKind", "UNIT",
                "minimum", "1", "period", "YEAR")).status());
        // The fast-entry script posts JSON with the session cookie: it must send the token as a header.
        String json = "[{\"name\":\"无令牌\",\"orgId\":" + dept.id() + ",\"score\":80}]";
        assertEquals(403, admin.raw("POST", "/api/test-batches/" + b.id() + "/results", "application/json", json).status());
        assertEquals(0, training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, null), Page.FIRST).total());
        assertTrue(training.exams().results(Actor.SYSTEM, b.id()).isEmpty());
        assertTrue(training.rules().all().stream().noneMatch(r -> r.label().equals("无令牌规则")));

        Map<String, String> ok = new java.util.LinkedHashMap<>(session);
        ok.put("_csrf", Forms.csrf(admin.get("/study-sessions").body()));
        assertEquals(303, admin.form("/study-sessions", ok).status(), "with the token it works");
    }

    @Test
    void aViewerSeesTheLedgersButNoControlsToChangeThem() {
        Org dept = org("查看学法局" + n(), OrgKind.DEPARTMENT, county.id());
        StudySession s = session(dept, LocalDate.of(PAST, 4, 4), StudyKind.COLLECTIVE, "查看者可见的学法", List.of(), 4, 4);
        ExamBatch b = batch(dept, LocalDate.of(PAST, 4, 5));
        training.exams().addResult(Actor.SYSTEM, b.id(), result("查看者可见考生", dept, 90.0, null));
        String name = "training-viewer" + n();
        server.createUser(name, Role.VIEWER, null);
        Http viewer = Forms.signedIn(server, name);

        String list = viewer.get("/study-sessions?orgId=" + dept.id()).body();
        String tests = viewer.get("/tests?year=" + PAST + "&orgId=" + dept.id()).body();
        String batch = viewer.get("/tests/" + b.id()).body();
        String board = viewer.get("/study-sessions/compliance?year=" + PAST + "&orgId=" + dept.id()).body();
        String rules = viewer.get("/study-sessions/rules").body();
        String record = viewer.get("/study-sessions/" + s.id()).body();
        assertTrue(record.contains("<h1>查看者可见的学法</h1>"), "a viewer opens the record");
        assertTrue(list.contains("查看者可见的学法") && batch.contains("查看者可见考生") && board.contains(dept.name()));
        for (String page : List.of(list, tests, batch, board, rules, record)) {
            // The header's 修改密码 is every account's own password (/account/password), no control over the ledger:
            // it must be there, and it is the only "修改" the page may hold.
            String ownPassword = "<a href=\"/account/password\"[^>]*>修改密码</a>";
            assertTrue(page.matches("(?s).*" + ownPassword + ".*"), "the header's 修改密码");
            String body = page.replaceFirst(ownPassword, "");
            for (String control : List.of("新增", "新建", "修改", "删除", "/delete", "/edit", "批量导入", "fast-entry",
                    "name=\"maxRetakes\"", "录入成绩")) {
                assertFalse(body.contains(control), "a viewer's page offers " + control + ":\n" + body);
            }
        }
        assertTrue(list.contains("/api/study-sessions/export?format=xlsx"), "a viewer may still export");
        for (String form : List.of("/study-sessions/new", "/study-sessions/" + s.id() + "/edit", "/tests/new",
                "/tests/" + b.id() + "/edit", "/study-sessions/rules/new")) {
            assertEquals(403, viewer.get(form).status(), form);
        }
        String csrf = Forms.csrf(list);
        assertEquals(403, viewer.form("/study-sessions/" + s.id() + "/delete", fields("_csrf", csrf)).status());
        assertEquals(403, viewer.form("/tests/" + b.id() + "/results", fields("_csrf", csrf, "name", "查看者", "orgId", id(dept),
                "score", "70")).status());
        assertEquals(1, training.exams().results(Actor.SYSTEM, b.id()).size());
    }

    @Test
    void aScopedUserSeesOnlyTheirSubtreeOnEveryTrainingPage() {
        Org mine = org("辖内局" + n(), OrgKind.DEPARTMENT, county.id());
        Org below = org("辖内科室" + n(), OrgKind.UNIT, mine.id());
        Org theirs = org("辖外局" + n(), OrgKind.DEPARTMENT, county.id());
        session(below, LocalDate.of(PAST, 5, 5), StudyKind.LECTURE, "辖内科室讲座", List.of(), 3, 3);
        session(theirs, LocalDate.of(PAST, 5, 5), StudyKind.COLLECTIVE, "辖外的学法", List.of(), 3, 3);
        ExamBatch outside = batch(theirs, LocalDate.of(PAST, 6, 6));
        ExamBatch inside = batch(mine, LocalDate.of(PAST, 6, 7));
        String name = "scoped" + n();
        server.createUser(name, Role.ORGANISER, mine.id());
        Http scoped = Forms.signedIn(server, name);

        String list = scoped.get("/study-sessions").body();
        assertTrue(list.contains("辖内科室讲座"));
        assertFalse(list.contains("辖外的学法"));
        assertFalse(list.contains(theirs.name()), "not even as a filter choice");
        assertEquals(403, scoped.get("/study-sessions?orgId=" + theirs.id()).status());

        String board = scoped.get("/study-sessions/compliance?year=" + PAST).body();
        assertTrue(board.contains(mine.name()));
        assertFalse(board.contains(theirs.name()) || board.contains(county.name()), "only their subtree on the board");
        assertEquals(403, scoped.get("/study-sessions/compliance?year=" + PAST + "&orgId=" + theirs.id()).status());

        String tests = scoped.get("/tests?year=" + PAST).body();
        assertTrue(tests.contains("href=\"/tests/" + inside.id() + "\""));
        assertFalse(tests.contains("href=\"/tests/" + outside.id() + "\""));
        assertEquals(403, scoped.get("/tests/" + outside.id()).status());

        String form = scoped.get("/study-sessions/new").body();
        assertTrue(form.contains(mine.name()) && !form.contains(theirs.name()), "the form offers only their units");
        String csrf = Forms.csrf(form);
        Http.Res refused = scoped.form("/study-sessions", fields("_csrf", csrf, "orgId", id(theirs), "date", PAST + "-07-07",
                "kind", "COLLECTIVE", "topic", "越权"));
        assertEquals(403, refused.status());
        assertEquals(1, training.sessions().list(Actor.SYSTEM, new SessionFilter(theirs.id(), null, null, null), Page.FIRST).total());
    }

    @Test
    void whatUsersTypeIsShownEscapedOnTheTrainingPages() {
        String script = "<script>alert(1)</script>";
        String attr = "\"><img src=x onerror=alert(2)>";
        Org dept = org("转义局" + script, OrgKind.DEPARTMENT, county.id());
        person(dept, attr, LeaderCategory.STAFF);
        StudySession s = session(dept, LocalDate.of(PAST, 7, 7), StudyKind.COLLECTIVE, script, List.of(attr), 2, 2);
        ExamBatch b = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, dept.id(), LocalDate.of(PAST, 7, 8),
                Track.NPC, "A", 100, 60, ExamMode.WRITTEN, script, 0));
        ExamResult failed = training.exams().addResult(Actor.SYSTEM, b.id(), new ExamResult(null, 0, script, null, dept.id(),
                attr, attr, 30.0, false, null, null));
        training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, dept.id(), LocalDate.of(PAST, 9, 8),
                Track.NPC, "A", 100, 60, ExamMode.WRITTEN, "后一批", 0));
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        List<String> paths = new ArrayList<>(List.of("/study-sessions?orgId=" + dept.id(), "/study-sessions/" + s.id() + "/edit",
                "/study-sessions/compliance?year=" + PAST, "/tests?year=" + PAST, "/tests/" + b.id(), "/"));
        training.exams().batches(Actor.SYSTEM, dept.id(), PAST, null, Page.FIRST).items().stream()
                .filter(x -> !x.id().equals(b.id())).forEach(x -> paths.add("/tests/" + x.id()));
        for (String path : paths) {
            Http.Res r = admin.get(path);
            assertEquals(200, r.status(), path);
            assertFalse(r.body().contains("<script>alert"), path + " shows raw user text:\n" + r.body());
            assertFalse(r.body().contains("<img src=x"), path + " shows raw user text:\n" + r.body());
        }
        assertTrue(admin.get("/study-sessions?orgId=" + dept.id()).body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                "the topic is shown, as text");
        String later = admin.get(paths.get(paths.size() - 1)).body();
        assertTrue(later.contains("<option value=\"" + failed.id() + "\""), "the retake choice is offered");
        assertFalse(later.contains("data-name=\"<script>"), "escaped in data attributes too");
        // A refused form echoes what was typed, escaped.
        String csrf = Forms.csrf(admin.get("/study-sessions/new").body());
        Http.Res refused = admin.form("/study-sessions", fields("_csrf", csrf, "orgId", id(dept), "topic", script,
                "date", "not a date", "kind", "COLLECTIVE", "laws", script, "guests", attr));
        assertEquals(400, refused.status());
        assertFalse(refused.body().contains("<script>alert") || refused.body().contains("<img src=x"), refused.body());
    }
}
