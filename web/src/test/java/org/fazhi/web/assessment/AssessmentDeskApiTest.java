package org.fazhi.web.assessment;

import static org.fazhi.web.assessment.DeskServer.ok;
import static org.fazhi.web.support.SampleFiles.PDF;
import static org.fazhi.web.support.SampleFiles.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A unit's desk over real HTTP: self-assessment (answers with the live ledger figure, files, links, notes and
 * ledger records as evidence, submit), the review (scores with reasons, return for 补充材料, confirm, typical,
 * 整改), and every refusal: a score above the points, a kind the leaf does not take, a stale version, after
 * submission, after the deadline, out of scope — each with its field or status, writing nothing.
 */
class AssessmentDeskApiTest {
    @AutoClose
    private final DeskServer s = new DeskServer();
    private final String town = s.desk(s.town);

    private JsonNode answer(Http who, String desk, String code) {
        for (JsonNode a : ok(who.get(desk + "/answers")).json()) {
            if (a.get("code").asText().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no leaf " + code);
    }

    private Http.Res save(Http who, String desk, String code, Object score, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("selfScore", score);
        body.put("explanation", "已落实");
        body.put("version", version);
        return who.put(desk + "/answers/" + code, body);
    }

    private HttpResponse<byte[]> upload(Http who, String desk, String code, String name, String type, byte[] bytes) {
        String boundary = "----desk" + System.nanoTime();
        return new RawClient(s.server).send(who.token(), "POST", desk + "/answers/" + code + "/evidence",
                "multipart/form-data; boundary=" + boundary, RawClient.multipart(boundary, name, type, bytes));
    }

    private static void refused(Http.Res r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        if (field != null) {
            assertEquals(field, r.json().get("field").asText(), r.body());
        }
        assertTrue(r.json().get("message").asText().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff), r.body());
    }

    private int audit() {
        return audit(s.admin);
    }

    private static int audit(Http admin) {
        return Integer.parseInt(admin.get("/api/audit?limit=1").header("X-Total-Count"));
    }

    @Test
    void theUnitFillsInItsLeavesWithEvidenceAndSubmits() throws Exception {
        s.attendedCase(s.town);
        long item = s.rectification(s.town, "规范性文件未备案");
        JsonNode leaves = ok(s.townUser.get(town + "/answers")).json();
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), codes(leaves));
        JsonNode bound = leaves.get(3);
        assertEquals("COURT_APPEARANCE_RATE", bound.get("metric").asText());
        assertEquals(0, bound.get("figure").decimalValue().compareTo(new java.math.BigDecimal("100")), bound.toString());
        assertEquals("100.0%", bound.get("figureText").asText());
        assertEquals(0, bound.get("suggestedScore").decimalValue().compareTo(new java.math.BigDecimal("4")), bound.toString());
        assertEquals("/court-cases?orgId=" + s.town.id() + "&year=2026", bound.get("figureList").asText());
        assertEquals("OPEN", bound.get("state").asText());
        assertEquals(0, bound.get("version").asInt());
        assertTrue(leaves.get(0).get("figure").isNull());
        assertEquals(List.of("FILE", "NOTE"), texts(leaves.get(0).get("evidenceKinds")));

        JsonNode saved = ok(save(s.townUser, town, "1.1", 5.5, 0)).json();
        assertEquals(1, saved.get("version").asInt());
        assertEquals("5.5", saved.get("selfScore").decimalValue().toPlainString());
        int before = audit();
        refused(save(s.townUser, town, "1.1", 5, 0), 409, null);
        refused(save(s.townUser, town, "1.2", 4.5, 0), 400, "selfScore");
        refused(save(s.townUser, town, "1.2", -1, 0), 400, "selfScore");
        refused(save(s.financeUser, town, "1.2", 4, 0), 403, null);
        refused(s.financeUser.get(town + "/answers"), 403, null);

