package org.fazhi.report;

import static org.fazhi.report.ReportCounty.ADMIN;
import static org.fazhi.report.ReportCounty.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.report.sentences.Statistic;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.training.study.StudyKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annual report over a real ledger: figures from the ledgers, narratives, versions, publishing, scope. */
class AnnualReportServiceTest {
    /** 2024 against 2023 (counted by hand from {@link #open()}): 3 sessions against 1; 48/50 against 18/20. */
    static final String STUDY_2024 = "全年开展政府常务会议会前学法2次,领导班子集体学法1次,共3次,较上年增加2次;"
            + "参学率96.0%(应到50人次,实到48人次),较上年提高6.0个百分点。";
    /** Two principals (王县长, 张局长) both reported; 李副局长 too (人次); 赵县长 is another county's. */
    static final String LAW_REPORTS_2024 = "2024年度党政主要负责人应述法2人,已述法2人,述法率100.0%;"
            + "全年述法共3人次,其中书面述法2人次,述职会述法1人次;评议为优秀1人次,良好1人次,尚未评议1人次。";

    @AutoClose
    final ReportCounty c = new ReportCounty();
    final AnnualReportService reports = c.reports.reports();

    @BeforeEach
    void open() {
        c.study(c.county, "2024-03-10", StudyKind.EXEC_MEETING, 20, 19);
        c.study(c.county, "2024-09-10", StudyKind.EXEC_MEETING, 20, 20);
        c.study(c.justice, "2024-05-12", StudyKind.COLLECTIVE, 10, 9);
        c.study(c.county, "2023-06-10", StudyKind.EXEC_MEETING, 20, 18);
        c.study(c.county2, "2024-04-01", StudyKind.LECTURE, 50, 50);
        c.lawReport(c.countyHead, 2024, ReportWay.WRITTEN, "2025-01-15", ReportRating.EXCELLENT);
        c.lawReport(c.justiceHead, 2024, ReportWay.MEETING, "2025-01-20", null);
        c.lawReport(c.justiceDeputy, 2024, ReportWay.WRITTEN, "2025-01-20", ReportRating.GOOD);
        c.lawReport(c.county2Head, 2024, ReportWay.COMMITTEE, "2025-01-10", ReportRating.POOR);
    }

