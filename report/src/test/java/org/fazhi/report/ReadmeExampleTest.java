package org.fazhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.assessment.AssessmentSchema;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.reconsideration.ReconsiderationSchema;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.report.sentences.Statistic;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.junit.jupiter.api.Test;

/** The usage example of README.md, run as it is written there (the README must hold this very code). */
class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/org/fazhi/report/ReadmeExampleTest.java");

    @Test
    void theExampleRunsOnARealLedger() throws IOException {
        Path dir = Files.createTempDirectory("法治台账 报告");
        try {
            // README:begin
            Database db = Database.open(DataFolder.open(dir), List.of(LawTrainingSchema.MIGRATIONS,
                    DutyTrackingSchema.MIGRATIONS, AssessmentSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS,
                    ReportSchema.MIGRATIONS));
            CoreServices core = new CoreServices(db, ZoneId.of("Asia/Shanghai"));
            LawTraining training = new LawTraining(db, core.audit());
            DutyTracking duty = new DutyTracking(db, core.audit());
            AnnualReports annual = new AnnualReports(db, core.audit(), training, duty);
            Org county = core.orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));

            AnnualReport report = annual.reports().read(Actor.SYSTEM, 2024, county.id());
            List<String> sentences = report.statistics().stream().map(Statistic::text).toList();
            // "台账中没有2024年度的学法记录。" … until the ledgers hold records of 2024
            annual.reports().saveNarratives(Actor.SYSTEM, 2024, county.id(),
                    Map.of(ReportPart.MEASURES, "一是高位推动。\n二是强化督察。"), report.version());
            AnnualReport published = annual.reports().publish(Actor.SYSTEM, 2024, county.id(), null, null);
            try (OutputStream out = Files.newOutputStream(dir.resolve("report.docx"))) {
                annual.docx(published, out);
            }
            // README:end
            try {
                assertEquals("清河县人民政府2024年度法治政府建设工作报告", report.title());
                assertEquals(7, sentences.size());
                assertEquals("台账中没有2024年度的学法记录。", sentences.get(0));
                assertTrue(published.published());
                assertEquals(List.of(sentences.get(0), sentences.get(1), sentences.get(2), sentences.get(3),
                        sentences.get(6), "一是高位推动。", "二是强化督察。"), published.parts().get(0).paragraphs());
                assertTrue(Files.size(dir.resolve("report.docx")) > 1000, "a Word file");
            } finally {
                db.close();
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void theReadmeHoldsTheExampleAsItRunsHere() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int begin = lines.indexOf("            // README:begin");
        int end = lines.indexOf("            // README:end");
        assertTrue(begin > 0 && end > begin, "the markers around the example");
        StringBuilder snippet = new StringBuilder();
        for (String line : lines.subList(begin + 1, end)) {
            snippet.append(line.length() >= 12 ? line.substring(12) : line.strip()).append('\n');
        }
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertTrue(readme.contains("```java\n" + snippet + "```\n"),
                "README.md must show the example exactly as this test runs it:\n" + snippet);
    }
}
