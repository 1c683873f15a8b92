package org.fazhi.web.training;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.StudySessionService;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The 学法 session pages: the list with its filters and export links, and the session form (laws,
 * attendees, field errors beside their fields, no session after today).
 */
class SessionPagesTest extends TrainingPagesCase {
    @Test
    void theListFiltersByUnitSubtreeYearKindAndTextAndItsExportLinksKeepTheFilters() {
        Org dept = org("筛选司法局" + n(), OrgKind.DEPARTMENT, county.id());
        Org office = org("筛选司法局办公室" + n(), OrgKind.UNIT, dept.id());
        Org other = org("筛选财政局" + n(), OrgKind.DEPARTMENT, county.id());
        String tag = "筛选" + n();
        session(dept, LocalDate.of(PAST, 3, 10), StudyKind.COLLECTIVE, tag + "集体学法甲", List.of("中华人民共和国宪法"), 10, 9);
        session(office, LocalDate.of(PAST, 6, 1), StudyKind.LECTURE, tag + "办公室讲座乙", List.of("中华人民共和国民法典"), 20, 18);
        session(dept, LocalDate.of(PAST - 1, 5, 1), StudyKind.COLLECTIVE, tag + "去年集体学法丙", List.of(), 8, 8);
        session(other, LocalDate.of(PAST, 4, 1), StudyKind.COLLECTIVE, tag + "财政局学法丁", List.of(), 5, 5);
        Http admin = Forms.signedIn(server, TestServer.ADMIN);

        String all = text(admin.get("/study-sessions?q=" + enc(tag)).body());
        assertTrue(all.contains(tag + "集体学法甲") && all.contains(tag + "财政局学法丁") && all.contains(tag + "去年集体学法丙"));

        Http.Res r = admin.get("/study-sessions?orgId=" + dept.id() + "&year=" + PAST + "&q=" + enc(tag));
        assertEquals(200, r.status());
        String page = text(r.body());
        assertTrue(page.contains(tag + "集体学法甲"), "the unit itself");
        assertTrue(page.contains(tag + "办公室讲座乙"), "and the units below it");
        assertFalse(page.contains(tag + "去年集体学法丙"), "not another year");
        assertFalse(page.contains(tag + "财政局学法丁"), "not another unit");
        assertTrue(page.contains("共 2 条"), page);
        assertTrue(page.contains("href=\"/api/study-sessions/export?format=xlsx&orgId=" + dept.id() + "&year=" + PAST + "&q="),
                "the Excel export keeps the filters");
        assertTrue(page.contains("href=\"/api/study-sessions/export?format=csv&orgId=" + dept.id()), "so does the CSV one");
        assertTrue(page.contains("href=\"/study-sessions/import\""), "a writer is offered the import");
        assertTrue(selected(page, "year").equals(String.valueOf(PAST)) && selected(page, "orgId").equals(String.valueOf(dept.id())),
                "the filters show what was chosen");

        String kind = text(admin.get("/study-sessions?kind=LECTURE&q=" + enc(tag)).body());
        assertTrue(kind.contains(tag + "办公室讲座乙") && !kind.contains(tag + "集体学法甲"), "by kind");
        String text = text(admin.get("/study-sessions?q=" + enc("民法典")).body());
        assertTrue(text.contains(tag + "办公室讲座乙"), "the search looks at the laws studied too");

        // The row shows what a ledger shows: date, unit, kind, topic, numbers and the 参学率.
        String row = rowOf(page, tag + "办公室讲座乙");
        for (String cell : List.of(PAST + "-06-01", office.name(), "法治专题讲座", "20/18", "90.0%", "学习:中华人民共和国民法典")) {
            assertTrue(row.contains(cell), cell + " in " + row);
        }
        assertEquals(400, admin.get("/study-sessions?year=19").status(), "a bad year is a bad request, not a crash");
    }

