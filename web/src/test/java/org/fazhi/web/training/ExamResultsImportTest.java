package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.Track;
import org.fazhi.web.support.RawClient.Res;
import org.junit.jupiter.api.Test;

/** Exam results imported into a batch, with their derived outcomes and retakes in a later batch. */
class ExamResultsImportTest extends TrainingImportExportCase {
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

    /**
     * A batch's export posted back to its import is refused row by row, as a study-session export is, instead of
     * counting every candidate twice; its scores are written as the page shows them (70, not 7E+1).
     */
    @Test
    void aBatchsExportImportedBackIsRefusedRowByRowUnlessForced() throws IOException {
        org("清河县审计局", OrgKind.DEPARTMENT, county);
        ExamBatch batch = training.exams().createBatch(Actor.SYSTEM,
                new ExamBatch(null, county.id(), LocalDate.of(2024, 5, 1), Track.NON_NPC, "A", 100, 60, ExamMode.WRITTEN, "再导入", 0));
        String csv = "姓名,单位,现任职务,拟任职务,成绩,是否缺考,补考原成绩编号\n"
                + "导入考生一,清河县审计局,科员,副科长,70,否,\n"
                + "导入考生二,清河县审计局,科员,所长,,是,\n";
        Res first = post(admin, "/api/test-batches/" + batch.id() + "/results/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, first.status(), first.text());

        Res exported = get(admin, "/api/test-batches/" + batch.id() + "/results/export?format=csv");
        assertEquals(200, exported.status(), exported.text());
        List<String> lines = csvLines(exported.body());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",导入考生一,清河县审计局,科员,副科长,70,否,,合格")), lines.toString());

        Res back = post(admin, "/api/test-batches/" + batch.id() + "/results/import", "text/csv", exported.body());
        assertEquals(Set.of("2|", "3|"), errorCells(back), back.text());
        assertEquals("第2行与本批次已有的测试成绩重复(同一单位的同一考生)",
                back.json().get("errors").get(0).get("message").asText(), back.text());
        assertEquals(2, training.exams().results(Actor.SYSTEM, batch.id()).size(), "nothing is written");

        Res forced = post(admin, "/api/test-batches/" + batch.id() + "/results/import?force=true", "text/csv", exported.body());
        assertEquals(200, forced.status(), forced.text());
        assertEquals(4, training.exams().results(Actor.SYSTEM, batch.id()).size());
    }
}