    private static Statistic statistic(AnnualReport r, String key) {
        return r.statistics().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aDraftIsWrittenFromTheLedgersOfTheSubtreeAndComparedWithTheYearBefore() {
        AnnualReport r = reports.read(ADMIN, 2024, c.county.id());
        assertEquals("清河县人民政府2024年度法治政府建设工作报告", r.title());
        assertEquals(ReportStatus.DRAFT, r.status());
        assertEquals(0, r.version(), "nothing saved yet");
        assertNull(r.publishedOn());
        assertEquals(LocalDate.of(2025, 4, 1), r.deadline(), "a government publishes by 1 April");
        assertEquals(List.of("study", "tests", "court", "rectifications", "duties", "lawReports", "reconsideration"),
                r.statistics().stream().map(Statistic::key).toList());
        assertEquals(STUDY_2024, statistic(r, "study").text());
        assertEquals(LAW_REPORTS_2024, statistic(r, "lawReports").text());
        for (String empty : List.of("tests", "court", "rectifications", "duties", "reconsideration")) {
            assertFalse(statistic(r, empty).hasData(), empty + " has no records: the sentence says so");
            assertTrue(statistic(r, empty).text().startsWith("台账中没有"), statistic(r, empty).text());
        }

        List<AnnualReport.Part> parts = r.parts();
        assertEquals(5, parts.size());
        assertEquals(ReportPart.MEASURES, parts.get(0).part());
        assertEquals(5, parts.get(0).generated().size(), "学法, 考法, 出庭, 整改, 复议 in part 一");
        assertEquals(2, parts.get(2).generated().size(), "第一责任人 and 述法 in part 三");
        assertTrue(parts.get(1).paragraphs().isEmpty());

        AnnualReport dept = reports.read(ReportCounty.organiser(c.justice), 2024, c.justice.id());
        assertEquals(LocalDate.of(2025, 3, 1), dept.deadline(), "a department reports by 1 March");
        assertEquals("全年开展领导班子集体学法1次;参学率90.0%(应到10人次,实到9人次)。", statistic(dept, "study").text(),
                "no sessions in 2023: no comparison");
    }

    /** A year the ledger holds only in part (a county's year a city has not received) is not compared with. */
    @Test
    void aYearHeldOnlyInPartIsNotComparedWith() {
        AnnualReportService partial = new AnnualReports(c.ledger.database(), c.core.audit(), c.training, c.duty,
                c.core.audit().clock(), (orgId, year) -> year != 2023).reports();
        assertEquals("全年开展政府常务会议会前学法2次,领导班子集体学法1次,共3次;参学率96.0%(应到50人次,实到48人次)。",
                statistic(partial.read(ADMIN, 2024, c.county.id()), "study").text());
        assertEquals(STUDY_2024, statistic(reports.read(ADMIN, 2024, c.county.id()), "study").text(), "whole: compared");
    }

    @Test
    void narrativesAreSavedWithAVersionBesideTheFiguresAndAudited() {
        AnnualReport saved = reports.saveNarratives(ADMIN, 2024, c.county.id(), Map.of(
                ReportPart.MEASURES, "一是高位推动。\r\n\r\n二是强化督察。  ",
                ReportPart.PLANS, "深入推进依法行政。"), 0);
        assertEquals(1, saved.version());
        assertEquals("一是高位推动。\n\n二是强化督察。", saved.stored().narrative(ReportPart.MEASURES));
        List<String> one = saved.parts().get(0).paragraphs();
        assertEquals(STUDY_2024, one.get(0), "the figures first");
        assertEquals(List.of("一是高位推动。", "二是强化督察。"), one.subList(5, 7), "then the narrative, a paragraph a line");
        assertEquals("深入推进依法行政。", saved.parts().get(3).text());

        ConflictException stale = assertThrows(ConflictException.class, () -> reports.saveNarratives(ADMIN, 2024,
                c.county.id(), Map.of(ReportPart.OTHER, "另一人的修改"), 0));
        assertEquals("version", stale.field());

        Map<ReportPart, String> changes = new HashMap<>();
        changes.put(ReportPart.SHORTCOMINGS, "执法监督有待加强。");
        changes.put(ReportPart.PLANS, null);
        AnnualReport next = reports.saveNarratives(ADMIN, 2024, c.county.id(), changes, 1);
        assertEquals(2, next.version());
        assertEquals("执法监督有待加强。", next.stored().narrative(ReportPart.SHORTCOMINGS));
        assertNull(next.stored().narrative(ReportPart.PLANS), "null clears a part");
        assertEquals("一是高位推动。\n\n二是强化督察。", next.stored().narrative(ReportPart.MEASURES), "parts left out keep theirs");

        ValidationException tooLong = assertThrows(ValidationException.class, () -> reports.saveNarratives(ADMIN, 2024,
                c.county.id(), Map.of(ReportPart.OTHER, "字".repeat(ReportPart.NARRATIVE_MAX + 1)), null));
        assertEquals("other", tooLong.field());
        assertEquals(2, reports.stored(ADMIN, 2024, c.county.id()).version(), "nothing written");

        List<AuditEntry> trail = c.audit("annual-report", next.stored().id());
        assertEquals(2, trail.size());
        assertEquals("修改清河县人民政府2024年度法治政府建设工作报告", trail.get(0).summary());
    }

    @Test
    void aReportIsPublishedOnlyAfterItsYearIsOver() {
        ValidationException lastDay = assertThrows(ValidationException.class,
                () -> reports.publish(ADMIN, 2024, c.county.id(), LocalDate.of(2024, 12, 31), null));
        assertEquals("publishedOn", lastDay.field());
        assertTrue(lastDay.getMessage().contains("公开日期") && lastDay.getMessage().contains("2024年12月31日"),
                lastDay.getMessage());
        ValidationException thisYear = assertThrows(ValidationException.class,
                () -> reports.publish(ADMIN, 2025, c.county.id(), LocalDate.of(2025, 3, 1), null));
        assertEquals("publishedOn", thisYear.field(), "this year's report before the year is over");
        assertEquals("publishedOn", assertThrows(ValidationException.class,
                () -> reports.publish(ADMIN, 2025, c.county.id(), null, null)).field(), "nor today, in the year");
        assertFalse(reports.read(ADMIN, 2025, c.county.id()).published(), "nothing written");

        assertEquals(LocalDate.of(2025, 1, 1),
                reports.publish(ADMIN, 2024, c.county.id(), LocalDate.of(2025, 1, 1), null).publishedOn(),
                "the first day after the year");
    }

    @Test
    void publishingFreezesTheFiguresAndTheTextUntilWithdrawn() {
        assertThrows(ValidationException.class, () -> reports.publish(ADMIN, 2024, c.county.id(), TODAY.plusDays(1), null),
                "not after today");
        assertThrows(ValidationException.class,
                () -> reports.publish(ADMIN, 2024, c.county.id(), LocalDate.of(2023, 12, 31), null), "not before the year");

        AnnualReport published = reports.publish(ADMIN, 2024, c.county.id(), null, null);
        assertTrue(published.published());
        assertEquals(ReportStatus.PUBLISHED, published.status());
        assertEquals(TODAY, published.publishedOn(), "today by default");
        assertEquals(TODAY, published.signedOn(TODAY.plusDays(30)), "signed on the day it was published");

        c.study(c.justice, "2024-11-12", StudyKind.COLLECTIVE, 10, 10);
        assertEquals(STUDY_2024, statistic(reports.read(ADMIN, 2024, c.county.id()), "study").text(),
                "a published report keeps the figures it was published with");
        assertThrows(ConflictException.class, () -> reports.saveNarratives(ADMIN, 2024, c.county.id(),
                Map.of(ReportPart.OTHER, "补充"), null));
        assertThrows(ConflictException.class, () -> reports.publish(ADMIN, 2024, c.county.id(), null, null));

        AnnualReport draft = reports.withdraw(ADMIN, 2024, c.county.id(), published.version());
        assertEquals(ReportStatus.DRAFT, draft.status());
        assertNull(draft.publishedOn());
        assertTrue(statistic(draft, "study").text().contains("共4次"), "live again: " + statistic(draft, "study").text());
        assertThrows(ConflictException.class, () -> reports.withdraw(ADMIN, 2024, c.county.id(), null));
    }

    @Test
    void aUserReachesTheReportsOfTheirSubtreeAndViewersOnlyRead() {
        Actor other = ReportCounty.organiser(c.county2);
        assertThrows(AccessDeniedException.class, () -> reports.read(other, 2024, c.county.id()));
        assertThrows(AccessDeniedException.class, () -> reports.saveNarratives(other, 2024, c.county.id(),
                Map.of(ReportPart.OTHER, "越权"), null));
        assertThrows(NotFoundException.class, () -> reports.read(ADMIN, 2024, 999_999L));
        assertThrows(ValidationException.class, () -> reports.read(ADMIN, 1999, c.county.id()));

        Actor viewer = ReportCounty.viewer(c.county);
        assertEquals(STUDY_2024, statistic(reports.read(viewer, 2024, c.county.id()), "study").text());
        assertThrows(AccessDeniedException.class, () -> reports.saveNarratives(viewer, 2024, c.county.id(),
                Map.of(ReportPart.OTHER, "查看者"), null));
        assertThrows(AccessDeniedException.class, () -> reports.publish(viewer, 2024, c.county.id(), null, null));
        assertEquals(0, reports.stored(ADMIN, 2024, c.county.id()).version(), "nothing written");
    }

    /**
     * A unit whose data arrives in 报送 packages (core's {@code received_units}, as the exchange module marks it) is
     * read-only here: its report, which comes published in its package, is neither written, published nor withdrawn.
     */
    @Test
    void aReceivedUnitsReportIsReadOnly() {
        AnnualReport published = reports.publish(ADMIN, 2024, c.justice.id(), LocalDate.of(2025, 3, 1), null);
        c.ledger.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO received_units (org_id, received_at) "
                + "VALUES (:id, '2025-03-02T00:00:00Z'), (:county2, '2025-03-02T00:00:00Z')")
                .bind("id", c.justice.id()).bind("county2", c.county2.id()).execute());
        for (org.junit.jupiter.api.function.Executable change : List.<org.junit.jupiter.api.function.Executable>of(
                () -> reports.withdraw(ADMIN, 2024, c.justice.id(), published.version()),
                () -> reports.saveNarratives(ADMIN, 2024, c.county2.id(), Map.of(ReportPart.OTHER, "代写"), null),
                () -> reports.publish(ADMIN, 2024, c.county2.id(), null, null))) {
            assertEquals(org.fazhi.storage.core.Scope.RECEIVED, assertThrows(AccessDeniedException.class, change).getMessage());
        }
        assertEquals(ReportStatus.PUBLISHED, reports.read(ADMIN, 2024, c.justice.id()).status(), "still read, unchanged");
        assertEquals(0, reports.stored(ADMIN, 2024, c.county2.id()).version(), "nothing written");
        reports.saveNarratives(ADMIN, 2024, c.county.id(), Map.of(ReportPart.OTHER, "本县自己的"), null);
    }
}
