package org.fazhi.web.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /api/rectifications over real HTTP and SQLite: the stored shape, refusals naming the field, the steps
 * to 销号 and the refused ones, versions, overdue by today's date, scope, the year's figures and the
 * exports. Each test makes its own units.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RectificationApiTest extends AdminApiCase {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final LocalDate today = LocalDate.of(2025, 6, 16);

    /** Pinned, so "overdue" and "due today" are judged on the test's today even across midnight. */
    RectificationApiTest() {
        super(TestClock.on(2025, 6, 16));
    }

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name + SEQ.incrementAndGet(), kind, parent);
    }

    private static Map<String, Object> item(Org org, String problem, Object found, Object deadline) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", org.id());
        m.put("problem", problem);
        m.put("source", "法治政府建设督察");
        m.put("foundOn", String.valueOf(found));
        m.put("deadline", String.valueOf(deadline));
        m.put("responsible", "张科长");
        return m;
    }

    private JsonNode created(Map<String, Object> body) {
        return admin.created("/api/rectifications", body);
    }

    private JsonNode step(Http who, long id, String step, int status, Map<String, Object> body) {
        Http.Res r = who.post("/api/rectifications/" + id + "/" + step, body);
        assertEquals(status, r.status(), step + ": " + r.body());
        return r.json();
    }

    private Http user(Role role, Org scope) {
        String name = role.code() + SEQ.incrementAndGet();
        server.createUser(name, role, scope == null ? null : scope.id());
        return server.login(name);
    }

    @Test
    void anItemIsStoredOpenAndReadBack() {
        Org unit = org("司法局", OrgKind.DEPARTMENT, null);
        JsonNode j = createdAndReadBack("/api/rectifications", item(unit, "行政执法案卷不规范", today.minusDays(10), today.plusDays(20)));
        for (String f : List.of("id", "orgId", "orgName", "problem", "source", "foundOn", "deadline", "measures",
                "responsible", "status", "closedOn", "closingNote", "overdue", "version")) {
            assertTrue(j.has(f), f + " in " + j);
        }
        assertEquals("OPEN", j.get("status").asText());
        assertEquals("待整改", j.get("statusLabel").asText());
        assertFalse(j.get("overdue").asBoolean());
        assertEquals(unit.name(), j.get("orgName").asText());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Org unit = org("校验局", OrgKind.DEPARTMENT, null);
        Http.Res early = admin.post("/api/rectifications", item(unit, "问题", "2024-05-01", "2024-04-30"));
        assertEquals(400, early.status());
        assertEquals("deadline", early.json().get("field").asText());
        assertEquals("整改期限不能早于发现日期 2024-05-01", early.json().get("message").asText());
        Http.Res many = admin.post("/api/rectifications", item(unit, " ", "2024-02-30", "明天"));
        assertEquals(400, many.status());
        assertTrue(many.json().get("errors").findValuesAsText("field").containsAll(List.of("problem", "foundOn", "deadline")),
                many.body());
        Map<String, Object> closed = item(unit, "问题", "2024-05-01", "2024-06-30");
        closed.put("status", "CLOSED");
        assertEquals("status", admin.post("/api/rectifications", closed).json().get("field").asText());
        Map<String, Object> noOrg = item(unit, "问题", "2024-05-01", "2024-06-30");
        noOrg.remove("orgId");
        assertEquals("orgId", admin.post("/api/rectifications", noOrg).json().get("field").asText());
        Map<String, Object> unknownOrg = item(unit, "问题", "2024-05-01", "2024-06-30");
        unknownOrg.put("orgId", 999999);
        assertEquals("orgId", admin.post("/api/rectifications", unknownOrg).json().get("field").asText());
        assertEquals("status", admin.get("/api/rectifications?status=DONE").json().get("field").asText());
        assertEquals("0", admin.get("/api/rectifications?orgId=" + unit.id()).header("X-Total-Count"), "nothing written");

        assertEquals(404, admin.get("/api/rectifications/999999").status());
        assertEquals(404, admin.get("/api/rectifications/abc").status());
        assertEquals(404, admin.post("/api/rectifications/999999/start", Map.of()).status());
        assertEquals(404, admin.get("/api/rectifications/999999/steps").status());
    }

    @Test
    void anItemGoesThroughTo销号AndStepsOutOfOrderAre409() {
        Org unit = org("流程局", OrgKind.DEPARTMENT, null);
        long id = created(item(unit, "重大决策未经合法性审查", today.minusDays(30), today.plusDays(30))).get("id").asLong();

        JsonNode early = step(admin, id, "close", 409, Map.of("closingNote", "同意销号"));
        assertEquals("status", early.get("field").asText());
        assertEquals("只有“已整改待销号”的事项可以销号,该事项当前为“待整改”", early.get("message").asText());
        assertEquals("IN_PROGRESS", step(admin, id, "start", 200, Map.of("comment", "制定整改方案", "version", 0)).get("status").asText());
        assertEquals(409, admin.raw("POST", "/api/rectifications/" + id + "/start", "application/json", "").status(),
                "started once (a step without a body is fine)");
        assertEquals("measures", step(admin, id, "rectified", 400, Map.of()).get("field").asText());
        JsonNode done = step(admin, id, "rectified", 200, Map.of("measures", "补做合法性审查并建立审查台账"));
        assertEquals("RECTIFIED", done.get("status").asText());
        assertEquals("补做合法性审查并建立审查台账", done.get("measures").asText());
        assertEquals("reason", step(admin, id, "reopen", 400, Map.of()).get("field").asText());
        assertEquals("IN_PROGRESS", step(admin, id, "reopen", 200, Map.of("reason", "审查台账不完整")).get("status").asText());
        step(admin, id, "rectified", 200, Map.of("comment", "补全台账"));
        assertEquals("closingNote", step(admin, id, "close", 400, Map.of("closingNote", " ")).get("field").asText());
        JsonNode closed = step(admin, id, "close", 200, Map.of("closingNote", "经核查整改到位"));
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(today.toString(), closed.get("closedOn").asText());
        assertEquals("经核查整改到位", closed.get("closingNote").asText());
        assertEquals(409, admin.post("/api/rectifications/" + id + "/reopen", Map.of("reason", "再查")).status());
        assertEquals(409, admin.put("/api/rectifications/" + id, item(unit, "改问题", today.minusDays(30), today.plusDays(30))).status(),
                "a 销号'd item is final");

        JsonNode steps = admin.get("/api/rectifications/" + id + "/steps").json();
        assertEquals(List.of("START", "RECTIFIED", "REOPEN", "RECTIFIED", "CLOSE"), steps.findValuesAsText("action"));
        assertEquals("审查台账不完整", steps.get(2).get("comment").asText());
        assertEquals("admin", steps.get(4).get("actor").asText());
    }

    @Test
    void editsAndStepsOnAnOldVersionAre409() {
        Org unit = org("版本局", OrgKind.DEPARTMENT, null);
        long id = created(item(unit, "公示不及时", "2024-03-01", "2024-05-31")).get("id").asLong();
        Map<String, Object> edit = item(unit, "公示不及时", "2024-03-01", "2024-08-31");
        edit.put("version", 0);
        Http.Res saved = admin.put("/api/rectifications/" + id, edit);
        assertEquals(200, saved.status(), saved.body());
        assertEquals("2024-08-31", saved.json().get("deadline").asText());
        Http.Res stale = admin.put("/api/rectifications/" + id, edit);
        assertEquals(409, stale.status());
        assertEquals("version", stale.json().get("field").asText());
        assertEquals("version", step(admin, id, "start", 409, Map.of("version", 0)).get("field").asText());
        edit.put("status", "RECTIFIED");
        edit.put("version", 1);
        assertEquals("status", admin.put("/api/rectifications/" + id, edit).json().get("field").asText(),
                "the status moves only through the steps");
        assertEquals("OPEN", admin.get("/api/rectifications/" + id).json().get("status").asText());
    }

    @Test
    void overdueFollowsTodaysDateAndFiltersTheList() {
        Org unit = org("逾期局", OrgKind.DEPARTMENT, null);
        long late = created(item(unit, "已过期限", today.minusDays(20), today.minusDays(1))).get("id").asLong();
        long dueToday = created(item(unit, "今天到期", today.minusDays(20), today)).get("id").asLong();
        long closed = created(item(unit, "过期但已销号", today.minusDays(20), today.minusDays(1))).get("id").asLong();
        step(admin, closed, "rectified", 200, Map.of("measures", "已整改"));
        step(admin, closed, "close", 200, Map.of("closingNote", "同意销号"));

        assertTrue(admin.get("/api/rectifications/" + late).json().get("overdue").asBoolean());
        assertFalse(admin.get("/api/rectifications/" + dueToday).json().get("overdue").asBoolean(), "due today is not late yet");
        assertFalse(admin.get("/api/rectifications/" + closed).json().get("overdue").asBoolean());
        Http.Res overdue = admin.get("/api/rectifications?status=OVERDUE&orgId=" + unit.id());
        assertEquals("1", overdue.header("X-Total-Count"));
        assertEquals(late, overdue.json().get(0).get("id").asLong());
        assertEquals("1", admin.get("/api/rectifications?status=CLOSED&orgId=" + unit.id()).header("X-Total-Count"));
    }

    @Test
    void aScopedOrganiserNeitherSeesNorChangesAnotherUnitsItems() {
        Org county = org("范围县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org finance = org("财政局", OrgKind.DEPARTMENT, county);
        long other = created(item(finance, "财政问题", "2024-03-01", "2024-05-31")).get("id").asLong();
        String path = "/api/rectifications/" + other;
        Http organiser = user(Role.ORGANISER, justice);
        assertEquals(403, organiser.get(path).status());
        assertEquals(403, organiser.get(path + "/steps").status());
        assertEquals(403, organiser.put(path, item(finance, "改", "2024-03-01", "2024-05-31")).status());
        assertEquals(403, organiser.post(path + "/start", Map.of()).status());
        assertEquals(403, organiser.delete(path).status());
        assertEquals(403, organiser.post("/api/rectifications", item(finance, "越权", "2024-03-01", "2024-05-31")).status());
        assertEquals(403, organiser.get("/api/rectifications?orgId=" + finance.id()).status());
        assertEquals(403, organiser.get("/api/rectifications/summary?year=2024&orgId=" + finance.id()).status());
        assertEquals(403, ExportFiles.get(server, organiser, "/api/rectifications/export?orgId=" + finance.id()).statusCode());
        assertEquals("OPEN", admin.get(path).json().get("status").asText(), "unchanged");

        Http.Res own = organiser.post("/api/rectifications", item(justice, "本局问题", "2024-03-01", "2024-05-31"));
        assertEquals(201, own.status(), own.body());
        assertEquals(List.of("本局问题"), organiser.get("/api/rectifications").json().findValuesAsText("problem"));

        Http viewer = user(Role.VIEWER, justice);
        long ownId = own.json().get("id").asLong();
        step(organiser, ownId, "rectified", 200, Map.of("measures", "已整改"));
        assertEquals(403, viewer.post("/api/rectifications/" + ownId + "/close", Map.of("closingNote", "同意")).status(),
                "销号 is for organisers and admins");
        assertEquals(403, organiser.post("/api/rectifications/" + ownId + "/close", Map.of("closingNote", "自己销号")).status(),
                "a unit does not 销号 its own problems");
        assertEquals("CLOSED", step(admin, ownId, "close", 200, Map.of("closingNote", "同意销号")).get("status").asText());
    }

    @Test
    void organisersDeleteOnlyItemsStillOpen() {
        Org unit = org("删除局", OrgKind.DEPARTMENT, null);
        Http organiser = user(Role.ORGANISER, null);
        long open = created(item(unit, "录错了", "2024-03-01", "2024-05-31")).get("id").asLong();
        long started = created(item(unit, "已开始", "2024-03-01", "2024-05-31")).get("id").asLong();
        step(admin, started, "start", 200, Map.of());
        assertEquals(204, organiser.delete("/api/rectifications/" + open).status());
        Http.Res refused = organiser.delete("/api/rectifications/" + started);
        assertEquals(403, refused.status());
        assertTrue(refused.json().get("message").asText().contains("只有管理员可以删除"), refused.body());
        assertEquals(204, admin.delete("/api/rectifications/" + started).status());
        assertEquals("0", admin.get("/api/rectifications?orgId=" + unit.id()).header("X-Total-Count"));
    }

    @Test
    void theSummaryCountsTheYearsItemsAsTheListDoes() {
        Org county = org("统计县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org town = org("城关镇", OrgKind.TOWNSHIP, county);
        Org elsewhere = org("外县", OrgKind.COUNTY_GOV, null);
        // 2021, in 统计县: a closed before its deadline, b closed after it, c open and late, d in progress
        // and not due yet, e found in 2020 but due (and late) in 2021, f of 2020 only, g in another county.
        long a = created(item(justice, "甲", "2021-03-01", today.plusDays(30))).get("id").asLong();
        long b = created(item(justice, "乙", "2021-04-01", "2021-06-30")).get("id").asLong();
        created(item(town, "丙", "2021-05-01", "2021-12-31"));
        long d = created(item(town, "丁", "2021-06-01", today.plusDays(60))).get("id").asLong();
        long e = created(item(justice, "戊", "2020-11-01", "2021-01-31")).get("id").asLong();
        created(item(justice, "己", "2020-01-01", "2020-06-30"));
        created(item(elsewhere, "庚", "2021-05-01", "2021-12-31"));
        for (long id : List.of(a, b)) {
            step(admin, id, "rectified", 200, Map.of("measures", "已整改"));
            step(admin, id, "close", 200, Map.of("closingNote", "同意销号"));
        }
        step(admin, d, "start", 200, Map.of());
        step(admin, e, "rectified", 200, Map.of("measures", "已整改"));

        JsonNode s = admin.get("/api/rectifications/summary?year=2021&orgId=" + county.id()).json();
        assertEquals(List.of(5, 2, 3, 2, 1), List.of(s.get("total").asInt(), s.get("closed").asInt(), s.get("open").asInt(),
                s.get("overdue").asInt(), s.get("closedOnTime").asInt()), s.toString());
        assertEquals(40.0, s.get("closedRate").asDouble());
        assertEquals("40.0%", s.get("closedRateText").asText());
        assertEquals("2021年整改事项5个,已销号2个(40.0%),其中按期销号1个;未销号3个,其中逾期2个", s.get("summary").asText());
        assertEquals("5", admin.get("/api/rectifications?year=2021&orgId=" + county.id()).header("X-Total-Count"));
        assertEquals(List.of("丙", "戊"), admin.get("/api/rectifications?year=2021&status=OVERDUE&orgId=" + county.id()).json()
                .findValuesAsText("problem").stream().sorted().toList());

        JsonNode town2021 = admin.get("/api/rectifications/summary?year=2021&orgId=" + town.id()).json();
        assertEquals(List.of(2, 0, 1), List.of(town2021.get("total").asInt(), town2021.get("closed").asInt(),
                town2021.get("overdue").asInt()));
        JsonNode y2020 = admin.get("/api/rectifications/summary?year=2020&orgId=" + county.id()).json();
        assertEquals(2, y2020.get("total").asInt(), "戊 and 己 were found in 2020");
        assertTrue(admin.get("/api/rectifications/summary?year=2019&orgId=" + county.id()).json().get("closedRate").isNull());
    }

    @Test
    void exportsParseAsExcelAndCsvWithTheListsFilters() {
        Org unit = org("导出局", OrgKind.DEPARTMENT, null);
        long late = created(item(unit, "已逾期的问题", "2022-03-01", "2022-04-30")).get("id").asLong();
        long closed = created(item(unit, "已销号的问题", "2022-03-01", "2022-04-30")).get("id").asLong();
        step(admin, closed, "rectified", 200, Map.of("measures", "完善制度"));
        step(admin, closed, "close", 200, Map.of("closingNote", "同意销号"));

        List<List<String>> x = ExportFiles.xlsx(ExportFiles.get(server, admin,
                "/api/rectifications/export?format=xlsx&year=2022&orgId=" + unit.id()));
        assertEquals(List.of("单位", "问题", "问题来源", "发现日期", "整改期限", "整改措施", "责任人", "状态", "是否逾期", "销号日期",
                "销号说明"), x.get(0));
        assertEquals(3, x.size(), x.toString());
        assertTrue(x.stream().anyMatch(r -> r.containsAll(List.of("已销号的问题", "完善制度", "已销号", "否", today.toString(), "同意销号"))),
                x.toString());
        assertTrue(x.stream().anyMatch(r -> r.containsAll(List.of("已逾期的问题", "待整改", "是"))), x.toString());

        List<List<String>> c = ExportFiles.csv(ExportFiles.get(server, admin,
                "/api/rectifications/export?format=csv&status=OVERDUE&orgId=" + unit.id()));
        assertEquals(2, c.size(), "header and the overdue item: " + c);
        assertEquals("已逾期的问题", c.get(1).get(1));
        assertEquals(late, admin.get("/api/rectifications?status=OVERDUE&orgId=" + unit.id()).json().get(0).get("id").asLong());
        assertEquals(400, ExportFiles.get(server, admin, "/api/rectifications/export?format=doc").statusCode());
        assertEquals(400, ExportFiles.get(server, admin, "/api/rectifications/export?status=NOPE").statusCode());
    }
}
