package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient.Res;
import org.junit.jupiter.api.Test;

/**
 * Study-session imports refused: every bad row and column reported and nothing stored, missing columns,
 * unreadable files, unknown units, scope, and the size limits.
 */
class SessionImportRefusalsTest extends TrainingImportExportCase {
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
}
