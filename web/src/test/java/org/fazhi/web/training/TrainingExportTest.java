package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient.Res;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Law-training exports: export→import round trips in both formats, formula-like text, the templates,
 * the same file imported twice, and the compliance export.
 */
class TrainingExportTest extends TrainingImportExportCase {
    @Test
    void anExportImportsBackAsTheSameSessionsInBothFormats() throws IOException {
        Org unit = org("清河县农业农村局", OrgKind.DEPARTMENT, county);
        Org sub = org("办公室", OrgKind.UNIT, unit);
        org("办公室", OrgKind.UNIT, county); // another unit of that name, so the export must tell them apart
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
}
