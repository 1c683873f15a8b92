package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.web.support.AdminDesk;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A study session or hearing that looks like a stored one: the API refuses it (409 POSSIBLE_DUPLICATE,
 * naming the stored record) unless ?confirmDuplicate=true; the page shows the form again, filled in, with
 * "可能重复,仍要保存?", a link to the stored record and the 仍要保存 checkbox that saves on the next post.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PossibleDuplicateTest {
    private AdminDesk desk;
    private Http api;
    private Http page;
    private long org;

    @BeforeAll
    void start() {
        desk = new AdminDesk("重复县司法局", "DEPARTMENT");
        api = desk.api;
        page = desk.page;
        org = desk.org;
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    private Map<String, Object> session(String date, String topic) {
        return new HashMap<>(Map.of("orgId", org, "date", date, "kind", "COLLECTIVE", "topic", topic,
                "laws", java.util.List.of("宪法"), "expected", 10, "attended", 9));
    }

    private long count(String path) {
        return Long.parseLong(api.get(path).header("X-Total-Count"));
    }

    @Test
    void theApiRefusesALookAlikeSessionUnlessConfirmed() {
        long first = api.post("/api/study-sessions", session("2024-04-01", "学习信访工作条例")).json().get("id").asLong();
        Http.Res again = api.post("/api/study-sessions", session("2024-04-01", "学习信访工作条例"));
        assertEquals(409, again.status(), again.body());
        JsonNode e = again.json();
        assertEquals("POSSIBLE_DUPLICATE", e.get("error").asText());
        assertEquals("confirmDuplicate", e.get("field").asText());
        assertEquals(first, e.get("duplicateOf").asLong());
        assertTrue(e.get("message").asText().contains("可能重复") && e.get("message").asText().contains("编号 " + first),
                e.get("message").asText());
        String list = "/api/study-sessions?orgId=" + org + "&q=" + java.net.URLEncoder.encode("信访", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, count(list), "nothing saved");

        Http.Res confirmed = api.post("/api/study-sessions?confirmDuplicate=true", session("2024-04-01", "学习信访工作条例"));
        assertEquals(201, confirmed.status(), confirmed.body());
        assertEquals(2, count(list));

        // An edit is not its own duplicate; moved onto another stored session it is asked about again.
        JsonNode other = api.post("/api/study-sessions", session("2024-04-02", "学习信访工作条例")).json();
        Map<String, Object> same = session("2024-04-02", "学习信访工作条例");
        same.put("version", 0);
        same.put("expected", 12);
        assertEquals(200, api.put("/api/study-sessions/" + other.get("id").asLong(), same).status());
        Map<String, Object> moved = session("2024-04-01", "学习信访工作条例");
        moved.put("version", 1);
        Http.Res refused = api.put("/api/study-sessions/" + other.get("id").asLong(), moved);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("POSSIBLE_DUPLICATE", refused.json().get("error").asText());
        assertEquals(200, api.put("/api/study-sessions/" + other.get("id").asLong() + "?confirmDuplicate=true", moved).status());
    }

    @Test
    void theSessionFormAsksAndTheTickSaves() {
        long first = api.post("/api/study-sessions", session("2024-05-06", "学习行政许可法")).json().get("id").asLong();
        String form = page.get("/study-sessions/new?orgId=" + org).body();
        Map<String, String> fields = new HashMap<>(Http.fields("_csrf", Forms.csrf(form), "_once", Forms.inputValue(form, "_once"),
                "orgId", String.valueOf(org), "date", "2024-05-06", "kind", "COLLECTIVE", "topic", "学习行政许可法",
                "laws", "中华人民共和国行政许可法", "expected", "8", "attended", "8", "note", "第二次录入"));
        Http.Res asked = page.form("/study-sessions", fields);
        assertEquals(409, asked.status(), asked.body());
        String body = asked.body();
        assertTrue(body.contains("可能重复,仍要保存?"), body);
        assertTrue(body.contains("href=\"/study-sessions/" + first + "\""), "links the stored session");
        assertTrue(body.contains("name=\"confirmDuplicate\""), "the 仍要保存 checkbox");
        assertFalse(body.contains("有内容需要更正"), "nothing to correct is claimed");
        assertEquals("第二次录入", body.replaceAll("(?s).*<textarea name=\"note\"[^>]*>([^<]*)</textarea>.*", "$1"), "still filled in");
        assertEquals("学习行政许可法", Forms.inputValue(body, "topic"));
        String once = Forms.inputValue(body, "_once");
        // The refused form comes back with the token it was sent (FormOnce): freed by the refusal, so the tick below
        // saves, and kept until the form is saved, so Back to the form as first opened is answered with that save.
        assertEquals(fields.get("_once"), once, "the token the form was sent, given back");
        assertEquals(1, count("/api/study-sessions?orgId=" + org + "&year=2024&q=" + enc("行政许可法")));

        fields.put("_once", once);
        fields.put("confirmDuplicate", "true");
        Http.Res saved = page.form("/study-sessions", fields);
        assertEquals(303, saved.status(), saved.body());
        assertEquals(2, count("/api/study-sessions?orgId=" + org + "&year=2024&q=" + enc("行政许可法")));
    }

    @Test
    void aSecondHearingOnTheSameDayIsAskedAboutOnThePageAndInTheApi() {
        Map<String, Object> c = new HashMap<>(Map.of("caseNo", "(2024)重复1号", "court", "清河县人民法院",
                "instance", "FIRST", "defendantOrgId", org, "cause", "行政处罚", "filedOn", "2024-02-01"));
        long caseId = api.post("/api/court-cases", c).json().get("id").asLong();
        Map<String, Object> hearing = new HashMap<>(Map.of("date", "2024-03-01", "headAppeared", true,
                "headName", "张局长", "headPosition", "局长", "headCategory", "PRINCIPAL", "spoke", true));
        long first = api.post("/api/court-cases/" + caseId + "/hearings", hearing).json().get("id").asLong();
        Http.Res again = api.post("/api/court-cases/" + caseId + "/hearings", hearing);
        assertEquals(409, again.status(), again.body());
        assertEquals("POSSIBLE_DUPLICATE", again.json().get("error").asText());
        assertEquals(first, again.json().get("duplicateOf").asLong());
        assertEquals(1, api.get("/api/court-cases/" + caseId + "/hearings").json().size());

        String detail = page.get("/court-cases/" + caseId).body();
        Map<String, String> fields = new HashMap<>(Http.fields("_csrf", Forms.csrf(detail), "_once", Forms.inputValue(detail, "_once"),
                "date", "2024-03-01", "headAppeared", "true", "headName", "李副局长", "headPosition", "副局长",
                "headCategory", "DEPUTY", "spoke", "true", "version", ""));
        Http.Res asked = page.form("/court-cases/" + caseId + "/hearings", fields);
        assertEquals(409, asked.status(), asked.body());
        assertTrue(asked.body().contains("可能重复,仍要保存?"), asked.body());
        assertTrue(asked.body().contains("href=\"/court-cases/" + caseId + "#hearing-" + first + "\""), asked.body());
        assertEquals("李副局长", Forms.inputValue(asked.body(), "headName"));
        fields.put("_once", Forms.inputValue(asked.body(), "_once"));
        fields.put("confirmDuplicate", "true");
        assertEquals(303, page.form("/court-cases/" + caseId + "/hearings", fields).status());
        assertEquals(2, api.get("/api/court-cases/" + caseId + "/hearings").json().size());
        assertEquals(201, api.post("/api/court-cases/" + caseId + "/hearings?confirmDuplicate=true", hearing).status());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
