package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.RawClient.Res;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Spreadsheet import and export of law-training over real HTTP, for the classes that test it by feature
 * (SessionImportFormatsTest, SessionImportRefusalsTest, TrainingExportTest, TrainingImportPageTest,
 * ExamResultsImportTest): one server per class, and the requests and readers they share. Each test uses units
 * of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TrainingImportExportCase {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数";
    static final ObjectMapper JSON = new ObjectMapper();
    TestServer server;
    Http admin;
    LawTraining training;
    Org county;
    RawClient raw;

    @BeforeAll
    void start() {
        server = new TestServer();
        admin = server.login(TestServer.ADMIN);
        raw = new RawClient(server);
        training = server.server().training();
        county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    List<StudySession> sessionsOf(Org unit) {
        return training.sessions().list(Actor.SYSTEM, new SessionFilter(unit.id(), null, null, null), new Page(Page.MAX_LIMIT, 0)).items();
    }

    /** Asserts that an import answered 200 and stored {@code count} sessions, all of {@code unit}: those sessions. */
    List<StudySession> imported(Res r, Org unit, int count) {
        assertEquals(200, r.status(), r.text());
        assertEquals(count, r.json().get("imported").asInt());
        List<StudySession> stored = sessionsOf(unit);
        assertEquals(count, stored.size());
        return stored;
    }

    /** The session held on {@code date}. */
    static StudySession on(List<StudySession> sessions, LocalDate date) {
        return sessions.stream().filter(s -> s.date().equals(date)).findFirst().orElseThrow();
    }

    Res post(Http who, String path, String contentType, byte[] body) {
        return raw.post(who, path, contentType, body);
    }

    Res get(Http who, String path) {
        return raw.get(who, path);
    }

    Res importCsv(Http who, String csv) {
        return post(who, "/api/study-sessions/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    /** The body with the 仍要导入 checkbox ticked (field force=true) before its closing boundary. */
    static byte[] withForce(String boundary, byte[] body) {
        String end = "\r\n--" + boundary + "--\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, body.length - end.getBytes(StandardCharsets.UTF_8).length);
        out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"force\"\r\n\r\ntrue" + end)
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<List<String>> readXlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }

    static List<String> csvLines(byte[] body) {
        assertTrue(body.length >= 3 && (body[0] & 0xff) == 0xEF, "exports start with a BOM");
        return Arrays.asList(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }

    /** The errors of a refused import as "row|column" keys. */
    static Set<String> errorCells(Res r) {
        assertEquals(400, r.status(), r.text());
        JsonNode j = r.json();
        assertEquals("INVALID", j.get("error").asText(), r.text());
        assertTrue(j.has("field") && j.get("field").isNull(), r.text());
        Set<String> out = new HashSet<>();
        for (JsonNode e : j.get("errors")) {
            assertFalse(e.get("message").asText().isBlank(), r.text());
            out.add(e.get("row").asInt() + "|" + (e.get("column").isNull() ? "" : e.get("column").asText()));
        }
        return out;
    }

    static String message(Res r, int row) {
        for (JsonNode e : r.json().get("errors")) {
            if (e.get("row").asInt() == row) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error for row " + row + ": " + r.text());
    }

    List<String> signatures(Org unit) {
        List<String> out = training.sessions().list(Actor.SYSTEM, new SessionFilter(unit.id(), null, null, null),
                new Page(Page.MAX_LIMIT, 0)).items().stream()
                .map(s -> s.orgId() + "|" + s.date() + "|" + s.kind() + "|" + s.topic() + "|" + s.laws() + "|" + s.lecturer()
                        + "|" + s.minutes() + "|" + s.expected() + "|" + s.attended())
                .collect(Collectors.toCollection(ArrayList::new));
        out.sort(null);
        return out;
    }

    static Outcome outcome(List<ExamResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().outcome();
    }
}
