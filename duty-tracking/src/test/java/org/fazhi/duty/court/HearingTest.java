package org.fazhi.duty.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.model.person.LeaderCategory;
import org.junit.jupiter.api.Test;

/** The rules of one hearing record and of a case record, without a database. */
class HearingTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 20);

    private static List<String> fields(ValidationException e) {
        return e.all().stream().map(ValidationException::field).toList();
    }

    @Test
    void staffIsRefusedAsAHead() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Hearing.appeared(DAY, null, "李科员", "科员", LeaderCategory.STAFF, false));
        assertEquals("headCategory", e.field());
        assertTrue(e.getMessage().contains("工作人员"), e.getMessage());
    }

    @Test
    void staffIsRefusedEvenWhenNoHeadAppeared() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Hearing(null, 0, DAY, null, false,
                "李科员", null, LeaderCategory.STAFF, false, AbsenceReason.OTHER_JUSTIFIED, null, null, false, 0));
        assertEquals(List.of("headCategory"), fields(e));
    }

    @Test
    void everyWrongFieldAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Hearing(null, 0, null,
                DAY, true, " ", null, null, false, AbsenceReason.NONE, "委托副职出庭", null, true, -1));
        assertEquals(List.of("date", "headName", "headCategory", "absenceReason", "absenceNote", "lawyerOnly", "version"),
                fields(e));
    }

    @Test
    void anAbsenceNeedsAReasonAndCannotSpeak() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Hearing(null, 0, DAY, null, false,
                null, null, null, true, null, null, "王科员", true, 0));
        assertEquals(List.of("absenceReason", "spoke", "lawyerOnly"), fields(e));
    }

    @Test
    void anAbsenceMaySayWhatHappenedInAtMost200Characters() {
        Hearing h = Hearing.absent(DAY, null, AbsenceReason.FORCE_MAJEURE, "王副局长", false)
                .withAbsenceNote("  负责人因不可抗力委托副职出庭 ");
        assertEquals("负责人因不可抗力委托副职出庭", h.absenceNote());
        assertEquals(null, h.withAbsenceNote("  ").absenceNote());
        ValidationException e = assertThrows(ValidationException.class, () -> h.withAbsenceNote("因".repeat(201)));
        assertEquals("absenceNote", e.field());
        assertTrue(e.getMessage().contains("未出庭情况"), e.getMessage());
    }

    @Test
    void theNoticeCannotComeAfterTheHearing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Hearing.appeared(DAY, DAY.plusDays(1), "张局长", "局长", LeaderCategory.PRINCIPAL, true));
        assertEquals("notified", e.field());
    }

    @Test
    void aNoticeLessThanThreeDaysAheadIsWarnedAbout() {
        assertEquals(1, Hearing.appeared(DAY, DAY.minusDays(2), "张局长", "局长", LeaderCategory.PRINCIPAL, true)
                .warnings().size());
        assertTrue(Hearing.appeared(DAY, DAY.minusDays(2), "张局长", "局长", LeaderCategory.PRINCIPAL, true)
                .warnings().get(0).contains("少于法定的3日"));
        assertTrue(Hearing.appeared(DAY, DAY.minusDays(3), "张局长", "局长", LeaderCategory.PRINCIPAL, true)
                .warnings().isEmpty());
        assertTrue(Hearing.appeared(DAY, null, "张局长", "局长", LeaderCategory.PRINCIPAL, true).warnings().isEmpty());
    }

    @Test
    void absenceReasonsAndCounting() {
        assertFalse(AbsenceReason.NONE.valid());
        assertTrue(AbsenceReason.FORCE_MAJEURE.valid());
        assertEquals(AbsenceReason.IRREPLACEABLE_DUTY, AbsenceReason.parse("需履行他人不能代替的公务"));
        Hearing staffOnly = Hearing.absent(DAY, null, AbsenceReason.IRREPLACEABLE_DUTY, "李科员", false);
        assertFalse(staffOnly.countsAsAppeared());
        assertFalse(staffOnly.unjustifiedAbsence());
        Hearing noShow = Hearing.absent(DAY, null, AbsenceReason.NONE, null, true);
        assertTrue(noShow.unjustifiedAbsence());
        assertEquals(2, noShow.warnings().size());
        assertTrue(Hearing.appeared(DAY, null, "王副局长", "副局长", LeaderCategory.DEPUTY, false).countsAsAppeared());
    }

    @Test
    void caseRecordChecksEveryFieldAndDefaultsTheOutcome() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new CourtCase(null, " ", null, null, 0, null, null, null, LocalDate.of(1990, 1, 1), null, 0));
        assertEquals(List.of("caseNo", "court", "instance", "defendantOrgId", "filedOn"), fields(e));
        CourtCase c = CourtCase.draft("(2024)皖01行终3号", "合肥市中级人民法院", Instance.SECOND, 5, null, null);
        assertEquals(CaseOutcome.PENDING, c.outcome());
        assertEquals(Instance.SECOND, Instance.parse("二审"));
        assertEquals(CaseOutcome.SETTLED, CaseOutcome.parse("调解/和解"));
    }

    @Test
    void periods() {
        assertEquals(LocalDate.of(2024, 4, 1), Period.of(2024, 2, null).from());
        assertEquals(LocalDate.of(2024, 7, 1), Period.of(2024, 2, null).to());
        assertEquals(LocalDate.of(2024, 3, 1), Period.of(2024, null, 2).to());
        assertEquals("2024年第2季度", Period.of(2024, 2, null).label());
        assertEquals("quarter", assertThrows(ValidationException.class, () -> Period.of(2024, 1, 1)).field());
        assertEquals("month", assertThrows(ValidationException.class, () -> Period.of(2024, null, 13)).field());
    }
}
