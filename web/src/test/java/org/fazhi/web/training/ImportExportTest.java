package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.fazhi.web.support.Xls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spreadsheet import and export of law-training over real HTTP: CSV in UTF-8 (with and without BOM)
 * and GBK, .xlsx and old .xls, every bad row reported and nothing stored, units by name or id, scope, size
 * limits, damaged files, export→import round trips, templates, the import page without scripts,
 * and test results with their derived outcomes. Each test uses units of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportExportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;
    private Http admin;
    private LawTraining training;
    private Org county;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        server = new TestServer();
        admin = server.login(TestServer.ADMIN);
        training = server.server().training();
        county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    // ---- helpers ----

    private Org org(String name, OrgKind kind, Org parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent == null ? null : parent.id()));
    }

    private List<StudySession> sessionsOf(Org unit) {
        return training.sessions().list(Actor.SYSTEM, new SessionFilter(unit.id(), null, null, null), new Page(Page.MAX_LIMIT, 0)).items();
    }

    private record Res(int status, byte[] body, HttpResponse<byte[]> raw) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }

    private Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private Res post(Http who, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + who.token()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Res get(Http who, String path) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", "Bearer " + who.token()));
    }

    private Res importCsv(Http who, String csv) {
        return post(who, "/api/study-sessions/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    /** A multipart body as a browser sends it: the file name's UTF-8 bytes raw in the header. */
    private static byte[] multipart(String boundary, String fileName, String type, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The body with the 仍要导入 checkbox ticked (field force=true) before its closing boundary. */
    private static byte[] withForce(String boundary, byte[] body) {
        String end = "\r\n--" + boundary + "--\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, body.length - end.getBytes(StandardCharsets.UTF_8).length);
        out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"force\"\r\n\r\ntrue" + end)
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<List<String>> readXlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }

    private static List<String> csvLines(byte[] body) {
        assertTrue(body.length >= 3 && (body[0] & 0xff) == 0xEF, "exports start with a BOM");
        return Arrays.asList(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }

    /** The errors of a refused import as "row|column" keys. */
    private static Set<String> errorCells(Res r) {
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

    private static String message(Res r, int row) {
        for (JsonNode e : r.json().get("errors")) {
            if (e.get("row").asInt() == row) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error for row " + row + ": " + r.text());
    }

    // ---- study sessions: formats ----

    @Test
    void aUtf8CsvImportsEveryRowWithLabelsCodesAndLaws() {
        Org unit = org("清河县司法局", OrgKind.DEPARTMENT, county);
        String csv = HEADER + "\r\n"
                + "清河县司法局,2024-03-05,领导班子集体学法,学习行政复议法,中华人民共和国行政复议法、中华人民共和国宪法;民法典,张明,45,12,11\r\n"
                + "清河县司法局,2024/6/18,书面学法,\"学习“民法典”, 合同编\",,,,,\r\n"
                + unit.id() + ",2024年9月1日,COURT_OBSERVATION,旁听行政诉讼案件庭审,行政诉讼法,,120,8,8\r\n";
        Res r = importCsv(admin, csv);
        assertEquals(200, r.status(), r.text());
        assertEquals(3, r.json().get("imported").asInt());

        List<StudySession> stored = sessionsOf(unit);
        assertEquals(3, stored.size());
        StudySession first = stored.stream().filter(s -> s.date().equals(LocalDate.of(2024, 3, 5))).findFirst().orElseThrow();
        assertEquals(StudyKind.COLLECTIVE, first.kind());
        assertEquals(List.of("中华人民共和国行政复议法", "中华人民共和国宪法", "民法典"), first.laws());
        assertEquals("张明", first.lecturer());
        assertEquals(45, first.minutes());
        assertEquals(12, first.expected());
        assertEquals(11, first.attended());
        StudySession second = stored.stream().filter(s -> s.date().equals(LocalDate.of(2024, 6, 18))).findFirst().orElseThrow();
        assertEquals("学习“民法典”, 合同编", second.topic());
        assertEquals(StudyKind.WRITTEN, second.kind());
        assertEquals(List.of(), second.laws());
        assertEquals(null, second.minutes());
        assertTrue(stored.stream().anyMatch(s -> s.kind() == StudyKind.COURT_OBSERVATION && s.date().equals(LocalDate.of(2024, 9, 1))));
    }

    @Test
    void aCsvWithABomOrInGbkAsExcelSavesItReadsTheSame() {
        Org unit = org("清河县民政局", OrgKind.DEPARTMENT, county);
        String csv = HEADER + "\r\n清河县民政局,2024-04-01,常务会议会前学法,学习《社会救助暂行办法》,社会救助暂行办法,李华,30,9,9\r\n";

        Res withBom = post(admin, "/api/study-sessions/import", "text/csv", bom(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, withBom.status(), withBom.text());

        byte[] gbk = csv.replace("2024-04-01", "2024-05-01").getBytes(Charset.forName("GBK"));
        // Windows browsers label CSV files as Excel files: the bytes decide, not the label.
        Res fromGbk = post(admin, "/api/study-sessions/import", "application/vnd.ms-excel", gbk);
        assertEquals(200, fromGbk.status(), fromGbk.text());

        List<StudySession> stored = sessionsOf(unit);
        assertEquals(2, stored.size());
        assertTrue(stored.stream().allMatch(s -> s.topic().equals("学习《社会救助暂行办法》") && s.kind() == StudyKind.EXEC_MEETING
                && s.lecturer().equals("李华")), stored.toString());
        assertEquals(Set.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1)),
                stored.stream().map(StudySession::date).collect(Collectors.toSet()));
    }

    @Test
    void anXlsxWithATitleRowReorderedAndExtraColumnsAndDateCellsImports() throws IOException {
        Org unit = org("清河县教育局", OrgKind.DEPARTMENT, county);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Workbook wb = new Workbook(file, "test", "1.0");
        Worksheet ws = wb.newWorksheet("学法");
        ws.value(0, 0, "清河县教育局2024年学法台账");
        String[] headers = {"序号", "日期", "单位", "类型", "主题", "实到人数", "应到人数", "时长（分钟）", "所学法律", "备注"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(1, c, headers[c]);
        }
        ws.value(2, 0, 1);
        ws.value(2, 1, LocalDate.of(2024, 3, 15));
        ws.style(2, 1).format("yyyy-mm-dd").set();
        ws.value(2, 2, "清河县教育局");
        ws.value(2, 3, "法治专题讲座");
        ws.value(2, 4, "教育法专题讲座");
        ws.value(2, 5, 40);
        ws.value(2, 6, 42);
        ws.value(2, 7, 90);
        ws.value(2, 8, "中华人民共和国教育法、中华人民共和国教师法");
        ws.value(2, 9, "不导入");
        ws.value(3, 0, 2);
        ws.value(3, 1, "2024-07-02");
        ws.value(3, 2, unit.id());
        ws.value(3, 3, "PARTY_GROUP");
        ws.value(3, 4, "党组会前学习未成年人保护法");
        wb.finish();

        Res r = post(admin, "/api/study-sessions/import?fileName=" + URLEncoder.encode("教育局学法.xlsx", StandardCharsets.UTF_8),
                XLSX, file.toByteArray());
        assertEquals(200, r.status(), r.text());
        assertEquals(2, r.json().get("imported").asInt());
        List<StudySession> stored = sessionsOf(unit);
        StudySession lecture = stored.stream().filter(s -> s.kind() == StudyKind.LECTURE).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 15), lecture.date());
        assertEquals(90, lecture.minutes());
        assertEquals(42, lecture.expected());
        assertEquals(40, lecture.attended());
        assertEquals(List.of("中华人民共和国教育法", "中华人民共和国教师法"), lecture.laws());
        assertTrue(stored.stream().anyMatch(s -> s.kind() == StudyKind.PARTY_GROUP && s.date().equals(LocalDate.of(2024, 7, 2))));

        // One audit entry for the whole file, naming it and its SHA-256.
        var entries = server.services().audit().find(Actor.SYSTEM,
                new AuditFilter(null, "study-session", null, "CREATE", null, null), new Page(100, 0)).items();
        assertTrue(entries.stream().anyMatch(e -> e.summary().contains("导入学法记录 2 条") && e.summary().contains("教育局学法.xlsx")
                && e.summary().matches(".*SHA-256 [0-9a-f]{64}.*")), entries.toString());
    }

    @Test
    void xlsxErrorsNameTheRowsExcelShowsBelowATitleRow() throws IOException {
        Org unit = org("清河县人社局", OrgKind.DEPARTMENT, county);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Workbook wb = new Workbook(file, "test", "1.0");
        Worksheet notes = wb.newWorksheet("说明");
        notes.value(0, 0, "先看说明:本表没有表头");
        notes.finish();
        Worksheet ws = wb.newWorksheet("学法");
        ws.value(0, 0, "2024年学法台账");
        String[] headers = HEADER.split(",");
        for (int c = 0; c < headers.length; c++) {
            ws.value(2, c, headers[c]);
        }
        Object[][] rows = {
            {"清河县人社局", LocalDate.of(2024, 1, 5), "集体学法", "好的", null, null, 30, 10, 10},
            {"清河县人社局", "2024-01-32", "集体学法", "坏日期", null, null, 30, 10, 10},
            {"清河县人社局", LocalDate.of(2024, 1, 5), "集体学法", "时长带小数", null, null, 30.5, 10, 10},
        };
        // Row 4 (index 3) stays blank: Excel's row numbers keep counting.
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof LocalDate d) {
                    ws.value(4 + r, c, d);
                    ws.style(4 + r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
                } else if (v instanceof Number n) {
                    ws.value(4 + r, c, n);
                } else if (v != null) {
                    ws.value(4 + r, c, v.toString());
                }
            }
        }
        wb.finish();
        Res r = post(admin, "/api/study-sessions/import", XLSX, file.toByteArray());
        assertEquals(Set.of("6|日期", "7|时长(分钟)"), errorCells(r), r.text());
        assertEquals(0, sessionsOf(unit).size());
    }

    @Test
    void aMultipartUploadWithTheBearerTokenWorksToo() {
        Org unit = org("清河县卫健局", OrgKind.DEPARTMENT, county);
        byte[] csv = (HEADER + "\n清河县卫健局,2024-02-02,集体学法,学习传染病防治法,传染病防治法,,60,10,10\n").getBytes(StandardCharsets.UTF_8);
        Res r = post(admin, "/api/study-sessions/import", "multipart/form-data; boundary=XyZ123",
                multipart("XyZ123", "卫健局.csv", "text/csv", csv));
        assertEquals(200, r.status(), r.text());
        assertEquals(1, sessionsOf(unit).size());
    }

    @Test
    void anOldExcelXlsImportsThroughTheApiAndTheImportPage() throws IOException, InterruptedException {
        Org unit = org("清河县医保局", OrgKind.DEPARTMENT, county);
        String rows = HEADER + "\n清河县医保局,2024-03-08,集体学法,学习档案法,中华人民共和国档案法,王芳,45,12,11\n"
                + ",,,,,,,,\n"
                + unit.id() + ",2024-06-18,书面学法,学习社会保险法,,,,,\n";
        byte[] xls = Xls.fromCsv("2024年学法台账", rows);

        Res r = post(admin, "/api/study-sessions/import", Xls.TYPE, xls);
        assertEquals(200, r.status(), r.text());
        assertEquals(2, r.json().get("imported").asInt());
        List<StudySession> stored = sessionsOf(unit);
        assertEquals(2, stored.size());
        StudySession first = stored.stream().filter(s -> s.date().equals(LocalDate.of(2024, 3, 8))).findFirst().orElseThrow();
        assertEquals(StudyKind.COLLECTIVE, first.kind());
        assertEquals("王芳", first.lecturer());
        assertEquals(45, first.minutes());
        assertEquals(12, first.expected());
        assertEquals(11, first.attended());
        assertTrue(stored.stream().anyMatch(s -> s.kind() == StudyKind.WRITTEN && s.date().equals(LocalDate.of(2024, 6, 18))));

        // The page's multipart upload takes it too, and a bad cell is named by the row Excel shows.
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        Http.Res page = browser.get("/study-sessions/import");
        assertTrue(page.body().contains(".xls,"), "the file chooser offers .xls");
        String token = Forms.csrf(page.body());
        HttpClient cookies = HttpClient.newBuilder().cookieHandler(browser.cookies()).build();
        byte[] more = Xls.fromCsv(null, HEADER + "\n清河县医保局,2024-09-09,集体学法,学习就业促进法,,,60,10,10\n");
        HttpResponse<String> posted = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/study-sessions/import?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=x1s")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("x1s", "医保局学法.xls", Xls.TYPE, more))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, posted.statusCode(), posted.body());
        assertEquals(3, sessionsOf(unit).size());

        Res bad = post(admin, "/api/study-sessions/import", Xls.TYPE,
                Xls.fromCsv("标题", HEADER + "\n清河县医保局,2024-10-10,集体学法,学习,,,60,10,10\n清河县医保局,2024-13-01,集体学法,学习,,,60,10,10\n"));
        assertEquals(Set.of("4|日期"), errorCells(bad), bad.text());
        assertEquals(3, sessionsOf(unit).size(), "nothing stored from a file with a bad row");
    }

    // ---- study sessions: refusals ----

    @Test
    void everyBadRowAndColumnIsReportedAndNothingIsStored() {
        Org unit = org("清河县交通局", OrgKind.DEPARTMENT, county);
        String csv = HEADER + "\n"
                + "清河县交通局,2024-03-01,集体学法,好的一行,,,30,10,10\n"                 // row 2: fine
                + "清河县交通局,2024-02-30,集体学法,日期不存在,,,30,10,10\n"               // row 3: date
                + "清河县交通局,2024-03-01,茶话会,类型不对,,,30,10,10\n"                   // row 4: kind
                + "清河县交通局,2024-03-01,集体学法,,,,30,10,10\n"                         // row 5: topic
                + "清河县交通局,2024-03-01,集体学法,实到多于应到,,,30,10,12\n"             // row 6: attended
                + "\n"                                                                       // row 7: blank, skipped
                + "清河县交通局,2024-03-01,集体学法,时长和人数都错,,,半小时,-1,\n"         // row 8: minutes, expected
                + "清河县交通局,明天,吃饭,,,,0,abc,1\n";                                  // row 9: date, kind, topic, minutes, expected
        Res r = importCsv(admin, csv);
        Set<String> cells = errorCells(r);
        assertEquals(Set.of("3|日期", "4|类型", "5|主题", "6|实到人数", "8|时长(分钟)", "8|应到人数",
                "9|日期", "9|类型", "9|主题", "9|时长(分钟)", "9|应到人数"), cells, r.text());
        String msg = r.json().get("message").asText();
        assertTrue(msg.contains("共有11处错误"), msg);
        assertTrue(message(r, 3).contains("2024-02-30"), r.text());
        assertTrue(message(r, 6).contains("不能超过应到人数"), r.text());
        assertEquals(0, sessionsOf(unit).size(), "nothing is stored when any row is wrong");
    }

    @Test
    void missingRequiredColumnsAreNamedAndUnreadableFilesAreRefusedWithout500() {
        Res missing = importCsv(admin, "单位,主题,备注\n清河县人民政府,学法,\n");
        Set<String> cells = errorCells(missing);
        assertEquals(Set.of("1|日期", "1|类型"), cells, missing.text());

        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Res fake = post(admin, "/api/study-sessions/import", XLSX, random);
        assertEquals(400, fake.status(), fake.text());
        assertEquals("file", fake.json().get("field").asText());
        assertTrue(fake.json().get("message").asText().contains("xlsx"), fake.text());

        byte[] zipLike = random.clone();
        zipLike[0] = 'P';
        zipLike[1] = 'K';
        zipLike[2] = 3;
        zipLike[3] = 4;
        Res brokenZip = post(admin, "/api/study-sessions/import", XLSX, zipLike);
        assertEquals(400, brokenZip.status(), brokenZip.text());

        // Random bytes after the OLE2 signature: an .xls that cannot be read, refused as such.
        byte[] xls = random.clone();
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole, 0, xls, 0, ole.length);
        Res brokenXls = post(admin, "/api/study-sessions/import", "application/vnd.ms-excel", xls);
        assertEquals(400, brokenXls.status(), brokenXls.text());
        assertTrue(brokenXls.json().get("message").asText().contains(".xls"), brokenXls.text());

        assertEquals(400, importCsv(admin, "").status());
        Res headerOnly = importCsv(admin, HEADER + "\n");
        assertEquals(400, headerOnly.status(), headerOnly.text());
        assertEquals(415, post(admin, "/api/study-sessions/import", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void unknownAndAmbiguousUnitsAreRowErrorsThatSuggestTheId() {
        Org justice = org("清河县住建局", OrgKind.DEPARTMENT, county);
        Org finance = org("清河县水利局", OrgKind.DEPARTMENT, county);
        Org officeA = org("办公室", OrgKind.UNIT, justice);
        Org officeB = org("办公室", OrgKind.UNIT, finance);
        String csv = HEADER + "\n"
                + "清河县不存在局,2024-03-01,集体学法,未知单位,,,30,10,10\n"
                + "办公室,2024-03-01,集体学法,同名单位,,,30,10,10\n"
                + "999999,2024-03-01,集体学法,未知编号,,,30,10,10\n";
        Res r = importCsv(admin, csv);
        assertEquals(Set.of("2|单位", "3|单位", "4|单位"), errorCells(r), r.text());
        assertTrue(message(r, 2).contains("不存在"), r.text());
        String ambiguous = message(r, 3);
        assertTrue(ambiguous.contains("2个同名单位") && ambiguous.contains(String.valueOf(officeA.id()))
                && ambiguous.contains(String.valueOf(officeB.id())) && ambiguous.contains("编号"), ambiguous);
        assertTrue(message(r, 4).contains("999999"), r.text());

        // The suggestion works: the id alone, or the name with the id as exports write it.
        Res fixed = importCsv(admin, HEADER + "\n"
                + officeA.id() + ",2024-03-01,集体学法,按编号,,,30,10,10\n"
                + "办公室(编号" + officeB.id() + "),2024-03-01,集体学法,名称加编号,,,30,10,10\n");
        assertEquals(200, fixed.status(), fixed.text());
        assertEquals(1, sessionsOf(officeA).size());
        assertEquals(1, sessionsOf(officeB).size());
    }

    @Test
    void aScopedOrganiserImportsOnlyInsideItsSubtreeAndAViewerNotAtAll() {
        Org mine = org("清河县市场监管局", OrgKind.DEPARTMENT, county);
        Org other = org("清河县应急管理局", OrgKind.DEPARTMENT, county);
        server.createUser("scjg-organiser", Role.ORGANISER, mine.id());
        Http organiser = server.login("scjg-organiser");
        String csv = HEADER + "\n"
                + "清河县市场监管局,2024-03-01,集体学法,本单位,,,30,10,10\n"
                + "清河县应急管理局,2024-03-01,集体学法,外单位按名称,,,30,10,10\n"
                + other.id() + ",2024-03-01,集体学法,外单位按编号,,,30,10,10\n";
        Res r = importCsv(organiser, csv);
        assertEquals(Set.of("3|单位", "4|单位"), errorCells(r), r.text());
        assertTrue(message(r, 3).contains("管辖范围"), r.text());
        assertTrue(message(r, 4).contains("管辖范围"), r.text());
        assertEquals(0, sessionsOf(mine).size());
        assertEquals(0, sessionsOf(other).size());

        Res ok = importCsv(organiser, HEADER + "\n清河县市场监管局,2024-03-01,集体学法,本单位,,,30,10,10\n");
        assertEquals(200, ok.status(), ok.text());
        assertEquals(1, sessionsOf(mine).size());

        server.createUser("scjg-viewer", Role.VIEWER, mine.id());
        Res viewer = importCsv(server.login("scjg-viewer"), HEADER + "\n清河县市场监管局,2024-03-01,集体学法,查看者,,,30,10,10\n");
        assertEquals(403, viewer.status(), viewer.text());
        assertEquals(1, sessionsOf(mine).size());
    }

    @Test
    void importsMayExceedTheFormLimitButNotTheImportLimit() {
        Org unit = org("清河县统计局", OrgKind.DEPARTMENT, county);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String law = "中华人民共和国统计法、中华人民共和国统计法实施条例、中华人民共和国数据安全法";
        for (int i = 0; i < 12_000; i++) {
            csv.append("清河县统计局,2024-").append(String.format("%02d-%02d", i % 12 + 1, i % 28 + 1))
                    .append(",集体学法,第").append(i).append("次统计法律知识学习,").append(law).append(",王统计,60,20,19\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > 2 * 1024 * 1024, "well over the 1 MB form limit: " + body.length);
        Res r = post(admin, "/api/study-sessions/import", "text/csv", body);
        assertEquals(200, r.status(), r.text());
        assertEquals(12_000, r.json().get("imported").asInt());
        assertEquals(12_000, training.sessions().list(Actor.SYSTEM, new SessionFilter(unit.id(), null, null, null), new Page(1, 0)).total());

        byte[] huge = new byte[51 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Res tooBig = post(admin, "/api/study-sessions/import", "text/csv", huge);
        assertEquals(413, tooBig.status(), tooBig.text());
        assertEquals("TOO_LARGE", tooBig.json().get("error").asText());
        // Other endpoints keep the small limit.
        Res bigJson = post(admin, "/api/orgs", "application/json", Arrays.copyOf(huge, 2 * 1024 * 1024));
        assertEquals(413, bigJson.status());
    }

    // ---- export, templates, round trips ----

    @Test
    void anExportImportsBackAsTheSameSessionsInBothFormats() throws IOException {
        Org unit = org("清河县农业农村局", OrgKind.DEPARTMENT, county);
        Org sub = org("办公室", OrgKind.UNIT, unit);
        String csv = HEADER + "\n"
                + "清河县农业农村局,2023-03-01,集体学法,学习乡村振兴促进法,\"中华人民共和国乡村振兴促进法、中华人民共和国土地管理法\",赵农,90,15,14\n"
                + "清河县农业农村局,2023-05-20,书面学法,书面学习\"种子法\",中华人民共和国种子法,,,0,0\n"
                + sub.id() + ",2023-08-08,旁听庭审,旁听,,,150,6,5\n";
        assertEquals(200, importCsv(admin, csv).status());
        List<String> original = signatures(unit);
        assertEquals(3, original.size());

        Res x = get(admin, "/api/study-sessions/export?format=xlsx&orgId=" + unit.id() + "&year=2023");
        assertEquals(200, x.status(), x.text());
        assertTrue(x.raw().headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        List<List<String>> rows = readXlsx(x.body());
        assertEquals(Arrays.asList(HEADER.split(",")), rows.get(0));
        assertEquals(4, rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("办公室(编号" + sub.id() + ")")),
                "a shared name is exported with its id: " + rows);

        Res c = get(admin, "/api/study-sessions/export?format=csv&orgId=" + unit.id() + "&kind=COLLECTIVE");
        List<String> lines = csvLines(c.body());
        assertEquals(HEADER, lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        List<String> own = csvLines(get(admin, "/api/study-sessions/export?format=csv&unitOnly=true&orgId=" + unit.id()).body());
        assertEquals(3, own.size(), "the unit's own sessions, not its 办公室's: " + own);

        // The .xlsx export repeats every stored session: each row is named, nothing is stored.
        Res dup = post(admin, "/api/study-sessions/import", XLSX, x.body());
        assertEquals(400, dup.status(), dup.text());
        assertEquals(3, dup.json().get("errors").size(), dup.text());
        assertTrue(dup.json().get("errors").get(0).get("message").asText().endsWith("与已有的学法记录重复(同一单位、日期、类型、主题)"), dup.text());
        assertEquals(3, signatures(unit).size());
        // Forced, every session now exists twice, identical.
        Res back = post(admin, "/api/study-sessions/import?force=true", XLSX, x.body());
        assertEquals(200, back.status(), back.text());
        assertEquals(3, back.json().get("imported").asInt());
        List<String> twice = new ArrayList<>(original);
        twice.addAll(original);
        twice.sort(null);
        assertEquals(twice, signatures(unit));

        // And the full CSV export the same way.
        Res csvAll = get(admin, "/api/study-sessions/export?format=csv&orgId=" + unit.id());
        Res backCsv = post(admin, "/api/study-sessions/import?force=true", "text/csv", csvAll.body());
        assertEquals(200, backCsv.status(), backCsv.text());
        assertEquals(6, backCsv.json().get("imported").asInt());
        assertEquals(12, signatures(unit).size());
        assertTrue(signatures(unit).containsAll(original));

        assertEquals(400, get(admin, "/api/study-sessions/export?format=pdf").status());
        assertEquals(400, get(admin, "/api/study-sessions/export?year=abc").status());
        assertEquals(404, get(admin, "/api/study-sessions/export?orgId=999999").status());
    }

    @Test
    void formulaLikeTextIsExportedAsTextAndImportsBackUnchanged() {
        Org unit = org("清河县档案局", OrgKind.DEPARTMENT, county);
        String csv = HEADER + "\n" + "清河县档案局,2023-04-01,集体学法,\"=HYPERLINK(\"\"http://x\"\")\",宪法,@主讲人,60,10,9\n";
        assertEquals(200, importCsv(admin, csv).status());
        List<String> original = signatures(unit);
        String exported = new String(get(admin, "/api/study-sessions/export?format=csv&orgId=" + unit.id()).body(),
                StandardCharsets.UTF_8);
        assertTrue(exported.contains("'=HYPERLINK") && exported.contains("'@主讲人"),
                "Excel must not run it as a formula: " + exported);
        assertEquals(200, post(admin, "/api/study-sessions/import?force=true", "text/csv",
                exported.getBytes(StandardCharsets.UTF_8)).status());
        List<String> after = signatures(unit);
        assertEquals(2, after.size());
        assertEquals(original.get(0), after.get(0), "the apostrophe is taken off again on import");
        assertEquals(original.get(0), after.get(1));
    }

    private List<String> signatures(Org unit) {
        List<String> out = training.sessions().list(Actor.SYSTEM, new SessionFilter(unit.id(), null, null, null),
                new Page(Page.MAX_LIMIT, 0)).items().stream()
                .map(s -> s.orgId() + "|" + s.date() + "|" + s.kind() + "|" + s.topic() + "|" + s.laws() + "|" + s.lecturer()
                        + "|" + s.minutes() + "|" + s.expected() + "|" + s.attended())
                .collect(Collectors.toCollection(ArrayList::new));
        out.sort(null);
        return out;
    }

    @Test
    void theTemplatesHaveTheHeadersAndAnExampleRowThatIsNeverImported() throws IOException {
        Org unit = org("清河县文旅局", OrgKind.DEPARTMENT, county);
        server.createUser("wl-organiser", Role.ORGANISER, unit.id());
        Http organiser = server.login("wl-organiser");

        Res x = get(organiser, "/api/study-sessions/import-template?format=xlsx");
        assertEquals(200, x.status(), x.text());
        List<List<String>> rows = readXlsx(x.body());
        assertEquals(Arrays.asList(HEADER.split(",")), rows.get(0));
        assertEquals(2, rows.size());
        assertEquals("清河县文旅局", rows.get(1).get(0), "the example names the user's own unit");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()))) {
            assertTrue(wb.getSheets().anyMatch(s -> s.getName().equals("填写说明")));
        }
        assertTrue(rows.get(1).get(3).endsWith("（示例，导入时忽略）"), rows.get(1).toString());
        // Uploaded unchanged (even forced), the template is refused and nothing is written.
        for (String path : List.of("/api/study-sessions/import", "/api/study-sessions/import?force=true")) {
            Res imported = post(organiser, path, XLSX, x.body());
            assertEquals(400, imported.status(), imported.text());
            assertEquals("文件中只有模板的示例行,没有要导入的数据", imported.json().get("message").asText());
            assertEquals("INVALID", imported.json().get("error").asText());
            assertEquals("file", imported.json().get("field").asText());
        }
        assertEquals(0, sessionsOf(unit).size());

        List<String> csv = csvLines(get(organiser, "/api/study-sessions/import-template?format=csv").body());
        assertEquals(HEADER, csv.get(0));
        assertEquals(2, csv.size());

        List<String> results = csvLines(get(organiser, "/api/test-batches/import-template?format=csv").body());
        assertEquals("姓名,单位,现任职务,拟任职务,成绩,是否缺考,补考原成绩编号", results.get(0));
        assertEquals(2, results.size());
        assertEquals(List.of("姓名", "单位", "现任职务", "拟任职务", "成绩", "是否缺考", "补考原成绩编号"),
                readXlsx(get(organiser, "/api/test-batches/import-template").body()).get(0));
    }

    @Test
    void theSameFileTwiceIsA409NamingTheEarlierImportAndForcedItImportsAgain() {
        Org unit = org("清河县地震局", OrgKind.DEPARTMENT, county);
        String csv = HEADER + "\n清河县地震局,2024-02-01,集体学法,学习气象法,,,30,10,9\n"
                + "清河县地震局,2024-02-02,集体学法,学习大气污染防治法,,,30,10,9\n";
        Res first = importCsv(admin, csv);
        assertEquals(200, first.status(), first.text());

        Res twice = importCsv(admin, csv);

        assertEquals(409, twice.status(), twice.text());
        JsonNode j = twice.json();
        assertEquals("ALREADY_IMPORTED", j.get("error").asText());
        assertEquals("file", j.get("field").asText());
        assertEquals(0, j.get("errors").size());
        assertTrue(j.get("message").asText().matches("该文件已于\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}由 " + TestServer.ADMIN
                + " 导入\\(共2条\\),未重复导入;如确需再次导入,请勾选“仍要导入”"), twice.text());
        assertEquals(2, sessionsOf(unit).size(), "the ledger is not doubled");

        Res forced = post(admin, "/api/study-sessions/import?force=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, forced.status(), forced.text());
        assertEquals(4, sessionsOf(unit).size());
    }

    @Test
    void complianceExportsOneRowPerUnitAndRule() {
        Org gov = org("清河县某镇人民政府", OrgKind.COUNTY_GOV, null);
        String csv = HEADER + "\n"
                + "清河县某镇人民政府,2023-02-01,常务会议会前学法,第一次,,,30,10,10\n"
                + "清河县某镇人民政府,2023-05-01,常务会议会前学法,第二次,,,30,10,10\n";
        assertEquals(200, importCsv(admin, csv).status());
        List<String> lines = csvLines(get(admin, "/api/study-compliance/export?format=csv&year=2023&orgId=" + gov.id()).body());
        assertEquals("单位,单位类型,规则,考核要求,全年应完成,截至目前应完成,已完成,第一季度,第二季度,第三季度,第四季度,达标", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("清河县某镇人民政府,") && lines.get(1).contains(",4,4,2,1,1,0,0,否"), lines.get(1));
    }

    // ---- the import page, without scripts ----

    @Test
    void theImportPageUploadsAPlainMultipartFormWithTheTokenInTheAction() throws IOException, InterruptedException {
        Org unit = org("清河县林业局", OrgKind.DEPARTMENT, county);
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        Http.Res page = browser.get("/study-sessions/import");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("/api/study-sessions/import-template?format=xlsx"), "links the templates");
        assertTrue(page.body().contains("enctype=\"multipart/form-data\""));
        assertTrue(page.body().contains("/static/import.js"));
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline scripts (the CSP forbids them)");
        String token = Forms.csrf(page.body());

        byte[] good = (HEADER + "\n清河县林业局,2024-03-12,集体学法,学习森林法,中华人民共和国森林法,,60,10,9\n").getBytes(Charset.forName("GBK"));
        HttpClient cookies = HttpClient.newBuilder().cookieHandler(browser.cookies()).build();
        HttpResponse<String> posted = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/study-sessions/import?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b0und")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0und", "林业局.csv", "text/csv", good))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, posted.statusCode(), posted.body());
        String next = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(next.endsWith("/study-sessions/import?imported=1"), next);
        assertTrue(browser.get("/study-sessions/import?imported=1").body().contains("已导入 1 条学法记录"));
        assertEquals(1, sessionsOf(unit).size());

        // The same file again: refused with the earlier import's date and user, the 仍要导入 box to tick.
        HttpResponse<String> twice = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/study-sessions/import?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b0und")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0und", "林业局.csv", "text/csv", good))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, twice.statusCode(), twice.body());
        assertTrue(twice.body().matches("(?s).*该文件已于\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}由 " + TestServer.ADMIN
                + " 导入\\(共1条\\),未重复导入.*"), twice.body());
        assertTrue(twice.body().contains("name=\"force\"") && twice.body().contains("仍要导入"), twice.body());
        assertEquals(1, sessionsOf(unit).size());
        // Ticked, it is imported again.
        HttpResponse<String> forcedPage = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/study-sessions/import?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b0und")
                .POST(HttpRequest.BodyPublishers.ofByteArray(withForce("b0und", multipart("b0und", "林业局.csv", "text/csv", good)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, forcedPage.statusCode(), forcedPage.body());
        assertEquals(2, sessionsOf(unit).size());

        byte[] bad = (HEADER + "\n清河县林业局,2024-13-12,集体学法,坏日期,,,60,10,9\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/study-sessions/import?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b0und")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0und", "bad.csv", "text/csv", bad))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("共有1处错误") && refused.body().contains("<td class=\"num\">2</td><td>日期</td>"), refused.body());
        assertEquals(2, sessionsOf(unit).size());

        // Without the token the upload is refused, and a script's upload to the API needs the header.
        HttpResponse<String> forged = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/study-sessions/import"))
                .header("Content-Type", "multipart/form-data; boundary=b0und")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0und", "x.csv", "text/csv", good))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        HttpResponse<String> viaScript = cookies.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/study-sessions/import?force=true"))
                .header("Content-Type", "multipart/form-data; boundary=b0und").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0und", "x.csv", "text/csv", good))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, viaScript.statusCode(), viaScript.body());
        assertEquals(3, sessionsOf(unit).size());

        Http.Res script = browser.get("/static/import.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("X-CSRF-Token") && script.body().contains("upload.addEventListener('progress'"));
    }

    // ---- test results ----

    @Test
    void resultsImportIntoABatchWithDerivedOutcomesAndRetakesInALaterBatch() throws IOException {
        Org unit = org("清河县发改局", OrgKind.DEPARTMENT, county);
        ExamBatch first = training.exams().createBatch(Actor.SYSTEM,
                new ExamBatch(null, county.id(), LocalDate.of(2024, 3, 1), Track.NPC, "A", 100, 60, ExamMode.WRITTEN, "第一批", 0));
        String header = "姓名,单位,现任职务,拟任职务,成绩,是否缺考,补考原成绩编号";
        String csv = header + "\n"
                + "甲,清河县发改局,副局长,局长,86.5,否,\n"
                + "乙,清河县发改局,科长,副局长,55,,\n"
                + "丙," + unit.id() + ",科员,科长,,是,\n"
                + "丁,清河县发改局,科员,副科长,缺考,,\n";
        Res r = post(admin, "/api/test-batches/" + first.id() + "/results/import", "text/csv", bom(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r.status(), r.text());
        assertEquals(4, r.json().get("imported").asInt());
        List<ExamResult> results = training.exams().results(Actor.SYSTEM, first.id());
        assertEquals(Outcome.PASSED, outcome(results, "甲"));
        assertEquals(Outcome.DEFERRED, outcome(results, "乙"));
        assertEquals(Outcome.ABSENT, outcome(results, "丙"));
        assertEquals(Outcome.ABSENT, outcome(results, "丁"));
        long failed = results.stream().filter(x -> x.name().equals("乙")).findFirst().orElseThrow().id();
        long passed = results.stream().filter(x -> x.name().equals("甲")).findFirst().orElseThrow().id();

        Res exported = get(admin, "/api/test-batches/" + first.id() + "/results/export?format=xlsx");
        assertEquals(200, exported.status(), exported.text());
        List<List<String>> rows = readXlsx(exported.body());
        assertEquals(List.of("成绩编号", "姓名", "单位", "现任职务", "拟任职务", "成绩", "是否缺考", "补考原成绩编号", "结果"), rows.get(0));
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals(String.valueOf(failed)) && row.get(1).equals("乙")
                && row.get(8).equals("不合格,暂缓任用")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.get(1).equals("甲") && row.get(5).equals("86.5") && row.get(8).equals("合格")), rows.toString());

        ExamBatch second = training.exams().createBatch(Actor.SYSTEM,
                new ExamBatch(null, county.id(), LocalDate.of(2024, 4, 1), Track.NPC, "B", 100, 60, ExamMode.WRITTEN, "第二批", 0));
        String bad = header + "\n"
                + "乙,清河县发改局,科长,副局长,75,,999999\n"    // row 2: no such result
                + "甲,清河县发改局,副局长,局长,90,,"  + passed + "\n"   // row 3: a pass cannot be retaken
                + "戊,清河县发改局,科员,科长,101,,\n"            // row 4: over the full mark
                + "己,清河县发改局,科员,科长,70,是,\n"           // row 5: absent with a score
                + "庚,清河县不存在局,科员,科长,70,,\n"           // row 6: unknown unit
                + ",清河县发改局,科员,科长,70,,\n"               // row 7: no name
                + "辛,清河县发改局,科员,科长,70,也许,\n";        // row 8: 是否缺考
        Res refused = post(admin, "/api/test-batches/" + second.id() + "/results/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("2|补考原成绩编号", "3|补考原成绩编号", "4|成绩", "5|成绩", "6|单位", "7|姓名", "8|是否缺考"),
                errorCells(refused), refused.text());
        assertEquals(0, training.exams().results(Actor.SYSTEM, second.id()).size());

        // Importing the first batch's export into the second, edited into a retake, works: extra columns are ignored.
        String retake = "成绩编号,姓名,单位,现任职务,拟任职务,成绩,是否缺考,补考原成绩编号,结果\n"
                + "," + "乙,清河县发改局,科长,副局长,75,否," + failed + ",\n";
        Res ok = post(admin, "/api/test-batches/" + second.id() + "/results/import", "text/csv", retake.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.status(), ok.text());
        assertEquals(Outcome.PASSED_RETAKE, outcome(training.exams().results(Actor.SYSTEM, second.id()), "乙"));
        Res seen = post(admin, "/api/test-batches/" + second.id() + "/results/import", "text/csv", retake.getBytes(StandardCharsets.UTF_8));
        assertEquals(409, seen.status(), seen.text());
        assertEquals("ALREADY_IMPORTED", seen.json().get("error").asText());
        Res again = post(admin, "/api/test-batches/" + second.id() + "/results/import?force=true", "text/csv", retake.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("2|补考原成绩编号"), errorCells(again), again.text());

        assertEquals(404, post(admin, "/api/test-batches/999999/results/import", "text/csv", retake.getBytes(StandardCharsets.UTF_8)).status());

        List<String> batches = csvLines(get(admin, "/api/test-batches/export?format=csv&year=2024").body());
        assertEquals("批次编号,组织单位,测试日期,测试类别,批次名称,试卷,考试方式,满分,及格线,考生人数,合格人数", batches.get(0));
        assertTrue(batches.stream().anyMatch(l -> l.startsWith(first.id() + ",清河县人民政府,2024-03-01,人大任命,第一批,A,笔试,100,60,4,1")),
                batches.toString());
    }

    private static Outcome outcome(List<ExamResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().outcome();
    }

    @Test
    void theJsonApiOfTheSameListsIsNotShadowedByTheseEndpoints() {
        Org unit = org("清河县档案馆", OrgKind.UNIT, county);
        assertEquals(200, importCsv(admin, HEADER + "\n清河县档案馆,2024-01-09,集体学法,学习档案法,,,30,5,5\n").status());
        long id = sessionsOf(unit).get(0).id();
        Http.Res one = admin.get("/api/study-sessions/" + id);
        assertEquals(200, one.status(), one.body());
        assertEquals("学习档案法", one.json().get("topic").asText());
        ExamBatch b = training.exams().createBatch(Actor.SYSTEM,
                new ExamBatch(null, county.id(), LocalDate.of(2024, 1, 10), Track.NON_NPC, null, 100, 60, null, null, 0));
        Http.Res results = admin.get("/api/test-batches/" + b.id() + "/results");
        assertEquals(200, results.status(), results.body());
        assertNotNull(results.json());
        assertEquals(200, admin.get("/api/test-batches/" + b.id()).status());
        assertEquals(200, admin.get("/api/study-compliance?year=2024").status());
    }

    /** Kept as a plain check of the import's answer shape, as scripts read it. */
    @Test
    void theAnswerIsImportedOnSuccess() {
        org("清河县气象局", OrgKind.UNIT, county);
        Res r = importCsv(admin, HEADER + "\n清河县气象局,2024-01-09,集体学法,学习气象法,,,30,5,5\n");
        assertEquals(Map.of("imported", 1), JSON.convertValue(r.json(), Map.class));
    }
}
