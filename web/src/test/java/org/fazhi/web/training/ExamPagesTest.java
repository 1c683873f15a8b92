package org.fazhi.web.training;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The pre-appointment exam pages: the year's figures, a batch's results through the plain form, a
 * corrected result, a retake on the one-row form and the retake allowance.
 */
class ExamPagesTest extends TrainingPagesCase {
    @Test
    void theTestsPageShowsTheYearsFiguresAndABatchTakesResultsThroughThePlainForm() {
        // A county of its own, so the year's figures count only this test's candidates.
        Org root = org("考法测试县" + n(), OrgKind.COUNTY_GOV, null);
        Org organiser = org("考法组织部" + n(), OrgKind.DEPARTMENT, root.id());
        Org unit = org("考法考生局" + n(), OrgKind.DEPARTMENT, root.id());
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/tests/new").body());

        Http.Res badBatch = admin.form("/tests", fields("_csrf", csrf, "orgId", id(organiser), "date", PAST + "-03-01",
                "track", "NON_NPC", "mode", "WRITTEN", "fullMark", "100", "passMark", "120", "title", "要保留的名称"));
        assertEquals(400, badBatch.status());
        assertEquals("及格线应大于0且不超过满分", errorAfter(badBatch.body(), "passMark"));
        assertEquals("要保留的名称", Forms.inputValue(badBatch.body(), "title"));

        Http.Res created = admin.form("/tests", fields("_csrf", csrf, "orgId", id(organiser), "date", PAST + "-03-01",
                "track", "NON_NPC", "mode", "WRITTEN", "paper", "A", "fullMark", "100", "passMark", "60", "title", "第一批" + n()));
        assertEquals(303, created.status(), created.body());
        String first = created.header("Location").replaceAll("\\?.*", "");
        String firstId = first.substring("/tests/".length());

        // Without scripts: one result at a time through the plain form.
        Http.Res one = admin.form(first + "/results", fields("_csrf", csrf, "name", "赵补考", "orgId", id(unit),
                "currentPost", "科员", "proposedPost", "副科长", "score", "52.5"));
        assertEquals(303, one.status(), one.body());
        assertEquals(303, admin.form(first + "/results", fields("_csrf", csrf, "name", "钱合格", "orgId", id(unit),
                "score", "88")).status());
        assertEquals(303, admin.form(first + "/results", fields("_csrf", csrf, "name", "孙缺考", "orgId", id(unit),
                "absent", "1")).status());
        Http.Res refused = admin.form(first + "/results", fields("_csrf", csrf, "name", "超满分", "orgId", id(unit), "score", "101"));
        assertEquals(400, refused.status());
        assertTrue(errorAfter(refused.body(), "score").contains("超过满分"), refused.body());
        assertEquals("超满分", Forms.inputValue(refused.body(), "name"));

        String batch = text(admin.get(first).body());
        assertTrue(rowOf(batch, "赵补考").contains("class=\"outcome o-deferred\">不合格,暂缓任用"), rowOf(batch, "赵补考"));
        assertTrue(rowOf(batch, "钱合格").contains("o-passed\">合格"));
        assertTrue(rowOf(batch, "孙缺考").contains("缺考</td>") && rowOf(batch, "孙缺考").contains("o-absent\">缺考"));
        assertTrue(rowOf(batch, "赵补考").contains("52.5") && rowOf(batch, "赵补考").contains("副科长"));
        assertTrue(batch.contains("id=\"fast-entry\"") && batch.contains("data-csrf=\""), "the fast-entry table for writers");
        assertTrue(batch.contains("<script src=\"/static/results-entry.js\""));

        String list = text(admin.get("/tests?year=" + PAST + "&orgId=" + root.id()).body());
        assertTrue(list.contains("id=\"awaiting\""));
        String awaiting = list.substring(list.indexOf("id=\"awaiting\""));
        assertTrue(awaiting.contains("赵补考"), "the deferred candidate awaits a retake");

        // A later batch: the retake chosen from the earlier deferred result.
        Http.Res second = admin.form("/tests", fields("_csrf", csrf, "orgId", id(organiser), "date", PAST + "-05-01",
                "track", "NON_NPC", "mode", "COMPUTER", "fullMark", "100", "passMark", "60"));
        String secondPath = second.header("Location").replaceAll("\\?.*", "");
        ExamResult deferred = training.exams().results(Actor.SYSTEM, Long.parseLong(firstId)).stream()
                .filter(x -> x.name().equals("赵补考")).findFirst().orElseThrow();
        String secondPage = admin.get(secondPath).body();
        assertTrue(secondPage.contains("<option value=\"" + deferred.id() + "\""), "the retake is chosen from the awaiting list");
        assertEquals(303, admin.form(secondPath + "/results", fields("_csrf", csrf, "name", "赵补考", "orgId", id(unit),
                "score", "75", "retakeOf", String.valueOf(deferred.id()))).status());
        String retaken = text(admin.get(secondPath).body());
        assertTrue(rowOf(retaken, "赵补考").contains("o-retake\">补考合格"), rowOf(retaken, "赵补考"));
        assertTrue(rowOf(retaken, "赵补考").contains("补考(原 " + PAST + "-03-01 批次,52.5分)"), rowOf(retaken, "赵补考"));

        String year = text(admin.get("/tests?year=" + PAST + "&orgId=" + root.id()).body());
        assertTrue(year.contains("全年测试2批次2人"), "the summary sentence: two people sat (an absence is not a sitting)");
        assertTrue(figure(year, "批次").equals("2") && figure(year, "人次").equals("3") && figure(year, "最终通过率").equals("100.0%"),
                year);
        assertEquals("50.0%", figure(year, "一次通过率"));
        assertEquals("71.8", figure(year, "平均分"), "(52.5 + 88 + 75) / 3");
        assertFalse(year.substring(year.indexOf("id=\"awaiting\"")).contains("赵补考"), "no longer awaiting");
        assertTrue(year.contains("href=\"/api/test-batches/export?format=xlsx&orgId=" + root.id() + "&year=" + PAST + "\""));
        String npc = text(admin.get("/tests?year=" + PAST + "&orgId=" + root.id() + "&track=NPC").body());
        assertFalse(npc.contains(secondPath + "\""), "the track filter");

        // A batch with results is not deleted; the page says why.
        Http.Res del = admin.form(first + "/delete", fields("_csrf", csrf));
        assertEquals(409, del.status());
        assertTrue(del.body().contains("请先删除成绩"), del.body());
    }

