package org.fazhi.duty.court;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.Engine;
import org.fazhi.storage.testing.TestEngine;
import org.fazhi.storage.core.RowStream;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The case list as pages and exports read it: tallies, the year and text filters, the hearing lines. */
class CaseListTest {
    @AutoClose
    final Court c = new Court();
    final CourtCaseService cases = c.duty.courtCases();

    private List<String> numbers(CaseFilter f) {
        return cases.rows(ADMIN, f, Page.FIRST).items().stream().map(r -> r.courtCase().caseNo()).toList();
    }

    @Test
    void rowsCarryTheirHearingCountAndWhetherAHeadAppeared() {
        CourtCase a = c.newCase(c.justice);
        c.absent(a, "2024-03-01", AbsenceReason.NONE);
        c.appeared(a, "2024-04-01", LeaderCategory.DEPUTY);
        CourtCase b = c.newCase(c.finance);
        c.absent(b, "2024-03-01", AbsenceReason.FORCE_MAJEURE);
        CourtCase none = c.newCase(c.town);
        List<CaseRow> rows = cases.rows(ADMIN, CaseFilter.ALL, Page.FIRST).items();
        CaseRow ra = rows.stream().filter(r -> r.courtCase().id().equals(a.id())).findFirst().orElseThrow();
        assertEquals(2, ra.hearings());
        assertTrue(ra.appeared());
        assertEquals(LocalDate.of(2024, 4, 1), ra.lastHearing());
        CaseRow rb = cases.row(ADMIN, b.id());
        assertEquals(1, rb.hearings());
        assertFalse(rb.appeared());
        CaseRow rn = cases.row(ADMIN, none.id());
        assertEquals(0, rn.hearings());
        assertNull(rn.lastHearing());
        assertThrows(AccessDeniedException.class, () -> cases.row(Court.organiser(c.justice), b.id()));
    }

    @Test
    void aYearFindsCasesFiledOrHeardInIt() {
        CourtCase filed2023 = cases.create(ADMIN, CourtCase.draft("(2023)1号", "某法院", Instance.FIRST, c.justice.id(),
                "行政许可", LocalDate.of(2023, 12, 20)));
        c.appeared(filed2023, "2024-01-10", LeaderCategory.PRINCIPAL);
        cases.create(ADMIN, CourtCase.draft("(2023)2号", "某法院", Instance.FIRST, c.justice.id(), "行政强制",
                LocalDate.of(2023, 5, 1)));
        cases.create(ADMIN, CourtCase.draft("(2024)3号", "某中级人民法院", Instance.SECOND, c.finance.id(), "政府信息公开",
                null));
        assertEquals(List.of("(2023)1号", "(2023)2号"), numbers(new CaseFilter(null, 2023, null, null, null)));
        assertEquals(List.of("(2023)1号"), numbers(new CaseFilter(null, 2024, null, null, null)));
        assertEquals(List.of(), numbers(new CaseFilter(null, 2025, null, null, null)));
        assertEquals(List.of("(2024)3号"), numbers(new CaseFilter(null, null, null, null, "中级")), "by court");
        assertEquals(List.of("(2023)2号"), numbers(new CaseFilter(null, null, null, null, "强制")), "by cause");
        assertEquals(List.of("(2024)3号"), numbers(new CaseFilter(null, null, Instance.SECOND, null, " 3号 ")));
    }

    @Test
    void aYearsPagesComeInTheOrderOfTheWholeList() {
        for (int i = 1; i <= 12; i++) {
            // Two a day, so equal filing dates fall back on the id.
            cases.create(ADMIN, CourtCase.draft("(2024)" + i + "号", "某法院", Instance.FIRST, c.justice.id(), "行政许可",
                    LocalDate.of(2024, 1 + i / 2, 10)));
        }
        for (int i = 1; i <= 4; i++) {
            CourtCase earlier = cases.create(ADMIN, CourtCase.draft("(2023)" + i + "号", "某法院", Instance.FIRST,
                    c.finance.id(), "行政处罚", LocalDate.of(2023, 12, i)));
            c.appeared(earlier, "2024-02-0" + i, LeaderCategory.PRINCIPAL);
        }
        CourtCase undated = cases.create(ADMIN, CourtCase.draft("(2024)无日期", "某法院", Instance.SECOND, c.justice.id(),
                "行政确认", null));
        c.appeared(undated, "2024-05-05", LeaderCategory.DEPUTY);
        CaseFilter year = new CaseFilter(null, 2024, null, null, null);
        assertEquals(17, wholeList(year).size());
        assertEquals(wholeList(year), pageByPage(year, 5), "the first pages (filed in the year) read from the index");

        // A case heard in 2024 but filed in 2025 sorts first, and the short cut steps aside. The services refuse
        // a hearing before the filing date, but a ledger written by an older version or by hand may hold one.
        CourtCase later = cases.create(ADMIN, CourtCase.draft("(2025)1号", "某法院", Instance.FIRST, c.justice.id(),
                "行政许可", LocalDate.of(2024, 12, 1)));
        c.appeared(later, "2024-12-30", LeaderCategory.PRINCIPAL);
        c.ledger.database().jdbi().useHandle(h -> h.execute("UPDATE court_cases SET filed_on = '2025-01-03' WHERE id = ?",
                later.id()));
        // (any audited change tells the figure cache the ledger moved on)
        cases.create(ADMIN, CourtCase.draft("(2020)1号", "某法院", Instance.FIRST, c.justice.id(), "行政许可",
                LocalDate.of(2020, 1, 3)));
        List<String> whole = wholeList(year);
        assertEquals("(2025)1号", whole.get(0));
        assertEquals(whole, pageByPage(year, 5));
        assertEquals(List.of("(2024)3号", "(2024)2号"), cases.list(ADMIN, new CaseFilter(c.justice.id(), 2024, null, null, "(2024)"),
                new Page(2, 9)).items().stream().map(CourtCase::caseNo).toList(), "filters apply on the short cut too");
        assertEquals(13, cases.list(ADMIN, new CaseFilter(c.justice.id(), 2024, null, null, "(2024)"), new Page(2, 0)).total());
    }