        // Evidence: a file by its content, a kind the leaf does not take, a link, a ledger record by reference.
        HttpResponse<byte[]> pdf = upload(s.townUser, town, "1.1", "规范性文件审核台账.pdf", "application/pdf", PDF);
        assertEquals(201, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        byte[] scan = java.util.Arrays.copyOf(PDF, 3 * 1024 * 1024);
        HttpResponse<byte[]> big = upload(s.townUser, town, "1.2", "扫描件.pdf", "application/pdf", scan);
        assertEquals(201, big.statusCode(), "a 3 MB scan is taken: the desk's evidence has the evidence body limit");
        HttpResponse<byte[]> png = upload(s.townUser, town, "1.1", "照片.png", "image/png", PNG);
        assertEquals(400, png.statusCode());
        assertTrue(new String(png.body(), StandardCharsets.UTF_8).contains("\"field\":\"kind\""));
        refused(s.townUser.post(town + "/answers/2.1/evidence", Map.of("kind", "NOTE", "title", "说明", "text", "无")), 400, "kind");
        refused(s.townUser.post(town + "/answers/2.1/evidence", Map.of("kind", "LINK", "title", "公示", "url", "javascript:alert(1)")),
                400, "url");
        refused(s.townUser.post(town + "/answers/1.2/evidence", Map.of("kind", "RECORD", "ref", "meeting:3")), 400, "ref");
        refused(s.townUser.post(town + "/answers/1.2/evidence", Map.of("kind", "RECORD", "ref", "rectification:99999")), 404, null);
        long financeItem = s.rectification(s.finance, "执法案卷不规范");
        before = audit();
        refused(s.townUser.post(town + "/answers/1.2/evidence", Map.of("kind", "RECORD", "ref", "rectification:" + financeItem)),
                403, null);
        assertEquals(before, audit(), "nothing written by the refusals");

        ok(s.townUser.post(town + "/answers/2.1/evidence", Map.of("kind", "LINK", "title", "执法公示栏目",
                "url", "https://www.qinghe.gov.cn/zfgs/")));
        JsonNode picker = ok(s.townUser.get(town + "/records?kind=rectification&q=" + java.net.URLEncoder.encode("备案",
                StandardCharsets.UTF_8))).json();
        assertEquals(1, picker.size(), picker.toString());
        assertEquals("rectification:" + item, picker.get(0).get("ref").asText());
        refused(s.townUser.get(town + "/records?kind=meeting"), 400, "kind");
        refused(s.financeUser.get(town + "/records?kind=rectification"), 403, null);
        JsonNode record = ok(s.townUser.post(town + "/answers/1.2/evidence", Map.of("kind", "RECORD",
                "ref", picker.get(0).get("ref").asText()))).json();
        assertEquals("RECORD", record.get("kind").asText());
        assertEquals("整改事项“规范性文件未备案”", record.get("title").asText());
        assertEquals(record.toString(), ok(s.townUser.get("/api/assessment-evidence/" + record.get("id").asLong())).json().toString());

        long fileId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(pdf.body()).get("id").asLong();
        HttpResponse<byte[]> file = new RawClient(s.server).send(s.townUser.token(), "GET", "/api/assessment-evidence/" + fileId,
                null, null);
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertArrayEquals(PDF, file.body());
        refused(s.financeUser.get("/api/assessment-evidence/" + fileId), 403, null);
        refused(s.financeUser.delete("/api/assessment-evidence/" + fileId), 403, null);
        assertEquals(3, answer(s.townUser, town, "1.1").get("evidence").size() + answer(s.townUser, town, "1.2").get("evidence").size());

        // Submit: every leaf needs a score; then everything is locked.
        refused(s.townUser.post(town + "/submit", Map.of()), 400, "answers");
        ok(save(s.townUser, town, "1.2", 4, 0));
        ok(save(s.townUser, town, "2.1", 6, 0));
        ok(save(s.townUser, town, "2.2", 4, 0));
        JsonNode unit = ok(s.townUser.post(town + "/submit", Map.of())).json();
        assertEquals("SUBMITTED", unit.get("state").asText());
        before = audit();
        refused(save(s.townUser, town, "1.1", 6, 1), 409, null);
        refused(s.townUser.post(town + "/answers/1.1/evidence", Map.of("kind", "NOTE", "title", "补充", "text", "补充说明")), 409, null);
        refused(s.townUser.delete("/api/assessment-evidence/" + fileId), 409, null);
        assertEquals(before, audit());
        assertEquals("SUBMITTED", answer(s.townUser, town, "1.1").get("state").asText());
    }