    @Test
    void theFormRecordsASessionWithLawsSplitAndAttendanceDerivedFromTheTickedPeople() {
        Org dept = org("表单司法局" + n(), OrgKind.DEPARTMENT, county.id());
        Person a = person(dept, "甲局长", LeaderCategory.PRINCIPAL);
        Person b = person(dept, "乙副局长", LeaderCategory.DEPUTY);
        Person c = person(dept, "丙科长", LeaderCategory.STAFF);
        Org sub = org("表单司法局科室" + n(), OrgKind.UNIT, dept.id());
        person(sub, "丁科员", LeaderCategory.STAFF);
        Http admin = Forms.signedIn(server, TestServer.ADMIN);

        // With scripts, the unit's own people (not those of the units below) come as JSON when the unit changes.
        Http.Res own = admin.get("/study-sessions/unit-people?orgId=" + dept.id());
        assertEquals(200, own.status());
        List<String> names = new ArrayList<>();
        own.json().forEach(x -> names.add(x.get("name").asText()));
        names.sort(Comparator.naturalOrder());
        assertEquals(List.of("丙科长", "乙副局长", "甲局长").stream().sorted().toList(), names, "丁科员 of the unit below is not listed");

        // The unit's people are listed for ticking once the unit is chosen (a reload without scripts).
        String csrf = Forms.csrf(admin.get("/study-sessions/new").body());
        Http.Res reload = post(admin, "/study-sessions", List.of("_csrf", csrf, "orgId", id(dept), "topic", "先选单位",
                "_reload", "1"));
        assertEquals(200, reload.status());
        assertTrue(reload.body().contains("value=\"" + a.id() + "\"") && reload.body().contains("乙副局长"), "the unit's people");
        assertEquals("先选单位", Forms.inputValue(reload.body(), "topic"), "what was typed stays");
        assertTrue(reload.body().contains("实到人数按勾选情况自动计算") && reload.body().contains("应到人数不少于勾选人数"),
                "the form says how the numbers follow the list");

        String topic = "表单学法" + n();
        Http.Res r = post(admin, "/study-sessions", List.of("_csrf", csrf, "orgId", id(dept), "peopleOrgId", id(dept),
                "date", PAST + "-05-20", "kind", "COLLECTIVE", "topic", topic,
                "laws", "中华人民共和国宪法、中华人民共和国民法典;本县规范性文件", "lecturer", "王律师", "lecturerUnit", "县司法局",
                "minutes", "45", "expected", "99", "attended", "1",
                "attendee", id(a), "status_" + a.id(), "PRESENT",
                "attendee", id(b), "status_" + b.id(), "LATE",
                "attendee", id(c), "status_" + c.id(), "LEAVE",
                "guests", "列席甲、列席乙", "note", ""));
        assertEquals(303, r.status(), r.body());
        assertEquals("/study-sessions?orgId=" + dept.id() + "&year=" + PAST + "&msg=created", r.header("Location"));

        StudySessionService.Recorded stored = only(dept, topic);
        StudySession s = stored.session();
        assertEquals(List.of("中华人民共和国宪法", "中华人民共和国民法典", "本县规范性文件"), s.laws());
        assertEquals(3, s.expected(), "应到 = the ticked people, not what was typed");
        assertEquals(2, s.attended(), "实到 = present or late");
        assertEquals(45, s.minutes());
        assertEquals("县司法局", s.lecturerUnit());
        assertEquals(List.of("列席甲", "列席乙"), stored.attendees().stream().filter(Attendee::guest).map(Attendee::name).toList());
        assertEquals(AttendanceStatus.LEAVE, stored.attendees().stream().filter(x -> c.id().equals(x.personId()))
                .findFirst().orElseThrow().status());

        String list = text(admin.get(r.header("Location")).body());
        assertTrue(list.contains("已新建。"));
        assertTrue(rowOf(list, topic).contains("3/2") && rowOf(list, topic).contains("66.7%"), rowOf(list, topic));

        // The record's page lists who came and how.
        String shown = admin.get("/study-sessions/" + s.id()).body();
        assertTrue(shown.contains("<h1>" + topic + "</h1>"), shown);
        assertTrue(shown.contains("丙科长 <span class=\"tag off\">请假</span>") && shown.contains("乙副局长 <span class=\"tag on\">迟到</span>"),
                shown);
        assertTrue(shown.contains("3 人,实到 2 人") && shown.contains("<span class=\"guest\">列席乙</span>"), shown);
        assertTrue(shown.contains("<li>本县规范性文件</li>"));
        assertTrue(list.contains("href=\"/study-sessions/" + s.id() + "\""), "the list links to it");

        // Editing shows it as stored, ticks and statuses included; saving changes it.
        String edit = admin.get("/study-sessions/" + s.id() + "/edit").body();
        assertEquals(topic, Forms.inputValue(edit, "topic"));
        assertTrue(edit.contains(">中华人民共和国宪法、中华人民共和国民法典、本县规范性文件</textarea>"), "the laws, one box");
        assertTrue(edit.contains("name=\"attendee\" value=\"" + c.id() + "\" checked"), "ticked people stay ticked");
        assertTrue(Pattern.compile("name=\"status_" + c.id() + "\"[^>]*>\\s*(<option[^>]*>[^<]*</option>)*?<option value=\"LEAVE\" selected")
                .matcher(edit).find(), "their status too");
        assertTrue(edit.contains(">列席甲、列席乙</textarea>"));
        Http.Res saved = post(admin, "/study-sessions/" + s.id(), List.of("_csrf", csrf, "version", Forms.inputValue(edit, "version"),
                "orgId", id(dept), "peopleOrgId", id(dept), "date", PAST + "-05-21", "kind", "COLLECTIVE", "topic", topic + "(改)",
                "laws", "中华人民共和国宪法", "expected", "12", "attended", "10"));
        assertEquals(303, saved.status(), saved.body());
        StudySession changed = training.sessions().get(Actor.SYSTEM, s.id()).session();
        assertEquals(topic + "(改)", changed.topic());
        assertEquals(12, changed.expected(), "without ticks the typed numbers count");
        assertEquals(10, changed.attended());

        // Deleting: the list asks first (data-confirm), the post removes it.
        String listed = admin.get("/study-sessions?orgId=" + dept.id()).body();
        assertTrue(listed.contains("action=\"/study-sessions/" + s.id() + "/delete\" class=\"inline\" data-confirm="), "a confirmation first");
        assertEquals(303, admin.form("/study-sessions/" + s.id() + "/delete", fields("_csrf", csrf)).status());
        assertEquals(0, training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, null), Page.FIRST).total());
    }

    @Test
    void aRefusedFormShowsEveryErrorBesideItsFieldAndKeepsWhatWasTyped() {
        Org dept = org("错误司法局" + n(), OrgKind.DEPARTMENT, county.id());
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/study-sessions/new").body());
        Http.Res r = post(admin, "/study-sessions", List.of("_csrf", csrf, "orgId", id(dept), "date", "2024-02-30",
                "kind", "COLLECTIVE", "topic", "", "laws", "中华人民共和国宪法", "lecturer", "留着的主讲人",
                "minutes", "两小时", "expected", "5", "attended", "8"));
        assertEquals(400, r.status());
        String body = r.body();
        assertEquals("主题不能为空", errorAfter(body, "topic"));
        assertEquals("日期“2024-02-30”不存在:2024年2月没有30日", errorAfter(body, "date"));
        assertEquals("时长必须是整数", errorAfter(body, "minutes"));
        assertTrue(errorAfter(body, "attended").contains("不能超过应到人数"), errorAfter(body, "attended"));
        assertEquals("留着的主讲人", Forms.inputValue(body, "lecturer"));
        assertEquals("8", Forms.inputValue(body, "attended"));
        assertEquals("2024-02-30", Forms.inputValue(body, "date"));
        assertTrue(body.contains(">中华人民共和国宪法</textarea>"));
        assertEquals(String.valueOf(dept.id()), selected(body, "orgId"));
        assertEquals("COLLECTIVE", selected(body, "kind"));
        assertEquals(0, training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, null), Page.FIRST).total());
    }

    @Test
    void aSessionDatedAfterTheServersTodayIsRefusedAndTodayIsTheFormsDefault() {
        Org dept = org("日期司法局" + n(), OrgKind.DEPARTMENT, county.id());
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String form = admin.get("/study-sessions/new").body();
        assertEquals("2025-03-20", Forms.inputValue(form, "date"), "a new session is dated today");
        String list = admin.get("/study-sessions").body();
        assertTrue(list.contains("<option value=\"2026\" >2026年</option>") && !list.contains("value=\"2027\""),
                "the years offered end at the server's next year");
        String csrf = Forms.csrf(form);
        String topic = "日期学法" + n();

        Http.Res tomorrow = post(admin, "/study-sessions", List.of("_csrf", csrf, "orgId", id(dept), "date", "2025-03-21",
                "kind", "COLLECTIVE", "topic", topic, "minutes", "30", "expected", "5", "attended", "5"));
        assertEquals(400, tomorrow.status(), "the day after the server's today");
        assertTrue(errorAfter(tomorrow.body(), "date").contains("晚于今天"), errorAfter(tomorrow.body(), "date"));
        assertEquals(0, training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, topic), Page.FIRST).total());

        Http.Res today = post(admin, "/study-sessions", List.of("_csrf", csrf, "orgId", id(dept), "date", "2025-03-20",
                "kind", "COLLECTIVE", "topic", topic, "minutes", "30", "expected", "5", "attended", "5"));
        assertEquals(303, today.status(), today.body());
        assertEquals(LocalDate.of(2025, 3, 20), only(dept, topic).session().date());

        // A spreadsheet is held to the same day.
        Http api = server.login(TestServer.ADMIN);
        Http.Res lateRow = api.raw("POST", "/api/study-sessions/import", "text/csv",
                "单位,日期,类型,主题\n" + dept.name() + ",2025-03-21,集体学法,导入的次日学法\n");
        assertEquals(400, lateRow.status(), lateRow.body());
        assertTrue(lateRow.body().contains("日期(2025-03-21)晚于今天"), lateRow.body());
        Http.Res onTheDay = api.raw("POST", "/api/study-sessions/import", "text/csv",
                "单位,日期,类型,主题\n" + dept.name() + ",2025-03-20,集体学法,导入的当天学法\n");
        assertEquals(200, onTheDay.status(), onTheDay.body());

        // The next day, 2025-03-21 is today: the form offers it and takes it.
        try {
            CLOCK.set(2025, 3, 21);
            Http next = Forms.signedIn(server, TestServer.ADMIN);
            String nextForm = next.get("/study-sessions/new").body();
            assertEquals("2025-03-21", Forms.inputValue(nextForm, "date"));
            Http.Res accepted = post(next, "/study-sessions", List.of("_csrf", Forms.csrf(nextForm), "orgId", id(dept),
                    "date", "2025-03-21", "kind", "COLLECTIVE", "topic", topic + "次日", "minutes", "30", "expected", "5",
                    "attended", "5"));
            assertEquals(303, accepted.status(), accepted.body());
        } finally {
            CLOCK.set(TODAY);
        }
    }
}
