package org.fazhi.duty.court;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.sheets.ImportSource;
import org.fazhi.storage.core.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The court-list import: all or none, existing cases get hearings, duplicates and scope refused by row,
 * the ledger's other fields kept, and a registered case's 裁判结果 only ever moved out of 未结.
 */
class CourtImportTest {
    private int files;

    /** Each import a file of its own: the same file twice is refused (see {@link #theSameFileTwiceIsRefusedUnlessForced}). */
    private ImportSource file() {
        return new ImportSource("出庭.csv", "sha-" + (++files), 10);
    }

    @AutoClose
    final Court c = new Court();
    final CourtCaseService cases = c.duty.courtCases();

    private static CourtImport.Case caseOf(int row, Org unit, String no, Instance instance, String filed,
                                           CourtImport.Row... hearings) {
        return new CourtImport.Case(row, CourtCase.draft(no, "清河县人民法院", instance, unit.id(), "行政处罚",
                filed == null ? null : LocalDate.parse(filed)), List.of(hearings));
    }

    private static CourtImport.Row appeared(int row, String date) {
        return new CourtImport.Row(row, Hearing.appeared(LocalDate.parse(date), null, "张局长", "局长",
                LeaderCategory.PRINCIPAL, true));
    }

    private static CourtImport.Row absent(int row, String date) {
        return new CourtImport.Row(row, Hearing.absent(LocalDate.parse(date), null, AbsenceReason.NONE, "李科员", false));
    }

    private long count(String table) {
        return c.ledger.database().jdbi().withHandle(h ->
                h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void storesCasesWithTheirHearingsAndOneAuditLine() {
        CourtImport.Result r = cases.importAll(ADMIN, List.of(
                caseOf(2, c.justice, "(2024)1号", Instance.FIRST, "2024-01-05", appeared(2, "2024-03-01"), absent(3, "2024-04-01")),
                caseOf(4, c.justice, "(2024)1号", Instance.SECOND, null, absent(4, "2024-09-01")),
                caseOf(5, c.finance, "(2024)2号", Instance.FIRST, "2024-02-01")), file());
        assertEquals(new CourtImport.Result(3, 0, 3, 0), r);
        assertEquals(3, count("court_cases"));
        assertEquals(3, count("court_hearings"));
        AppearanceRates rates = c.duty.appearance().rates(ADMIN, 2024, c.county.id());
        assertEquals(2, rates.heard(), "two instances heard; the case without hearings is registered only");
        assertEquals(1, rates.appeared());
        List<AuditEntry> lines = c.audit(CourtCaseService.CASE, null);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).summary().contains("出庭.csv"), lines.get(0).summary());
    }

    @Test
    void theSameFileTwiceIsRefusedUnlessForced() {
        ImportSource same = new ImportSource("出庭.csv", "same-sha", 10);
        cases.importAll(ADMIN, List.of(caseOf(2, c.justice, "(2024)11号", Instance.FIRST, null, appeared(2, "2024-05-01"))), same);

        org.fazhi.sheets.ImportRejected e = assertThrows(org.fazhi.sheets.ImportRejected.class, () -> cases.importAll(ADMIN,
                List.of(caseOf(2, c.justice, "(2024)12号", Instance.FIRST, null, appeared(2, "2024-05-02"))), same));
        assertEquals(org.fazhi.sheets.ImportProblem.ALREADY_IMPORTED, e.problem().error());
        assertTrue(e.getMessage().contains("由 admin 导入(共1条)"), e.getMessage());
        assertEquals(1, count("court_cases"));

        cases.importAll(ADMIN, List.of(caseOf(2, c.justice, "(2024)12号", Instance.FIRST, null, appeared(2, "2024-05-02"))),
                same, true);
        assertEquals(2, count("court_cases"));
    }

