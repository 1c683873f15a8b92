package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.NationalLaws;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The law-training API over real HTTP and SQLite, as API.md names it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingApiTest extends AdminApiCase {
    private Org county;
    private Org justice;
    private Org finance;
    private Person head;
    private Person staff;

    /** Pinned, so "tomorrow" is the server's tomorrow even when the test runs across midnight. */
    TrainingApiTest() {
        super(TestClock.on(2025, 6, 16));
    }

    @BeforeAll
    void start() {
        county = server.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        justice = server.org("清河县司法局", OrgKind.DEPARTMENT, county);
        finance = server.org("清河县财政局", OrgKind.DEPARTMENT, county);
        head = server.person(justice, "李明", "局长", LeaderCategory.PRINCIPAL);
        staff = server.person(justice, "王芳", "股长", LeaderCategory.STAFF);
    }

    private static Map<String, Object> session(long orgId, String date, String kind, String topic, int expected, int attended) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", orgId);
        m.put("date", date);
        m.put("kind", kind);
        m.put("topic", topic);
        m.put("laws", List.of("中华人民共和国行政复议法", "宪法"));
        m.put("lecturer", "张律师");
        m.put("minutes", 45);
        m.put("expected", expected);
        m.put("attended", attended);
        return m;
    }

    private long count(String path) {
        return Long.parseLong(admin.get(path + (path.contains("?") ? "&" : "?") + "limit=1").header("X-Total-Count"));
    }

    @Test
    void aSessionIsStoredAndReadBackAsNamed() {
        Http.Res r = admin.post("/api/study-sessions", session(justice.id(), "2024-03-15", "COLLECTIVE", "学习行政复议法", 20, 18));
        assertEquals(201, r.status(), r.body());
        JsonNode j = r.json();
        for (String f : List.of("id", "orgId", "date", "kind", "topic", "laws", "lecturer", "minutes", "expected", "attended")) {
            assertTrue(j.has(f), "field " + f + " in " + r.body());
        }
        assertEquals("2024-03-15", j.get("date").asText());
        assertEquals(List.of("中华人民共和国行政复议法", "宪法"), List.of(j.get("laws").get(0).asText(), j.get("laws").get(1).asText()));
        assertEquals(90.0, j.get("attendanceRate").asDouble(), "参学率 18/20");
        assertEquals(j.get("topic"), admin.get("/api/study-sessions/" + j.get("id").asLong()).json().get("topic"));
    }

    @Test
    void badSessionsAreRefusedWithEveryFieldNamedAndNothingWritten() {
        long before = count("/api/study-sessions");
        Http.Res r = admin.post("/api/study-sessions", session(justice.id(), "2023-02-30", "BOGUS", "", 5, 9));
        assertEquals(400, r.status(), r.body());
        List<String> fields = r.json().get("errors").findValuesAsText("field");
        assertTrue(fields.containsAll(List.of("date", "kind")), r.body());
        Http.Res over = admin.post("/api/study-sessions", session(justice.id(), "2024-05-01", "COLLECTIVE", "学法", 5, 9));
        assertEquals("attended", over.json().get("field").asText(), over.body());
        assertEquals(400, admin.raw("POST", "/api/study-sessions", "application/json", "{\"orgId\":\"x\"}").status());
        assertEquals(400, admin.post("/api/study-sessions", session(999999, "2024-05-01", "COLLECTIVE", "学法", 5, 4)).status());
        assertEquals(before, count("/api/study-sessions"));
    }

    @Test
    void attendeesDecideTheNumbersAndGuestsAreApart() {
        Map<String, Object> s = session(justice.id(), "2024-06-03", "集体学法", "学习民法典", 0, 0);
        s.put("attendees", List.of(
                Map.of("personId", head.id(), "status", "PRESENT"),
                Map.of("personId", staff.id(), "status", "LEAVE"),
                Map.of("name", "列席的律师", "guest", true)));
        JsonNode j = admin.post("/api/study-sessions", s).json();
        assertEquals("COLLECTIVE", j.get("kind").asText(), "the short label is understood");
        assertEquals(2, j.get("expected").asInt());
        assertEquals(1, j.get("attended").asInt());
        assertEquals(3, j.get("attendees").size());

        Map<String, Object> wrong = session(justice.id(), "2024-06-04", "COLLECTIVE", "学习", 0, 0);
        Person other = server.person(finance, "钱多", "局长", LeaderCategory.PRINCIPAL);
        wrong.put("attendees", List.of(Map.of("personId", other.id(), "status", "PRESENT")));
        assertEquals("attendees", admin.post("/api/study-sessions", wrong).json().get("field").asText());
    }

    @Test
    void listsFilterBySubtreeYearKindAndText() {
        admin.post("/api/study-sessions", session(finance.id(), "2023-12-31", "COLLECTIVE", "财政年终学法", 10, 10));
        admin.post("/api/study-sessions", session(finance.id(), "2024-01-01", "WRITTEN", "财政新年书面学法", 10, 9));
        Http.Res y2023 = admin.get("/api/study-sessions?orgId=" + finance.id() + "&year=2023");
        assertEquals("1", y2023.header("X-Total-Count"));
        assertEquals("财政年终学法", y2023.json().get(0).get("topic").asText());
        assertEquals("1", admin.get("/api/study-sessions?orgId=" + finance.id() + "&kind=WRITTEN").header("X-Total-Count"));
        assertTrue(admin.get("/api/study-sessions?q=新年").json().findValuesAsText("topic").contains("财政新年书面学法"));
        admin.post("/api/study-sessions", session(county.id(), "2023-06-01", "EXEC_MEETING", "县政府常务会议学法", 20, 20));
        JsonNode own = admin.get("/api/study-sessions?orgId=" + county.id() + "&year=2023&unitOnly=true").json();
        own.forEach(x -> assertEquals(county.id().longValue(), x.get("orgId").asLong(), "only the unit's own sessions"));
        assertTrue(admin.get("/api/study-sessions?orgId=" + county.id() + "&year=2023").json().findValuesAsText("topic")
                .contains("财政年终学法"), "without unitOnly the subtree counts");
        assertEquals(400, admin.get("/api/study-sessions?year=abc").status());
        assertEquals(400, admin.get("/api/study-sessions?kind=NOPE").status());
    }

    @Test
    void complianceFollowsTheDefaultRulesAndTheirEdits() {
        Org audit = server.org("清河县审计局", OrgKind.DEPARTMENT, county);
        admin.post("/api/study-sessions", session(audit.id(), "2023-04-10", "COLLECTIVE", "审计学法一", 9, 9));
        JsonNode board = admin.get("/api/study-compliance?year=2023&orgId=" + county.id()).json();
        JsonNode unit = find(board, audit.id());
        assertFalse(unit.get("compliant").asBoolean(), "1 of 2 集体学法 in a past year");
        JsonNode rule = unit.get("rules").get(0);
        assertEquals("YEAR", rule.get("period").asText());
        assertEquals(2, rule.get("required").asInt());
        assertEquals(1, rule.get("held").asInt());
        assertEquals(List.of("COLLECTIVE"), List.of(rule.get("kinds").get(0).asText()));
        assertFalse(board.get(board.size() - 1).get("compliant").asBoolean() && !board.get(0).get("compliant").asBoolean(),
                "units behind come first");

        JsonNode rules = admin.get("/api/quota-rules").json();
        JsonNode dept = null;
        for (JsonNode r : rules) {
            if (r.get("orgKind").asText().equals("DEPARTMENT")) {
                dept = r;
            }
        }
        Map<String, Object> edit = new HashMap<>();
        edit.put("label", dept.get("label").asText());
        edit.put("kinds", List.of("COLLECTIVE"));
        edit.put("orgKind", "DEPARTMENT");
        edit.put("minimum", 1);
        edit.put("period", "YEAR");
        edit.put("version", dept.get("version").asInt());
        assertEquals(200, admin.put("/api/quota-rules/" + dept.get("id").asLong(), edit).status());
        assertTrue(find(admin.get("/api/study-compliance?year=2023&orgId=" + county.id()).json(), audit.id())
                .get("compliant").asBoolean(), "a rule edited as data changes the judgement");
        edit.put("minimum", 2);
        edit.put("version", dept.get("version").asInt() + 1);
        assertEquals(200, admin.put("/api/quota-rules/" + dept.get("id").asLong(), edit).status());

        server.createUser("rule-reader", Role.ORGANISER, null);
        Http organiser = server.login("rule-reader");
        assertEquals(200, organiser.get("/api/quota-rules").status());
        assertEquals(403, organiser.put("/api/quota-rules/" + dept.get("id").asLong(), edit).status(), "only admins edit rules");
    }

    private static JsonNode find(JsonNode board, long orgId) {
        for (JsonNode u : board) {
            if (u.get("orgId").asLong() == orgId) {
                return u;
            }
        }
        throw new AssertionError("unit " + orgId + " not on the board: " + board);
    }

    @Test
    void testsOutcomesRetakesAndTheYearsFigures() {
        Org tax = server.org("清河县税务局", OrgKind.DEPARTMENT, county);
        long b1 = admin.post("/api/test-batches", Map.of("orgId", justice.id(), "date", "2022-03-10", "track", "NON_NPC", "paper", "A"))
                .json().get("id").asLong();
        JsonNode batch = admin.get("/api/test-batches/" + b1).json();
        assertEquals(100, batch.get("fullMark").asInt());
        assertEquals(60, batch.get("passMark").asInt());
        Http.Res first = admin.post("/api/test-batches/" + b1 + "/results", List.of(
                Map.of("name", "甲", "orgId", tax.id(), "score", 88),
                Map.of("name", "乙", "orgId", tax.id(), "score", 52.5),
                Map.of("name", "丙", "orgId", tax.id(), "absent", true),
                Map.of("name", "丁", "orgId", tax.id(), "score", 40)));
        assertEquals(201, first.status(), first.body());
        assertEquals(List.of("PASSED", "DEFERRED", "ABSENT", "DEFERRED"), first.json().findValuesAsText("outcome"));
        long yi = first.json().get(1).get("id").asLong();
        long ding = first.json().get(3).get("id").asLong();

        long b2 = admin.post("/api/test-batches", Map.of("orgId", justice.id(), "date", "2022-06-10", "track", "NON_NPC", "paper", "B"))
                .json().get("id").asLong();
        Map<String, Object> retakeYi = new HashMap<>(Map.of("name", "乙", "orgId", tax.id(), "score", 75, "retakeOf", yi));
        Map<String, Object> retakeDing = new HashMap<>(Map.of("name", "丁", "orgId", tax.id(), "score", 50, "retakeOf", ding));
        Http.Res second = admin.post("/api/test-batches/" + b2 + "/results", List.of(retakeYi, retakeDing,
                Map.of("name", "戊", "orgId", tax.id(), "score", 91)));
        assertEquals(List.of("PASSED_RETAKE", "WITHDRAWN", "PASSED"), second.json().findValuesAsText("outcome"));

        Http.Res again = admin.post("/api/test-batches/" + b2 + "/results", retakeYi);
        assertEquals(400, again.status(), "a result is retaken once: " + again.body());
        Http.Res badRow = admin.post("/api/test-batches/" + b2 + "/results", List.of(
                Map.of("name", "己", "orgId", tax.id(), "score", 70), Map.of("name", "庚", "orgId", tax.id(), "score", 170)));
        assertEquals(400, badRow.status());
        assertTrue(badRow.json().get("message").asText().startsWith("第2行"), badRow.body());
        assertEquals(3, admin.get("/api/test-batches/" + b2 + "/results").json().size(), "all rows or none");

        JsonNode stats = admin.get("/api/test-stats?year=2022&orgId=" + tax.id()).json();
        assertEquals(2, stats.get("batches").asInt());
        assertEquals(4, stats.get("people").asInt(), "甲乙丁戊 sat, each counted once; 丙 was absent: " + stats);
        // Hand count: sittings 88, 52.5, 40 | 75, 50, 91 (丙 absent) = 6; first sittings 甲乙丁 + 戊 = 4, of
        // which 甲 and 戊 passed; in the end 甲, 乙 (on retake) and 戊 passed of the 4 people who sat.
        assertEquals(6, stats.get("sittings").asInt());
        assertEquals(2, stats.get("passedFirst").asInt());
        assertEquals(3, stats.get("passedFinal").asInt());
        assertEquals(1, stats.get("absent").asInt());
        assertEquals(50.0, stats.get("firstPassRate").asDouble());
        assertEquals(75.0, stats.get("passRate").asDouble());
        assertEquals(66.1, stats.get("averageScore").asDouble(), "396.5 / 6 = 66.08");
        assertEquals("全年测试2批次4人", stats.get("summary").asText());
        List<String> waiting = admin.get("/api/test-awaiting-retake?year=2022&orgId=" + tax.id()).json().findValuesAsText("name");
        assertEquals(List.of(), waiting, "乙 and 丁 have retaken");
    }

    @Test
    void theLawCatalogueOffersTitlesAndImportsTheNationalList() throws Exception {
        JsonNode hits = admin.get("/api/laws?q=复议").json();
        assertEquals("中华人民共和国行政复议法", hits.get(0).asText(), hits.toString());
        Http.Res r = admin.raw("POST", "/api/laws/import?mode=extend", "text/csv", NationalLaws.CSV);
        assertEquals(200, r.status(), r.body());
        assertEquals(NationalLaws.NEW_TITLES, r.json().get("imported").asInt(), r.body());
        assertTrue(admin.get("/api/laws?q=人民检察院刑事诉讼规则").body().contains("人民检察院刑事诉讼规则"));
        server.createUser("law-organiser", Role.ORGANISER, null);
        assertEquals(403, server.login("law-organiser").raw("POST", "/api/laws/import", "text/csv", "标题\n某法").status());
    }

    @Test
    void peopleAwaitingARetakeAreListedAndExported() {
        long b = admin.post("/api/test-batches", Map.of("orgId", justice.id(), "date", "2021-05-10", "track", "NPC", "paper", "A"))
                .json().get("id").asLong();
        admin.post("/api/test-batches/" + b + "/results", List.of(Map.of("name", "待补考甲", "orgId", finance.id(), "score", 41),
                Map.of("name", "合格乙", "orgId", finance.id(), "score", 81)));
        assertEquals(List.of("待补考甲"), admin.get("/api/test-awaiting-retake?year=2021").json().findValuesAsText("name"));
        Http.Res csv = admin.get("/api/test-awaiting-retake/export?format=csv&year=2021");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("待补考甲") && !csv.body().contains("合格乙"), csv.body());
    }

    @Test
    void reviewedHolesStayClosed() {
        long b = admin.post("/api/test-batches", Map.of("orgId", justice.id(), "date", "2021-09-10", "track", "NON_NPC"))
                .json().get("id").asLong();
        Http.Res nullRow = admin.raw("POST", "/api/test-batches/" + b + "/results", "application/json",
                "[{\"name\":\"甲\",\"orgId\":" + finance.id() + ",\"score\":70},null]");
        assertEquals(400, nullRow.status(), nullRow.body());
        assertTrue(nullRow.json().get("message").asText().startsWith("第2行"), nullRow.body());
        assertEquals(0, admin.get("/api/test-batches/" + b + "/results").json().size(), "nothing stored");

        long r = admin.post("/api/test-batches/" + b + "/results", Map.of("name", "乙", "orgId", finance.id(), "score", 70))
                .json().get("id").asLong();
        Map<String, Object> foreign = new HashMap<>(Map.of("name", "乙", "orgId", finance.id(), "score", 70, "personId", head.id()));
        Http.Res wrongPerson = admin.put("/api/test-results/" + r, foreign);
        assertEquals(400, wrongPerson.status(), wrongPerson.body());
        assertEquals("personId", wrongPerson.json().get("field").asText());
        assertFalse(wrongPerson.body().contains(head.name()), "no names of other units in messages");
        foreign.put("personId", 999999);
        assertEquals(400, admin.put("/api/test-results/" + r, foreign).status(), "an unknown person is bad input, not a 500");

        assertEquals(400, admin.raw("POST", "/api/laws/import", "text/csv", "名称\n\"宪法\n").status(), "broken CSV quoting");

        Map<String, Object> ahead = session(justice.id(), "2025-06-17", "COLLECTIVE", "明天的学法", 5, 5);
        Http.Res future = admin.post("/api/study-sessions", ahead);
        assertEquals(400, future.status(), "the day after the server's today (2025-06-16)");
        assertEquals("date", future.json().get("field").asText());
        assertEquals(201, admin.post("/api/study-sessions", session(justice.id(), "2025-06-16", "COLLECTIVE", "今天的学法", 5, 5))
                .status(), "today itself is accepted");

        Map<String, Object> withPeople = session(justice.id(), "2024-07-01", "COLLECTIVE", "保留签到", 0, 0);
        withPeople.put("attendees", List.of(Map.of("personId", head.id(), "status", "PRESENT"),
                Map.of("personId", staff.id(), "status", "ABSENT")));
        JsonNode created = admin.post("/api/study-sessions", withPeople).json();
        Map<String, Object> topicOnly = session(justice.id(), "2024-07-01", "COLLECTIVE", "保留签到(订正主题)", 0, 0);
        JsonNode updated = admin.put("/api/study-sessions/" + created.get("id").asLong(), topicOnly).json();
        assertEquals(2, updated.get("attendees").size(), "a PUT without attendees keeps the sign-in list: " + updated);
        assertEquals(1, updated.get("attended").asInt());
    }

    @Test
    void aRetakeCountsForThePersonOfItsFirstSittingEvenWhenOnlyOneIsLinked() {
        Org notary = server.org("清河县公证处", OrgKind.UNIT, justice);
        Person cao = server.person(notary, "曹文静", "主任", LeaderCategory.PRINCIPAL);
        long b1 = admin.post("/api/test-batches", Map.of("orgId", justice.id(), "date", "2019-03-10", "track", "NON_NPC"))
                .json().get("id").asLong();
        long b2 = admin.post("/api/test-batches", Map.of("orgId", justice.id(), "date", "2019-05-10", "track", "NON_NPC"))
                .json().get("id").asLong();
        long first = admin.post("/api/test-batches/" + b1 + "/results", Map.of("name", "曹文静", "orgId", notary.id(), "score", 48))
                .json().get("id").asLong();
        Http.Res retake = admin.post("/api/test-batches/" + b2 + "/results",
                Map.of("name", "曹文静", "orgId", notary.id(), "personId", cao.id(), "score", 77, "retakeOf", first));
        assertEquals("PASSED_RETAKE", retake.json().get("outcome").asText(), retake.body());
        JsonNode stats = admin.get("/api/test-stats?year=2019&orgId=" + notary.id()).json();
        assertEquals(1, stats.get("people").asInt(), "one person however her sittings were entered: " + stats);
        assertEquals(100.0, stats.get("passRate").asDouble());
        assertEquals(2, stats.get("sittings").asInt());
    }
}
