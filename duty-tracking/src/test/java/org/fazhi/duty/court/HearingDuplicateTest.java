package org.fazhi.duty.court;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.duty.Court;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.person.LeaderCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A second hearing of a case on the same day looks like a repeat: saved only when confirmed. */
class HearingDuplicateTest {
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

    private static Hearing on(String date) {
        return Hearing.appeared(LocalDate.parse(date), null, "张局长", "局长", LeaderCategory.PRINCIPAL, true);
    }

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
}
