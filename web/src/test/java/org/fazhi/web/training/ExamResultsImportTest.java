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
}
