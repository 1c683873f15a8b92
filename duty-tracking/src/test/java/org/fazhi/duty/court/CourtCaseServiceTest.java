package org.fazhi.duty.court;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.core.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Cases and hearings over a real ledger: CRUD, versions, scope, warnings and the audit log. */
class CourtCaseServiceTest {
    @AutoClose
    final Court c = new Court();
    final CourtCaseService cases = c.duty.courtCases();

    private static CourtCase changed(CourtCase k, CaseOutcome outcome) {
        return new CourtCase(null, k.caseNo(), k.court(), k.instance(), k.defendantOrgId(), "县公安局", k.cause(),
                "生态环境", k.filedOn(), outcome, 0);
    }

    @Test
    void createsReadsUpdatesAndDeletesACase() {
        CourtCase k = c.newCase(c.justice);
        assertEquals(CaseOutcome.PENDING, k.outcome());
        assertEquals(0, k.version());
        assertEquals(k, cases.find(ADMIN, k.id()));

        CourtCase after = cases.update(ADMIN, k.id(), changed(k, CaseOutcome.LOST), 0);
        assertEquals(CaseOutcome.LOST, after.outcome());
        assertEquals("生态环境", after.adminField());
        assertEquals("县公安局", after.coDefendants());
        assertEquals(1, after.version());

        c.appeared(after, "2024-03-01", LeaderCategory.PRINCIPAL);
        cases.delete(ADMIN, k.id());
        assertThrows(NotFoundException.class, () -> cases.find(ADMIN, k.id()));
        long left = c.ledger.database().jdbi().withHandle(h ->
                h.createQuery("SELECT count(*) FROM court_hearings").mapTo(Long.class).one());
        assertEquals(0, left);
    }

    @Test
    void anEditOnAnOldVersionIsRefused() {
        CourtCase k = c.newCase(c.justice);
        cases.update(ADMIN, k.id(), changed(k, CaseOutcome.WON), 0);
        ConflictException e = assertThrows(ConflictException.class,
                () -> cases.update(ADMIN, k.id(), changed(k, CaseOutcome.LOST), 0));
        assertEquals("version", e.field());
        assertEquals(CaseOutcome.WON, cases.find(ADMIN, k.id()).outcome());
    }

    @Test
    void aCaseNumberIsRegisteredOncePerInstance() {
        c.newCase(c.justice, "(2024)皖0101行初1号", Instance.FIRST);
        c.newCase(c.justice, "(2024)皖0101行初1号", Instance.SECOND);
        ConflictException e = assertThrows(ConflictException.class,
                () -> c.newCase(c.finance, "(2024)皖0101行初1号", Instance.FIRST));
        assertEquals("caseNo", e.field());
    }

