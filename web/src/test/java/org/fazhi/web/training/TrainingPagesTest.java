package org.fazhi.web.training;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.model.time.Years;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.StudySessionService;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestClock;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The law-training pages over plain HTTP with cookies, as a browser sends them: the session list and
 * its filters, the session form (laws, attendees, field errors), the compliance board, the quota rules,
 * the test pages with their one-row form, the dashboard figures, CSRF, roles, scope and escaping. One
 * server for the class; each test makes the units and records it needs, so tests do not depend on order.
 * The server's clock stands on {@link #TODAY}; a test that moves it puts it back.
 */
class TrainingPagesTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** The server's today: in the first quarter, so this year's quotas are not yet due on pace. */
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final int THIS_YEAR = 2025;
    /** Last year: judged on its total. */
    private static final int PAST = 2024;
    private static final TestClock CLOCK = TestClock.on(TODAY);

    private static TestServer server;
    private static LawTraining training;
    private static Org county;

    @BeforeAll
    static void start() {
        server = new TestServer(CLOCK);
        training = server.server().training();
        county = org("学法测试县人民政府", OrgKind.COUNTY_GOV, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- the session list ----

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

    // ---- the session form ----

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
        assertTrue(reload.body().contains("应到、实到人数按勾选情况自动计算"), "the form says the numbers are derived");

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

    // ---- the compliance board ----

    @Test
    void theBoardShowsUnitsByQuarterWithStatusInColourAndWordsBehindFirstAndDrillsDown() {
        Org gov = org("达标测试县人民政府" + n(), OrgKind.COUNTY_GOV, null);
        Org good = org("达标局" + n(), OrgKind.DEPARTMENT, gov.id());
        Org bad = org("未达标局" + n(), OrgKind.DEPARTMENT, gov.id());
        Org town = org("季度镇" + n(), OrgKind.TOWNSHIP, gov.id());
        for (int q = 1; q <= 4; q++) {
            session(gov, LocalDate.of(PAST, q * 3, 5), StudyKind.EXEC_MEETING, "常务会议学法" + q, List.of(), 10, 10);
        }
        session(good, LocalDate.of(PAST, 2, 1), StudyKind.COLLECTIVE, "集体学法一", List.of(), 5, 5);
        session(good, LocalDate.of(PAST, 8, 1), StudyKind.COLLECTIVE, "集体学法二", List.of(), 5, 5);
        session(bad, LocalDate.of(PAST, 2, 1), StudyKind.COLLECTIVE, "只有一次", List.of(), 5, 5);
        QuotaRule quarterly = training.rules().create(Actor.SYSTEM, new QuotaRule(null, "乡镇党组会前学法" + n(),
                List.of(StudyKind.PARTY_GROUP), OrgKind.TOWNSHIP, 1, QuotaPeriod.QUARTER, null, true, 0));
        try {
            for (int month : new int[] {1, 4, 11}) {
                session(town, LocalDate.of(PAST, month, 9), StudyKind.PARTY_GROUP, "党组会前学法" + month, List.of(), 6, 6);
            }
            Http admin = Forms.signedIn(server, TestServer.ADMIN);
            Http.Res r = admin.get("/study-sessions/compliance?year=" + PAST + "&orgId=" + gov.id());
            assertEquals(200, r.status());
            String page = text(r.body());
            assertTrue(page.contains("<h1>" + PAST + "年度学法达标情况"), "the year in the title");

            String govRow = unitRow(page, gov.name());
            assertTrue(govRow.contains("class=\"status st-met\">达标</span>"), "colour class and words: " + govRow);
            assertTrue(cells(govRow).containsAll(List.of("1", "1", "1", "1")), "one per quarter: " + govRow);
            assertTrue(govRow.contains("全年应 4 次"), govRow);

            String badRow = unitRow(page, bad.name());
            assertTrue(badRow.contains("class=\"status st-failed\">未达标</span>"), badRow);
            assertTrue(badRow.contains("全年应 2 次"), badRow);
            // The board counts a unit's own sessions, so the drill-down asks for exactly those (unitOnly).
            assertTrue(badRow.contains("href=\"/study-sessions?orgId=" + bad.id() + "&year=" + PAST + "&unitOnly=true\""),
                    "the unit links to its sessions of the year: " + badRow);
            assertTrue(badRow.contains("href=\"/study-sessions?orgId=" + bad.id() + "&year=" + PAST
                    + "&unitOnly=true&kind=COLLECTIVE\" title=\"查看这些学法记录\">1</a>"), "the count links to the sessions counted");

            String townRow = unitRow(page, town.name());
            assertTrue(townRow.contains("未达标"), "a quarterly rule missed in one quarter: " + townRow);
            assertTrue(townRow.contains("q-missed") && townRow.contains("✗"), "the quarter missed is marked in colour and sign");
            assertTrue(townRow.contains("q-met") && townRow.contains("✓"), townRow);
            assertTrue(townRow.contains("每季度不少于1次"), townRow);

            String table = page.substring(page.indexOf("<table class=\"board\">"));
            assertTrue(table.indexOf(">" + bad.name() + "<") < table.indexOf(">" + good.name() + "<")
                    && table.indexOf(">" + town.name() + "<") < table.indexOf(">" + gov.name() + "<"), "units behind come first:\n" + table);
            assertTrue(page.contains("未达标</span><span class=\"value\">2</span>"), "the summary counts them");

            String onlyBehind = text(admin.get("/study-sessions/compliance?year=" + PAST + "&orgId=" + gov.id() + "&behind=1").body());
            assertTrue(onlyBehind.contains(bad.name()) && !onlyBehind.contains(good.name() + "</a>"), "only those behind");

            // The drill-down opens the unit's sessions of that year.
            String drill = text(admin.get("/study-sessions?orgId=" + bad.id() + "&year=" + PAST).body());
            assertTrue(drill.contains("只有一次") && drill.contains("共 1 条"), drill);

            // This year is judged on pace: nobody is "behind" a yearly quota before a quarter has ended …
            assertEquals(0, Years.quartersEnded(THIS_YEAR, TODAY));
            String now = text(admin.get("/study-sessions/compliance?orgId=" + bad.id()).body());
            assertTrue(now.contains(THIS_YEAR + "年度学法达标情况"), "this year (the server's) by default");
            assertTrue(unitRow(now, bad.name()).contains("st-pace\">按进度达标"), unitRow(now, bad.name()));
            assertFalse(unitRow(now, bad.name()).contains("st-failed"), "not judged on the year's total while it runs");
            assertTrue(now.contains("按进度考核"), "the page explains the pace rule");
            // … nor after one: the share of a yearly 2 due by the end of March rounds down to 0 …
            CLOCK.set(THIS_YEAR, 4, 2);
            String april = text(Forms.signedIn(server, TestServer.ADMIN).get("/study-sessions/compliance?orgId=" + bad.id()).body());
            assertTrue(unitRow(april, bad.name()).contains("st-pace\">按进度达标")
                    && unitRow(april, bad.name()).contains("至今应 0 次 / 全年 2 次"), unitRow(april, bad.name()));
            // … but once half the year is over, a unit with no session this year is behind.
            CLOCK.set(THIS_YEAR, 7, 1);
            Http july = Forms.signedIn(server, TestServer.ADMIN);
            String behind = text(july.get("/study-sessions/compliance?orgId=" + bad.id()).body());
            assertTrue(behind.contains(THIS_YEAR + "年度学法达标情况"), behind);
            assertTrue(unitRow(behind, bad.name()).contains("st-behind\">进度落后")
                    && unitRow(behind, bad.name()).contains("至今应 1 次 / 全年 2 次"), unitRow(behind, bad.name()));
            String api = july.get("/api/study-compliance?orgId=" + bad.id()).body();
            assertTrue(api.contains("\"compliant\":false") && api.contains("\"finalJudgement\":false"),
                    "the API judges this year on pace too, not finally: " + api);
            String past = july.get("/api/study-compliance?year=" + PAST + "&orgId=" + bad.id()).body();
            assertTrue(past.contains("\"finalJudgement\":true"), "a past year is judged on its total: " + past);
        } finally {
            CLOCK.set(TODAY);
            training.rules().delete(Actor.SYSTEM, quarterly.id());
        }
    }

    // ---- quota rules ----

    @Test
    void adminsAddChangeSwitchOffAndDeleteRulesAndOthersOnlyReadThem() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/study-sessions/rules/new").body());
        String label = "开发区学法规则" + n();

        Http.Res refused = post(admin, "/study-sessions/rules", List.of("_csrf", csrf, "label", label, "orgKind", "DEV_ZONE",
                "minimum", "0", "period", "YEAR", "active", "1"));
        assertEquals(400, refused.status());
        assertEquals("请至少选择一种学法类型", errorAfterFieldset(refused.body()));
        assertEquals("最低次数应在1到1000之间", errorAfter(refused.body(), "minimum"));
        assertEquals(label, Forms.inputValue(refused.body(), "label"));

        Http.Res created = post(admin, "/study-sessions/rules", List.of("_csrf", csrf, "label", label, "orgKind", "DEV_ZONE",
                "kinds", "EXEC_MEETING", "kinds", "LECTURE", "minimum", "3", "period", "QUARTER", "minMinutes", "30", "active", "1"));
        assertEquals(303, created.status(), created.body());
        QuotaRule rule = training.rules().all().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        assertEquals(List.of(StudyKind.EXEC_MEETING, StudyKind.LECTURE), rule.kinds());
        assertEquals(30, rule.minMinutes());
        String list = text(admin.get("/study-sessions/rules").body());
        String row = rowOf(list, label);
        assertTrue(row.contains("每季度不少于3次,每次不少于30分钟") && row.contains("开发区管委会") && row.contains("启用"), row);

        assertEquals(303, admin.form("/study-sessions/rules/" + rule.id() + "/active", fields("_csrf", csrf, "active", "0")).status());
        assertFalse(training.rules().get(rule.id()).active(), "switched off");
        assertTrue(rowOf(text(admin.get("/study-sessions/rules").body()), label).contains("停用"));

        String edit = admin.get("/study-sessions/rules/" + rule.id() + "/edit").body();
        assertTrue(edit.contains("value=\"LECTURE\" checked"), "the ticked kinds are shown");
        assertEquals(303, post(admin, "/study-sessions/rules/" + rule.id(), List.of("_csrf", csrf, "version", Forms.inputValue(edit, "version"),
                "label", label, "orgKind", "DEV_ZONE", "kinds", "LECTURE", "minimum", "2", "period", "YEAR", "minMinutes", "")).status());
        QuotaRule changed = training.rules().get(rule.id());
        assertEquals(List.of(StudyKind.LECTURE), changed.kinds());
        assertEquals(QuotaPeriod.YEAR, changed.period());

        String name = "rules-viewer" + n();
        server.createUser(name, Role.ORGANISER, null);
        Http organiser = Forms.signedIn(server, name);
        String seen = organiser.get("/study-sessions/rules").body();
        assertTrue(seen.contains(label), "everyone reads the rules");
        assertFalse(seen.contains("/study-sessions/rules/" + rule.id() + "/edit") || seen.contains("新增规则"), "but only admins change them");
        assertEquals(403, organiser.get("/study-sessions/rules/new").status());
        assertEquals(403, organiser.form("/study-sessions/rules/" + rule.id() + "/delete",
                fields("_csrf", Forms.csrf(seen))).status());

        assertEquals(303, admin.form("/study-sessions/rules/" + rule.id() + "/delete", fields("_csrf", csrf)).status());
        assertTrue(training.rules().all().stream().noneMatch(x -> x.id().equals(rule.id())));
    }

    // ---- tests ----

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

    // ---- CSRF, roles, scope, escaping ----

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
        for (String body : List.of(list, tests, batch, board, rules, record)) {
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

    // ---- navigation and dashboard ----

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

    // ---- helpers ----

    private static int n() {
        return SEQ.incrementAndGet();
    }

    private static Org org(String name, OrgKind kind, Long parentId) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parentId));
    }

    private static Person person(Org org, String name, LeaderCategory category) {
        return server.services().people().create(Actor.SYSTEM, Person.draft(org.id(), name, "职务", category));
    }

    private static StudySession session(Org org, LocalDate date, StudyKind kind, String topic, List<String> laws,
                                        int expected, int attended) {
        return training.sessions().create(Actor.SYSTEM, new StudySession(null, org.id(), date, kind, topic, laws, "主讲人",
                null, 60, expected, attended, null, 0), null).session();
    }

    private static ExamBatch batch(Org org, LocalDate date) {
        return training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, org.id(), date, Track.NON_NPC, "A", 100, 60,
                ExamMode.WRITTEN, null, 0));
    }

    private static ExamResult result(String name, Org org, Double score, Long retakeOf) {
        return new ExamResult(null, 0, name, null, org.id(), "科员", "副科长", score, score == null, retakeOf, null);
    }

    private static StudySessionService.Recorded only(Org org, String topic) {
        List<StudySession> found = training.sessions().list(Actor.SYSTEM, new SessionFilter(org.id(), null, null, topic), Page.FIRST).items();
        assertEquals(1, found.size(), "one session " + topic);
        return training.sessions().get(Actor.SYSTEM, found.get(0).id());
    }

    private static String id(Org o) {
        return String.valueOf(o.id());
    }

    private static String id(Person p) {
        return String.valueOf(p.id());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Posts a form whose fields may repeat (ticked check boxes), as a browser sends it. */
    private static Http.Res post(Http http, String path, List<String> kv) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < kv.size(); i += 2) {
            pairs.add(enc(kv.get(i)) + "=" + enc(kv.get(i + 1)));
        }
        return http.raw("POST", path, "application/x-www-form-urlencoded", String.join("&", pairs));
    }

    /** The page with mustache's attribute escapes of '=' undone, so links read as typed. */
    private static String text(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    private static String rowOf(String page, String marker) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, "no " + marker + " on the page:\n" + page);
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    /** A unit's rows on the board: from its name to the next unit's first row. */
    private static String unitRow(String page, String unitName) {
        int at = page.indexOf(">" + unitName + "</a>");
        assertTrue(at >= 0, "no " + unitName + " on the board:\n" + page);
        int start = page.lastIndexOf("<tr", at);
        int next = page.indexOf("<tr class=\"unit-first", at);
        int end = next < 0 ? page.indexOf("</tbody>", at) : next;
        return page.substring(start, end);
    }

    private static List<String> cells(String row) {
        Matcher m = Pattern.compile("<td class=\"num q [^\"]*\"[^>]*>(\\d+)").matcher(row);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The field error shown right after the named input, select or textarea. */
    private static String errorAfter(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*aria-invalid=\"true\"[^>]*>(?:[^<]*</(?:textarea|select)>|(?:\\s*<option[^>]*>[^<]*</option>)*\\s*</select>)?"
                + "\\s*(?:<small[^>]*>[^<]*</small>\\s*)?<span class=\"field-error\">([^<]*)</span>").matcher(html);
        assertTrue(m.find(), "no error beside " + name + ":\n" + html);
        return m.group(1);
    }

    private static String errorAfterFieldset(String html) {
        Matcher m = Pattern.compile("<fieldset aria-invalid=\"true\">.*?<span class=\"field-error\">([^<]*)</span>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no error in the fieldset:\n" + html);
        return m.group(1);
    }

    private static String selected(String html, String select) {
        Matcher m = Pattern.compile("<select name=\"" + select + "\".*?</select>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no select " + select);
        Matcher o = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(m.group());
        return o.find() ? o.group(1) : "";
    }

    private static String figure(String page, String label) {
        Matcher m = Pattern.compile("<dt>" + label + "</dt><dd>([^<]*)</dd>").matcher(page);
        assertTrue(m.find(), "no figure " + label);
        return m.group(1);
    }
}