    @Test
    void aResultIsCorrectedOnItsOwnFormAndAStaleVersionIsRefused() {
        Org unit = org("改成绩局" + n(), OrgKind.DEPARTMENT, county.id());
        Org other = org("改成绩另局" + n(), OrgKind.DEPARTMENT, county.id());
        ExamBatch b = batch(unit, LocalDate.of(PAST, 7, 1));
        ExamBatch elsewhere = batch(unit, LocalDate.of(PAST, 8, 1));
        String name = "周改分" + n();
        ExamResult r = training.exams().addResult(Actor.SYSTEM, b.id(), result(name, unit, 58.0, null));
        ExamResult notHere = training.exams().addResult(Actor.SYSTEM, elsewhere.id(), result("吴别批" + n(), unit, 70.0, null));
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String path = "/tests/" + b.id() + "/results/" + r.id();

        String batchPage = text(admin.get("/tests/" + b.id()).body());
        assertTrue(rowOf(batchPage, name).contains("href=\"" + path + "/edit\">修改</a>"), rowOf(batchPage, name));

        Http.Res form = admin.get(path + "/edit");
        assertEquals(200, form.status(), form.body());
        String csrf = Forms.csrf(form.body());
        assertEquals(name, Forms.inputValue(form.body(), "name"));
        assertEquals(id(unit), selected(form.body(), "orgId"));
        assertEquals("科员", Forms.inputValue(form.body(), "currentPost"));
        assertEquals("副科长", Forms.inputValue(form.body(), "proposedPost"));
        assertEquals("58", Forms.inputValue(form.body(), "score"));
        assertEquals("0", Forms.inputValue(form.body(), "version"));
        assertTrue(form.body().contains("name=\"_once\""), "saved once, like the other forms");

        Http.Res bad = admin.form(path, fields("_csrf", csrf, "name", name, "orgId", id(unit), "currentPost", "要保留的职务",
                "score", "101", "version", "0"));
        assertEquals(400, bad.status());
        assertTrue(errorAfter(bad.body(), "score").contains("超过满分"), bad.body());
        assertEquals("要保留的职务", Forms.inputValue(bad.body(), "currentPost"));

        Http.Res saved = admin.form(path, fields("_csrf", csrf, "name", name, "orgId", id(other), "currentPost", "主任科员",
                "proposedPost", "副科长", "score", "68", "version", "0"));
        assertEquals(303, saved.status(), saved.body());
        String after = text(admin.get("/tests/" + b.id()).body());
        String row = rowOf(after, name);
        assertTrue(row.contains("68") && row.contains("o-passed\">合格") && row.contains(other.name()) && row.contains("主任科员"), row);
        assertEquals(1, training.exams().result(Actor.SYSTEM, r.id()).version());

        Http.Res stale = admin.form(path, fields("_csrf", csrf, "name", name, "orgId", id(unit), "score", "40", "version", "0"));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("该记录已被他人修改"), stale.body());
        assertEquals("40", Forms.inputValue(stale.body(), "score"), "what was typed comes back");
        assertEquals(68.0, training.exams().result(Actor.SYSTEM, r.id()).score());