    @Test
    void anUnknownDefendantIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> cases.create(ADMIN,
                CourtCase.draft("(2024)1号", "某法院", Instance.FIRST, 9999, null, null)));
        assertEquals("defendantOrgId", e.field());
    }

    @Test
    void listsFilterBySubtreeAndFields() {
        CourtCase a = c.newCase(c.notary);
        c.newCase(c.finance);
        c.newCase(c.education2);
        cases.update(ADMIN, a.id(), changed(a, CaseOutcome.LOST), null);
        assertEquals(3, cases.list(ADMIN, CaseFilter.ALL, Page.FIRST).total());
        assertEquals(List.of(a.id()), cases.list(ADMIN, new CaseFilter(c.justice.id(), null, null, null, null), Page.FIRST)
                .items().stream().map(CourtCase::id).toList());
        assertEquals(1, cases.list(ADMIN, new CaseFilter(null, 2020, null, CaseOutcome.LOST, null), Page.FIRST).total());
        assertEquals(0, cases.list(ADMIN, new CaseFilter(null, 2021, null, null, null), Page.FIRST).total());
        assertEquals(1, cases.list(ADMIN, new CaseFilter(null, null, null, null, "行初1号"), Page.FIRST).total());
        assertEquals(2, cases.list(Court.organiser(c.county), CaseFilter.ALL, Page.FIRST).total());
    }

    @Test
    void aScopedOrganiserCannotReadOrChangeAnotherUnitsCase() {
        CourtCase other = c.newCase(c.finance);
        Hearing hearing = c.appeared(other, "2024-03-01", LeaderCategory.PRINCIPAL);
        Actor justiceOrganiser = Court.organiser(c.justice);
        assertThrows(AccessDeniedException.class, () -> cases.find(justiceOrganiser, other.id()));
        assertThrows(AccessDeniedException.class, () -> cases.hearings(justiceOrganiser, other.id()));
        assertThrows(AccessDeniedException.class, () -> cases.hearing(justiceOrganiser, hearing.id()));
        assertThrows(AccessDeniedException.class,
                () -> cases.update(justiceOrganiser, other.id(), changed(other, CaseOutcome.WON), null));
        assertThrows(AccessDeniedException.class, () -> cases.delete(justiceOrganiser, other.id()));
        assertThrows(AccessDeniedException.class, () -> cases.addHearing(justiceOrganiser, other.id(),
                Hearing.appeared(LocalDate.of(2024, 4, 1), null, "钱局长", "局长", LeaderCategory.PRINCIPAL, true)));
        assertThrows(AccessDeniedException.class, () -> cases.deleteHearing(justiceOrganiser, hearing.id()));
        assertThrows(AccessDeniedException.class, () -> cases.list(justiceOrganiser,
                new CaseFilter(c.finance.id(), null, null, null, null), Page.FIRST));
        // Nor move its own case to a unit outside its scope, nor create one there.
        CourtCase own = cases.create(justiceOrganiser, CourtCase.draft("(2024)9号", "某法院", Instance.FIRST,
                c.notary.id(), null, null));
        assertThrows(AccessDeniedException.class, () -> cases.update(justiceOrganiser, own.id(),
                new CourtCase(null, own.caseNo(), own.court(), own.instance(), c.finance.id(), null, null, null, null,
                        null, 0), null));
        assertThrows(AccessDeniedException.class, () -> cases.create(justiceOrganiser,
                CourtCase.draft("(2024)10号", "某法院", Instance.FIRST, c.finance.id(), null, null)));
        assertEquals(CaseOutcome.PENDING, cases.find(ADMIN, other.id()).outcome());
        // A viewer reads but does not write.
        assertEquals(other, cases.find(Court.viewer(c.county), other.id()));
        assertThrows(AccessDeniedException.class, () -> cases.delete(Court.viewer(c.county), other.id()));
    }

    @Test
    void aLateNoticeIsWarnedAboutButStored() {
        CourtCase k = c.newCase(c.justice);
        HearingSaved late = cases.addHearing(ADMIN, k.id(), Hearing.appeared(LocalDate.of(2024, 6, 10),
                LocalDate.of(2024, 6, 8), "张局长", "局长", LeaderCategory.PRINCIPAL, true));
        assertEquals(1, late.warnings().size());
        assertTrue(late.warnings().get(0).contains("开庭前2日"), late.warnings().get(0));
        assertEquals(LocalDate.of(2024, 6, 8), cases.hearing(ADMIN, late.hearing().id()).notified());
        HearingSaved onTime = cases.addHearing(ADMIN, k.id(), Hearing.appeared(LocalDate.of(2024, 7, 10),
                LocalDate.of(2024, 7, 7), "张局长", "局长", LeaderCategory.PRINCIPAL, true));
        assertEquals(List.of(), onTime.warnings());
        assertEquals(2, cases.hearings(ADMIN, k.id()).size());
    }

    @Test
    void updatesAndDeletesHearings() {
        CourtCase k = c.newCase(c.justice);
        Hearing h = c.absent(k, "2024-03-01", AbsenceReason.NONE);
        HearingSaved fixed = cases.updateHearing(ADMIN, h.id(), Hearing.appeared(LocalDate.of(2024, 3, 1), null,
                "王副局长", "副局长", LeaderCategory.DEPUTY, true), 0);
        assertEquals(1, fixed.hearing().version());
        assertTrue(fixed.hearing().headAppeared());
        assertNull(fixed.hearing().absenceReason());
        assertEquals(k.id(), fixed.hearing().caseId());
        assertThrows(ConflictException.class, () -> cases.updateHearing(ADMIN, h.id(),
                Hearing.absent(LocalDate.of(2024, 3, 1), null, AbsenceReason.NONE, null, false), 0));
        ValidationException early = assertThrows(ValidationException.class, () -> cases.addHearing(ADMIN, k.id(),
                Hearing.appeared(LocalDate.of(2019, 12, 31), null, "张局长", "局长", LeaderCategory.PRINCIPAL, true)));
        assertEquals("date", early.field());
        cases.deleteHearing(ADMIN, h.id());
        assertEquals(List.of(), cases.hearings(ADMIN, k.id()));
    }

    private static Hearing on(String date) {
        return Hearing.appeared(LocalDate.parse(date), null, "张局长", "局长", LeaderCategory.PRINCIPAL, true);
    }

    /** A second hearing of a case on the same day looks like a repeat: saved only when confirmed. */
    @Test
    void theSameCaseOnTheSameDayIsRefusedUnlessConfirmed() {
        CourtCase k = c.newCase(c.justice);
        Hearing first = c.appeared(k, "2024-03-01", LeaderCategory.PRINCIPAL);
        assertEquals(first.id(), cases.possibleDuplicate(ADMIN, k.id(), on("2024-03-01"), null).orElseThrow().id());

        PossibleDuplicateException e = assertThrows(PossibleDuplicateException.class,
                () -> cases.addHearing(ADMIN, k.id(), on("2024-03-01")));
        assertEquals(first.id(), e.existingId());
        assertEquals("confirmDuplicate", e.field());
        assertTrue(e.getMessage().contains("可能重复") && e.getMessage().contains("2024-03-01"), e.getMessage());
        assertEquals(1, cases.hearings(ADMIN, k.id()).size(), "nothing was saved");

        cases.addHearing(ADMIN, k.id(), on("2024-03-01"), true);
        assertEquals(2, cases.hearings(ADMIN, k.id()).size());
    }

    @Test
    void anotherDayOrAnotherCaseIsNoDuplicate() {
        CourtCase k = c.newCase(c.justice);
        CourtCase other = c.duty.courtCases().create(ADMIN,
                CourtCase.draft("(2024)皖0101行初99号", "某法院", Instance.FIRST, c.justice.id(), null, null));
        c.appeared(k, "2024-03-01", LeaderCategory.PRINCIPAL);
        cases.addHearing(ADMIN, k.id(), on("2024-03-02"));
        cases.addHearing(ADMIN, other.id(), on("2024-03-01"));
        assertEquals(2, cases.hearings(ADMIN, k.id()).size());
        assertEquals(1, cases.hearings(ADMIN, other.id()).size());
    }

    @Test
    void aCorrectionIsNotItsOwnDuplicateButMayNotMoveOntoAnotherDayUnconfirmed() {
        CourtCase k = c.newCase(c.justice);
        Hearing a = c.appeared(k, "2024-03-01", LeaderCategory.PRINCIPAL);
        Hearing b = c.appeared(k, "2024-04-01", LeaderCategory.PRINCIPAL);
        assertTrue(cases.possibleDuplicate(ADMIN, k.id(), on("2024-03-01"), a.id()).isEmpty());
        assertEquals(1, cases.updateHearing(ADMIN, a.id(), on("2024-03-01"), null).hearing().version(),
                "a correction that keeps the date is never questioned");

        PossibleDuplicateException e = assertThrows(PossibleDuplicateException.class,
                () -> cases.updateHearing(ADMIN, b.id(), on("2024-03-01"), null));
        assertEquals(a.id(), e.existingId());
        assertEquals(LocalDate.parse("2024-04-01"), cases.hearing(ADMIN, b.id()).date());
        assertEquals(LocalDate.parse("2024-03-01"),
                cases.updateHearing(ADMIN, b.id(), on("2024-03-01"), null, true).hearing().date());
    }

    @Test
    void staffAsHeadIsRefusedThroughTheService() {
        CourtCase k = c.newCase(c.justice);
        ValidationException e = assertThrows(ValidationException.class, () -> cases.addHearing(ADMIN, k.id(),
                new Hearing(null, 0, LocalDate.of(2024, 3, 1), null, true, "李科员", "科员", LeaderCategory.STAFF,
                        false, null, null, null, false, 0)));
        assertEquals("headCategory", e.field());
        assertEquals(List.of(), cases.hearings(ADMIN, k.id()));
    }

    @Test
    void everyChangeIsAudited() {
        CourtCase k = c.newCase(c.justice);
        cases.update(ADMIN, k.id(), changed(k, CaseOutcome.WON), null);
        Hearing h = c.appeared(k, "2024-03-01", LeaderCategory.PRINCIPAL);
        cases.updateHearing(ADMIN, h.id(), Hearing.appeared(LocalDate.of(2024, 3, 2), null, "张局长", "局长",
                LeaderCategory.PRINCIPAL, false), null);
        cases.deleteHearing(ADMIN, h.id());
        cases.delete(ADMIN, k.id());

        List<AuditEntry> caseLines = c.audit(CourtCaseService.CASE, k.id());
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), caseLines.stream().map(AuditEntry::action).toList());
        assertEquals(c.justice.id(), caseLines.get(2).orgId());
        assertTrue(caseLines.get(2).summary().contains("(2024)皖0101行初1号 一审"), caseLines.get(2).summary());
        assertTrue(caseLines.get(1).beforeJson().contains("PENDING"));
        assertTrue(caseLines.get(1).afterJson().contains("WON"));
        List<AuditEntry> hearingLines = c.audit(CourtCaseService.HEARING, h.id());
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), hearingLines.stream().map(AuditEntry::action).toList());
        assertEquals("admin", hearingLines.get(0).username());
    }
}
