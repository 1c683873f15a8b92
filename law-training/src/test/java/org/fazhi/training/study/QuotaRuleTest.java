package org.fazhi.training.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

/** A quota rule as an admin types it. */
class QuotaRuleTest {

    @Test
    void aRuleKeepsItsKindsOnceEachAndSaysWhatItRequires() {
        QuotaRule r = new QuotaRule(null, " 常务会议学法 ", List.of(StudyKind.EXEC_MEETING, StudyKind.PARTY_GROUP,
                StudyKind.EXEC_MEETING), OrgKind.COUNTY_GOV, 1, QuotaPeriod.QUARTER, 30, true, 0);
        assertEquals("常务会议学法", r.label());
        assertEquals(List.of(StudyKind.EXEC_MEETING, StudyKind.PARTY_GROUP), r.kinds());
        assertEquals("每季度不少于1次,每次不少于30分钟", r.requirementText());
        QuotaRule yearly = new QuotaRule(null, "集体学法", List.of(StudyKind.COLLECTIVE), OrgKind.DEPARTMENT, 2,
                QuotaPeriod.YEAR, null, true, 0);
        assertEquals("每年不少于2次", yearly.requirementText());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () ->
                new QuotaRule(null, " ", List.of(), null, 0, null, 0, true, 0));
        assertEquals(List.of("label", "kinds", "orgKind", "period", "minimum", "minMinutes"),
                e.all().stream().map(ValidationException::field).toList());
    }

    @Test
    void eachBoundIsChecked() {
        assertEquals("kinds", assertThrows(ValidationException.class, () -> new QuotaRule(null, "规则", null,
                OrgKind.DEPARTMENT, 1, QuotaPeriod.YEAR, null, true, 0)).field());
        assertEquals("kinds", assertThrows(ValidationException.class, () -> new QuotaRule(null, "规则",
                Arrays.asList(StudyKind.COLLECTIVE, null), OrgKind.DEPARTMENT, 1, QuotaPeriod.YEAR, null, true, 0)).field());
        assertEquals("minimum", assertThrows(ValidationException.class, () -> new QuotaRule(null, "规则",
                List.of(StudyKind.COLLECTIVE), OrgKind.DEPARTMENT, 1001, QuotaPeriod.YEAR, null, true, 0)).field());
        assertEquals("minMinutes", assertThrows(ValidationException.class, () -> new QuotaRule(null, "规则",
                List.of(StudyKind.COLLECTIVE), OrgKind.DEPARTMENT, 1, QuotaPeriod.YEAR, StudySession.MINUTES_MAX + 1, true, 0)).field());
        assertEquals(1000, new QuotaRule(null, "规则", List.of(StudyKind.COLLECTIVE), OrgKind.DEPARTMENT, 1000,
                QuotaPeriod.YEAR, StudySession.MINUTES_MAX, true, 0).minimum());
    }

    @Test
    void periodsParseFromCodeOrLabel() {
        assertEquals(QuotaPeriod.QUARTER, QuotaPeriod.parse("每季度"));
        assertEquals(QuotaPeriod.YEAR, QuotaPeriod.parse("year"));
        assertEquals("period", assertThrows(ValidationException.class, () -> QuotaPeriod.parse("每月")).field());
    }
}