    @Test
    void theReviewerScoresReturnsAndConfirmsAndOpensRectification() {
        for (String code : List.of("1.1", "1.2", "2.1", "2.2")) {
            ok(save(s.townUser, town, code, code.startsWith("1") ? 4 : 4, 0));
        }
        refused(s.countyUser.post(town + "/review", Map.of("code", "1.1", "score", 3, "reason", "")), 409, null);
        ok(s.townUser.post(town + "/submit", Map.of()));

        refused(s.countyUser.post(town + "/review", Map.of("code", "1.1", "score", 3)), 400, "reason");
        refused(s.countyUser.post(town + "/review", Map.of("code", "1.1", "score", 7, "reason", "超分")), 400, "score");
        refused(s.countyUser.post(town + "/review", Map.of("reason", "没有分数", "code", "1.1")), 400, "score");
        refused(s.townUser.post(town + "/review", Map.of("code", "1.1", "score", 3, "reason", "自己审自己")), 403, null);
        refused(s.financeUser.post(town + "/review", Map.of("code", "1.1", "score", 3, "reason", "越权")), 403, null);
        JsonNode reviewed = ok(s.countyUser.post(town + "/review", Map.of("code", "1.1", "score", 3, "reason", "2件文件未经审核"))).json();
        assertEquals("3.0", reviewed.get("reviewScore").decimalValue().setScale(1).toPlainString());
        assertEquals("2件文件未经审核", reviewed.get("reason").asText());

        refused(s.countyUser.post(town + "/return", Map.of("codes", List.of("1.2"))), 400, "comment");
        refused(s.countyUser.post(town + "/return", Map.of("codes", List.of(), "comment", "请补充")), 400, "codes");
        JsonNode returned = ok(s.countyUser.post(town + "/return", Map.of("codes", List.of("1.2"), "comment", "请补充会议纪要"))).json();
        assertEquals("RETURNED", returned.get(0).get("state").asText());
        refused(s.countyUser.post(town + "/confirm", Map.of()), 409, null);
        refused(save(s.townUser, town, "1.1", 6, answer(s.townUser, town, "1.1").get("version").asInt()), 409, null);
        JsonNode leaf = answer(s.townUser, town, "1.2");
        assertEquals("请补充会议纪要", leaf.get("returnComment").asText());
        ok(save(s.townUser, town, "1.2", 3.5, leaf.get("version").asInt()));
        ok(s.townUser.post(town + "/answers/1.2/evidence", Map.of("kind", "NOTE", "title", "会议纪要", "text", "已补充")));
        ok(s.townUser.post(town + "/submit", Map.of()));
        assertEquals("SUBMITTED", answer(s.countyUser, town, "1.2").get("state").asText());

        refused(s.countyUser.put(town + "/answers/1.1/typical", Map.of()), 400, "typical");
        assertTrue(ok(s.countyUser.put(town + "/answers/2.1/typical", Map.of("typical", true))).json().get("typical").asBoolean());
        refused(s.countyUser.post(town + "/answers/2.1/rectification", Map.of("deadline", "2026-06-30")), 400, "code");
        refused(s.countyUser.post(town + "/answers/1.1/rectification", Map.of("deadline", "2026-01-01")), 400, "deadline");
        Http.Res opened = ok(s.countyUser.post(town + "/answers/1.1/rectification", Map.of("deadline", "2026-06-30")));
        assertEquals(201, opened.status());
        long item = opened.json().get("id").asLong();
        assertTrue(ok(s.countyUser.get("/api/rectifications/" + item)).json().get("problem").asText().contains("2件文件未经审核"));

        int version = ok(s.countyUser.get("/api/assessment-rounds/" + s.round.id() + "/units/" + s.town.id() + "/answers")).status();
        assertEquals(200, version);
        JsonNode confirmed = ok(s.countyUser.post(town + "/confirm", Map.of())).json();
        assertEquals("CONFIRMED", confirmed.get("state").asText());
        refused(s.countyUser.post(town + "/review", Map.of("code", "2.1", "score", 5, "reason", "已确认后")), 409, null);
        assertEquals("CONFIRMED", answer(s.townUser, town, "1.1").get("state").asText());
    }

    @Test
    void afterTheDeadlineNothingChanges() {
        ok(save(s.townUser, town, "1.1", 5, 0));
        s.clock.set(2026, 4, 1);
        Http late = s.server.login("town");
        Http admin = s.server.login(org.fazhi.web.support.TestServer.ADMIN);
        int before = audit(admin);
        refused(save(late, town, "1.1", 6, 1), 409, null);
        refused(late.post(town + "/answers/1.1/evidence", Map.of("kind", "NOTE", "title", "迟交", "text", "迟交")), 409, null);
        refused(late.post(town + "/submit", Map.of()), 409, null);
        assertEquals(before, audit(admin));
        assertEquals("5.0", answer(late, town, "1.1").get("selfScore").decimalValue().setScale(1).toPlainString());
    }

    private static List<String> codes(JsonNode leaves) {
        List<String> out = new java.util.ArrayList<>();
        leaves.forEach(l -> out.add(l.get("code").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(l -> out.add(l.asText()));
        return out;
    }
}
