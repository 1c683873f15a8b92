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
import org.fazhi.storage.core.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The court-list import: all or none, existing cases get hearings, duplicates and scope refused by row. */
class CourtImportTest {
    private static final CourtImport.Source FILE = new CourtImport.Source("出庭.csv", "abc", 10);

    Court c;
    CourtCaseService cases;

    @BeforeEach
    void open() {
        c = new Court();
        cases = c.duty.courtCases();
    }

    @AfterEach
    void close() {
        c.close();
    }

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
                caseOf(5, c.finance, "(2024)2号", Instance.FIRST, "2024-02-01")), FILE);
        assertEquals(new CourtImport.Result(3, 0, 3), r);
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
    void aRegisteredCaseGetsTheNewHearingsButNoDateTwice() {
        CourtCase k = c.newCase(c.justice, "(2024)7号", Instance.FIRST);
        c.absent(k, "2024-03-01", AbsenceReason.NONE);
        CourtImport.Result r = cases.importAll(ADMIN, List.of(
                caseOf(2, c.justice, "(2024)7号", Instance.FIRST, null, appeared(2, "2024-05-01"))), FILE);
        assertEquals(new CourtImport.Result(0, 1, 1), r);
        assertEquals(2, cases.hearings(ADMIN, k.id()).size());
        assertTrue(c.duty.appearance().rates(ADMIN, 2024, null).byOrg().stream()
                .anyMatch(u -> u.orgId() == c.county.id() && u.appeared() == 1));

        CourtImport.Rejected again = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(ADMIN, List.of(
                caseOf(2, c.finance, "(2024)9号", Instance.FIRST, null, appeared(2, "2024-05-01")),
                caseOf(3, c.justice, "(2024)7号", Instance.FIRST, null, appeared(3, "2024-05-01"), appeared(4, "2024-06-01"))),
                FILE));
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
                caseOf(4, c.town, "(2024)8号", Instance.FIRST, null, appeared(4, "2024-07-01"))), FILE));
        assertEquals(List.of(2, 3, 4), e.problems().stream().map(CourtImport.Problem::row).toList());
        assertEquals(List.of("defendantOrgId", "date", "caseNo"), e.problems().stream().map(CourtImport.Problem::field).toList());
        assertTrue(e.problems().get(0).message().contains("县司法局"), e.problems().get(0).message());
        assertEquals(1, count("court_cases"));
    }

    @Test
    void aScopedOrganiserImportsOnlyForItsOwnUnits() {
        Actor justice = Court.organiser(c.justice);
        CourtImport.Rejected e = assertThrows(CourtImport.Rejected.class, () -> cases.importAll(justice, List.of(
                caseOf(2, c.notary, "(2024)1号", Instance.FIRST, null, appeared(2, "2024-05-01")),
                caseOf(3, c.finance, "(2024)2号", Instance.FIRST, null, appeared(3, "2024-05-01"))), FILE));
        assertEquals(List.of(new CourtImport.Problem(3, "defendantOrgId", e.problems().get(0).message())), e.problems());
        assertTrue(e.problems().get(0).message().contains("管辖范围"), e.problems().get(0).message());
        assertThrows(AccessDeniedException.class, () -> cases.importAll(Court.viewer(c.county), List.of(
                caseOf(2, c.notary, "(2024)1号", Instance.FIRST, null)), FILE));
        assertEquals(1, cases.importAll(justice, List.of(caseOf(2, c.notary, "(2024)1号", Instance.FIRST, null,
                appeared(2, "2024-05-01"))), FILE).cases());
        assertEquals(1, cases.list(justice, CaseFilter.ALL, Page.FIRST).total());
    }
}
