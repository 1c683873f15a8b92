package org.fazhi.web.training;

import static org.fazhi.web.support.RawClient.multipart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient.Res;
import org.fazhi.web.support.TestServer;
import org.fazhi.web.support.Xls;
import org.junit.jupiter.api.Test;

/**
 * Study sessions imported from every format a county office has: CSV in UTF-8 (with and without BOM)
 * and GBK, .xlsx with a title row and extra columns, old .xls, and a multipart upload.
 */
class SessionImportFormatsTest extends TrainingImportExportCase {
    /**
     * Writes one worksheet row from its first column as Excel holds it: numbers as numbers, dates as date cells in
     * {@code dateFormat}, anything else as text; a null leaves its cell empty.
     */
    private static void row(Worksheet ws, int row, String dateFormat, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof LocalDate d) {
                ws.value(row, c, d);
                ws.style(row, c).format(dateFormat).set();
            } else if (v instanceof Number n) {
                ws.value(row, c, n);
            } else if (v != null) {
                ws.value(row, c, v.toString());
            }
        }
    }

    @Test
    void aUtf8CsvImportsEveryRowWithLabelsCodesAndLaws() {
        Org unit = org("清河县司法局", OrgKind.DEPARTMENT, county);
        String csv = HEADER + "\r\n"
                + "清河县司法局,2024-03-05,领导班子集体学法,学习行政复议法,中华人民共和国行政复议法、中华人民共和国宪法;民法典,张明,45,12,11\r\n"
                + "清河县司法局,2024/6/18,书面学法,\"学习“民法典”, 合同编\",,,,,\r\n"
                + unit.id() + ",2024年9月1日,COURT_OBSERVATION,旁听行政诉讼案件庭审,行政诉讼法,,120,8,8\r\n";
        Res r = importCsv(admin, csv);
        List<StudySession> stored = imported(r, unit, 3);
        StudySession first = on(stored, LocalDate.of(2024, 3, 5));
        assertEquals(StudyKind.COLLECTIVE, first.kind());
        assertEquals(List.of("中华人民共和国行政复议法", "中华人民共和国宪法", "民法典"), first.laws());
        assertEquals("张明", first.lecturer());
        assertEquals(45, first.minutes());
        assertEquals(12, first.expected());
        assertEquals(11, first.attended());
        StudySession second = on(stored, LocalDate.of(2024, 6, 18));
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
        row(ws, 1, null, "序号", "日期", "单位", "类型", "主题", "实到人数", "应到人数", "时长（分钟）", "所学法律", "备注");
        row(ws, 2, "yyyy-mm-dd", 1, LocalDate.of(2024, 3, 15), "清河县教育局", "法治专题讲座", "教育法专题讲座", 40, 42, 90,
                "中华人民共和国教育法、中华人民共和国教师法", "不导入");
        row(ws, 3, null, 2, "2024-07-02", unit.id(), "PARTY_GROUP", "党组会前学习未成年人保护法");
        wb.finish();

        Res r = post(admin, "/api/study-sessions/import?fileName=" + URLEncoder.encode("教育局学法.xlsx", StandardCharsets.UTF_8),
                XLSX, file.toByteArray());
        List<StudySession> stored = imported(r, unit, 2);
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
        row(ws, 2, null, (Object[]) HEADER.split(","));
        Object[][] rows = {
            {"清河县人社局", LocalDate.of(2024, 1, 5), "集体学法", "好的", null, null, 30, 10, 10},
            {"清河县人社局", "2024-01-32", "集体学法", "坏日期", null, null, 30, 10, 10},
            {"清河县人社局", LocalDate.of(2024, 1, 5), "集体学法", "时长带小数", null, null, 30.5, 10, 10},
        };
        // Row 4 (index 3) stays blank: Excel's row numbers keep counting.
        for (int r = 0; r < rows.length; r++) {
            row(ws, 4 + r, "yyyy\"年\"m\"月\"d\"日\"", rows[r]);
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
    void anOldExcelXlsImportsThroughTheApiAndTheImportPage() {
        Org unit = org("清河县医保局", OrgKind.DEPARTMENT, county);
        String rows = HEADER + "\n清河县医保局,2024-03-08,集体学法,学习档案法,中华人民共和国档案法,王芳,45,12,11\n"
                + ",,,,,,,,\n"
                + unit.id() + ",2024-06-18,书面学法,学习社会保险法,,,,,\n";
        byte[] xls = Xls.fromCsv("2024年学法台账", rows);

        Res r = post(admin, "/api/study-sessions/import", Xls.TYPE, xls);
        List<StudySession> stored = imported(r, unit, 2);
        StudySession first = on(stored, LocalDate.of(2024, 3, 8));
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
        byte[] more = Xls.fromCsv(null, HEADER + "\n清河县医保局,2024-09-09,集体学法,学习就业促进法,,,60,10,10\n");
        Http.Res posted = browser.multipart("/study-sessions/import?_csrf=" + token, "x1s",
                multipart("x1s", "医保局学法.xls", Xls.TYPE, more));
        assertEquals(303, posted.status(), posted.body());
        assertEquals(3, sessionsOf(unit).size());

        Res bad = post(admin, "/api/study-sessions/import", Xls.TYPE,
                Xls.fromCsv("标题", HEADER + "\n清河县医保局,2024-10-10,集体学法,学习,,,60,10,10\n清河县医保局,2024-13-01,集体学法,学习,,,60,10,10\n"));
        assertEquals(Set.of("4|日期"), errorCells(bad), bad.text());
        assertEquals(3, sessionsOf(unit).size(), "nothing stored from a file with a bad row");
    }
}