    private List<String> wholeList(CaseFilter f) {
        return cases.list(ADMIN, f, new Page(1000, 0)).items().stream().map(CourtCase::caseNo).toList();
    }

    private List<String> pageByPage(CaseFilter f, int size) {
        List<String> out = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += size) {
            var page = cases.list(ADMIN, f, new Page(size, offset));
            assertEquals(wholeList(f).size(), page.total(), "the total on every page");
            if (page.items().isEmpty()) {
                return out;
            }
            page.items().forEach(x -> out.add(x.caseNo()));
        }
    }

    @Test
    void theExportListsEveryHearingOfTheCasesInTheListsOrder() {
        CourtCase older = cases.create(ADMIN, CourtCase.draft("(2024)1号", "某法院", Instance.FIRST, c.justice.id(),
                null, LocalDate.of(2024, 1, 1)));
        c.appeared(older, "2024-05-01", LeaderCategory.PRINCIPAL);
        c.absent(older, "2024-03-01", AbsenceReason.ACCIDENT);
        cases.create(ADMIN, CourtCase.draft("(2024)2号", "某法院", Instance.FIRST, c.finance.id(), null,
                LocalDate.of(2024, 2, 1)));
        c.appeared(c.newCase(c.education2), "2024-05-01", LeaderCategory.DEPUTY);

        List<CaseExport.Line> lines = new ArrayList<>();
        cases.export(ADMIN, new CaseFilter(c.county.id(), 2024, null, null, null)).forEach(lines::add);
        assertEquals(List.of("(2024)2号", "(2024)1号", "(2024)1号"), lines.stream().map(l -> l.courtCase().caseNo()).toList());
        assertNull(lines.get(0).hearing(), "a case without hearings is one line of its own");
        assertEquals(LocalDate.of(2024, 3, 1), lines.get(1).hearing().date());
        assertEquals(AbsenceReason.ACCIDENT, lines.get(1).hearing().absenceReason());
        assertEquals(LeaderCategory.PRINCIPAL, lines.get(2).hearing().headCategory());

        assertThrows(AccessDeniedException.class, () -> cases.export(Court.organiser(c.justice),
                new CaseFilter(c.finance.id(), null, null, null, null)));
        List<CaseExport.Line> own = new ArrayList<>();
        cases.export(Court.organiser(c.justice), CaseFilter.ALL).forEach(own::add);
        assertEquals(2, own.size());
    }

    @Test
    void aLongExportIsStreamedInTheListsOrder() {
        int n = 2 * RowStream.FETCH + 1;
        Instant now = Instant.now();
        c.ledger.database().jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO court_cases (case_no, court, instance, defendant_org_id, "
                    + "filed_on, outcome, created_at, updated_at) VALUES (:no, '某法院', 'FIRST', :org, :filed, 'PENDING', :now, :now)");
            for (int i = 0; i < n; i++) {
                batch.bind("no", "(2024)" + i + "号").bind("org", c.justice.id()).bind("filed", LocalDate.of(2024, 1, 1).plusDays(i / 3))
                        .bind("now", now).add();
            }
            batch.execute();
        });
        List<CaseExport.Line> lines = new ArrayList<>();
        cases.export(ADMIN, CaseFilter.ALL).forEach(lines::add);
        assertEquals(n, lines.size());
        assertEquals("(2024)" + (n - 1) + "号", lines.get(0).courtCase().caseNo(), "the latest filed first");
        for (int i = 1; i < n; i++) {
            CourtCase before = lines.get(i - 1).courtCase();
            CourtCase after = lines.get(i).courtCase();
            assertTrue(before.filedOn().isAfter(after.filedOn()) || before.filedOn().equals(after.filedOn())
                    && before.id() > after.id(), before + " / " + after);
        }
        if (c.ledger.database().engine() == Engine.POSTGRESQL) {
            // While the first lines are handed over, the rest is still on the server: end the export's
            // connection there, and the lines of the first fetch are all the export gets.
            String application = c.ledger.database().jdbi().withHandle(h ->
                    h.createQuery("SELECT current_setting('application_name')").mapTo(String.class).one());
            List<CaseExport.Line> cut = new ArrayList<>();
            int[] ended = {0};
            assertThrows(RuntimeException.class, () -> cases.export(ADMIN, CaseFilter.ALL).forEach(l -> {
                if (cut.isEmpty()) {
                    ended[0] = TestEngine.endWaitingReads(application, "%LEFT JOIN court_hearings h ON h.case_id = c.id%");
                }
                cut.add(l);
            }));
            assertEquals(1, ended[0], "the export waits on the server for its next fetch");
            assertTrue(cut.size() <= RowStream.FETCH, "streamed a fetch at a time, not read whole first: " + cut.size());
        }
    }
}
