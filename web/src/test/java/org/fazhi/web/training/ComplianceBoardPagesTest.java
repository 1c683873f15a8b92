package org.fazhi.web.training;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.time.Years;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/** The compliance board (units by quarter, status in colour and words, drill-down) and the quota rules page. */
class ComplianceBoardPagesTest extends TrainingPagesCase {
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
}