        String wrong = "/tests/" + b.id() + "/results/" + notHere.id();
        assertEquals(404, admin.get(wrong + "/edit").status());
        assertEquals(404, admin.form(wrong, fields("_csrf", csrf, "name", "改到别批", "orgId", id(unit), "score", "90",
                "version", "0")).status());
        assertEquals(70.0, training.exams().result(Actor.SYSTEM, notHere.id()).score(), "the other batch's result is unchanged");
    }

    @Test
    void aRetakeOnTheOneRowFormTakesNameUnitAndPostsFromTheOriginal() {
        Org unit = org("补考带出局" + n(), OrgKind.DEPARTMENT, county.id());
        ExamBatch first = batch(unit, LocalDate.of(PAST, 9, 1));
        ExamBatch later = batch(unit, LocalDate.of(PAST, 10, 1));
        String name = "郑补考" + n();
        ExamResult failed = training.exams().addResult(Actor.SYSTEM, first.id(),
                new ExamResult(null, 0, name, null, unit.id(), "副主任", "主任", 40.0, false, null, null));
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/tests/" + later.id()).body());

        Http.Res r = admin.form("/tests/" + later.id() + "/results", fields("_csrf", csrf, "name", "", "orgId", "",
                "currentPost", "", "proposedPost", "", "score", "80", "retakeOf", String.valueOf(failed.id())));
        assertEquals(303, r.status(), r.body());
        ExamResult retake = training.exams().results(Actor.SYSTEM, later.id()).get(0);
        assertEquals(name, retake.name());
        assertEquals(unit.id(), retake.orgId());
        assertEquals("副主任", retake.currentPost());
        assertEquals("主任", retake.proposedPost());
        assertEquals(failed.id(), retake.retakeOf());
        assertEquals("PASSED_RETAKE", retake.outcome().name());

        // A refused retake shows the form again with what was taken from the original.
        ExamBatch third = batch(unit, LocalDate.of(PAST, 11, 1));
        Http.Res again = admin.form("/tests/" + third.id() + "/results", fields("_csrf", csrf, "score", "85",
                "retakeOf", String.valueOf(failed.id())));
        assertEquals(400, again.status());
        assertEquals(name, Forms.inputValue(again.body(), "name"));
        assertEquals("副主任", Forms.inputValue(again.body(), "currentPost"));
    }

    @Test
    void adminsSetTheRetakeAllowanceOnTheTestsPage() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String page = admin.get("/tests").body();
        assertTrue(page.contains("name=\"maxRetakes\""), "admins see the setting");
        String csrf = Forms.csrf(page);
        Http.Res bad = admin.form("/tests/settings", fields("_csrf", csrf, "maxRetakes", "9"));
        assertEquals(400, bad.status());
        assertEquals("补考次数应在0到5之间", errorAfter(bad.body(), "maxRetakes"));
        assertEquals(303, admin.form("/tests/settings", fields("_csrf", csrf, "maxRetakes", "2")).status());
        assertEquals(2, training.exams().maxRetakes());
        assertEquals(303, admin.form("/tests/settings", fields("_csrf", csrf, "maxRetakes", "1")).status());

        String name = "retake-organiser" + n();
        server.createUser(name, Role.ORGANISER, null);
        Http organiser = Forms.signedIn(server, name);
        String theirs = organiser.get("/tests").body();
        assertFalse(theirs.contains("name=\"maxRetakes\""), "organisers do not");
        assertEquals(403, organiser.form("/tests/settings", fields("_csrf", Forms.csrf(theirs), "maxRetakes", "3")).status());
        assertEquals(1, training.exams().maxRetakes());
    }
}