    @Test
    void aRegisteredCaseGetsTheNewHearingsButNoDateTwice() {
        CourtCase k = c.newCase(c.justice, "(2024)7号", Instance.FIRST);
        c.absent(k, "2024-03-01", AbsenceReason.NONE);
        CourtImport.Result r = cases.importAll(ADMIN, List.of(
                caseOf(2, c.justice, "(2024)7号", Instance.FIRST, null, appeared(2, "2024-05-01"))), file());
        assertEquals(new CourtImport.Result(0, 1, 1, 0), r);
        assertEquals(2, cases.hearings(ADMIN, k.id()).size());
        assertTrue(c.duty.appearance().rates(ADMIN, 2024, null).byOrg().stream()
                .anyMatch(u -> u.orgId() == c.county.id() && u.appeared() == 1));

        CourtImport.Rejected again = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(ADMIN, List.of(
                caseOf(2, c.finance, "(2024)9号", Instance.FIRST, null, appeared(2, "2024-05-01")),
                caseOf(3, c.justice, "(2024)7号", Instance.FIRST, null, appeared(3, "2024-05-01"), appeared(4, "2024-06-01"))),
                file()));
        assertEquals(List.of(new CourtImport.Problem(3, "date", again.problems().get(0).message())), again.problems());
        assertTrue(again.problems().get(0).message().contains("已有 2024-05-01 的开庭记录"), again.problems().toString());
        assertEquals(1, count("court_cases"), "nothing of the refused file is stored, not even the good case");
        assertEquals(2, count("court_hearings"));
    }

    @Test
    void everyRowAtFaultIsReported() {
        c.newCase(c.justice, "(2024)7号", Instance.FIRST);
        CourtImport.Rejected e = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(ADMIN, List.of(
                caseOf(2, c.finance, "(2024)7号", Instance.FIRST, null, appeared(2, "2024-05-01")),
                caseOf(3, c.town, "(2024)8号", Instance.FIRST, "2024-06-01", appeared(3, "2024-05-01")),
                caseOf(4, c.town, "(2024)8号", Instance.FIRST, null, appeared(4, "2024-07-01"))), file()));
        assertEquals(List.of(2, 3, 4), e.problems().stream().map(CourtImport.Problem::row).toList());
        assertEquals(List.of("defendantOrgId", "date", "caseNo"), e.problems().stream().map(CourtImport.Problem::field).toList());
        assertTrue(e.problems().get(0).message().contains("县司法局"), e.problems().get(0).message());
        assertEquals(1, count("court_cases"));
    }

    /** A case of the file with every detail the ledger keeps, its outcome stated on {@code outcomeRow}. */
    private static CourtImport.Case judged(int row, Org unit, String no, CaseOutcome outcome, int outcomeRow,
                                           CourtImport.Row... hearings) {
        return new CourtImport.Case(row, new CourtCase(null, no, "清河县人民法院", Instance.FIRST, unit.id(), "某镇人民政府",
                "行政处罚", "生态环境", LocalDate.parse("2024-01-05"), outcome, 0), outcomeRow, List.of(hearings));
    }

    @Test
    void keepsTheNoticeDateLawyerOnlyOutcomeFieldAndCoDefendantsOfNewCases() {
        CourtImport.Row late = new CourtImport.Row(2, Hearing.absent(LocalDate.parse("2024-03-10"),
                LocalDate.parse("2024-03-08"), AbsenceReason.NONE, null, true));
        cases.importAll(ADMIN, List.of(judged(2, c.justice, "(2024)全1号", CaseOutcome.LOST, 2, late)), file());
        CourtCase stored = cases.list(ADMIN, CaseFilter.ALL, Page.FIRST).items().get(0);
        assertEquals(CaseOutcome.LOST, stored.outcome());
        assertEquals("生态环境", stored.adminField());
        assertEquals("某镇人民政府", stored.coDefendants());
        Hearing h = cases.hearings(ADMIN, stored.id()).get(0);
        assertEquals(LocalDate.parse("2024-03-08"), h.notified());
        assertTrue(h.lawyerOnly());
        assertTrue(h.warnings().get(0).contains("开庭前2日送达"), h.warnings().toString());
        AppearanceRates rates = c.duty.appearance().rates(ADMIN, 2024, c.county.id());
        assertEquals(1, rates.total().lost());
        assertEquals(1, rates.total().concluded());
    }

    @Test
    void aPendingRegisteredCaseTakesTheFilesOutcomeAuditedWithTheCase() {
        CourtCase k = c.newCase(c.justice, "(2024)判1号", Instance.FIRST);
        CourtImport.Result r = cases.importAll(ADMIN, List.of(
                judged(3, c.justice, "(2024)判1号", CaseOutcome.WON, 4, appeared(3, "2024-05-01"))), file());
        assertEquals(new CourtImport.Result(0, 1, 1, 1), r);
        CourtCase after = cases.find(ADMIN, k.id());
        assertEquals(CaseOutcome.WON, after.outcome());
        assertEquals(k.version() + 1, after.version());
        assertEquals(k.adminField(), after.adminField(), "other stored details are kept: only the outcome comes in");
        List<AuditEntry> lines = c.audit(CourtCaseService.CASE, k.id());
        assertTrue(lines.stream().anyMatch(l -> l.summary().contains("导入裁判结果") && l.summary().contains("未结 → 胜诉")),
                lines.toString());

        // Stating the same outcome again, or none, changes nothing; a file saying 未结 does not reopen it.
        assertEquals(new CourtImport.Result(0, 1, 1, 0), cases.importAll(ADMIN, List.of(
                judged(2, c.justice, "(2024)判1号", CaseOutcome.WON, 2, appeared(2, "2024-06-01"))), file()));
        assertEquals(new CourtImport.Result(0, 1, 1, 0), cases.importAll(ADMIN, List.of(
                caseOf(2, c.justice, "(2024)判1号", Instance.FIRST, null, appeared(2, "2024-07-01"))), file()));
        CourtImport.Rejected reopen = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(ADMIN, List.of(
                judged(2, c.justice, "(2024)判1号", CaseOutcome.PENDING, 3, appeared(2, "2024-08-01"))), file()));
        assertEquals(List.of(new CourtImport.Problem(3, "outcome", reopen.problems().get(0).message())), reopen.problems());
        assertTrue(reopen.problems().get(0).message().contains("已登记的裁判结果为“胜诉”"), reopen.problems().toString());
        assertEquals(CaseOutcome.WON, cases.find(ADMIN, k.id()).outcome());
    }

    @Test
    void aDifferentOutcomeForAConcludedCaseRefusesTheWholeFile() {
        CourtCase k = c.newCase(c.justice, "(2024)判2号", Instance.FIRST);
        cases.update(ADMIN, k.id(), new CourtCase(null, k.caseNo(), k.court(), k.instance(), k.defendantOrgId(), null,
                k.cause(), null, k.filedOn(), CaseOutcome.LOST, 0), null);
        CourtCase pending = c.newCase(c.finance, "(2024)判3号", Instance.FIRST);
        CourtImport.Rejected e = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(ADMIN, List.of(
                judged(2, c.finance, "(2024)判3号", CaseOutcome.WON, 2, appeared(2, "2024-05-01")),
                judged(3, c.justice, "(2024)判2号", CaseOutcome.WON, 3, appeared(3, "2024-05-01"))), file()));
        assertEquals(List.of(new CourtImport.Problem(3, "outcome", e.problems().get(0).message())), e.problems());
        assertTrue(e.problems().get(0).message().contains("“败诉”,与文件中的“胜诉”不一致"), e.problems().toString());
        assertEquals(CaseOutcome.PENDING, cases.find(ADMIN, pending.id()).outcome(), "the good case took nothing either");
        assertEquals(CaseOutcome.LOST, cases.find(ADMIN, k.id()).outcome());
        assertEquals(0, count("court_hearings"));
    }

    @Test
    void aScopedOrganiserImportsOnlyForItsOwnUnits() {
        Actor justice = Court.organiser(c.justice);
        CourtImport.Rejected e = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(justice, List.of(
                caseOf(2, c.notary, "(2024)1号", Instance.FIRST, null, appeared(2, "2024-05-01")),
                caseOf(3, c.finance, "(2024)2号", Instance.FIRST, null, appeared(3, "2024-05-01"))), file()));
        assertEquals(List.of(new CourtImport.Problem(3, "defendantOrgId", e.problems().get(0).message())), e.problems());
        assertTrue(e.problems().get(0).message().contains("管辖范围"), e.problems().get(0).message());
        assertThrows(AccessDeniedException.class, () -> cases.importAll(Court.viewer(c.county), List.of(
                caseOf(2, c.notary, "(2024)1号", Instance.FIRST, null)), file()));
        assertEquals(1, cases.importAll(justice, List.of(caseOf(2, c.notary, "(2024)1号", Instance.FIRST, null,
                appeared(2, "2024-05-01"))), file()).cases());
        assertEquals(1, cases.list(justice, CaseFilter.ALL, Page.FIRST).total());
    }
}
