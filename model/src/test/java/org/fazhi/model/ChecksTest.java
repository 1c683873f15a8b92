package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void requiredRefRefusesZeroAndNegative() {
        assertEquals(7, Checks.requiredRef(7, "orgId", "单位"));
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.requiredRef(0, "orgId", "单位"));
        assertEquals("orgId", e.field());
        assertEquals("单位不能为空", e.getMessage());
        assertThrows(ValidationException.class, () -> Checks.requiredRef(-3, "orgId", "单位"));
    }

    @Test
    void requiredDateNeedsADateInTheLedgersYears() {
        assertEquals(LocalDate.of(2024, 3, 15), Checks.requiredDate(LocalDate.of(2024, 3, 15), "date", "日期"));
        ValidationException missing = assertThrows(ValidationException.class, () -> Checks.requiredDate(null, "date", "日期"));
        assertEquals("日期不能为空", missing.getMessage());
        ValidationException old = assertThrows(ValidationException.class,
                () -> Checks.requiredDate(LocalDate.of(1999, 12, 31), "date", "日期"));
        assertEquals("date", old.field());
        assertEquals("年度必须在2000到2100之间", old.getMessage());
    }

    @Test
    void optionalDateMayBeMissingButNotOutOfRange() {
        assertNull(Checks.optionalDate(null, "filedOn"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Checks.optionalDate(LocalDate.of(2101, 1, 1), "filedOn"));
        assertEquals("filedOn", e.field());
    }

    @Test
    void versionIsNeverNegative() {
        assertEquals(0, Checks.version(0));
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.version(-1));
        assertEquals("version", e.field());
        assertEquals("版本号不能为负数", e.getMessage());
    }

    @Test
    void fieldErrorsCheckAValuePassedInAndKeepEveryProblem() {
        FieldErrors errors = new FieldErrors();
        assertEquals("张伟", errors.check(" 张伟 ", v -> Checks.requiredText(v, "name", "姓名", 30)));
        assertNull(errors.check("", v -> Checks.requiredText(v, "position", "职务", 30)));
        errors.check(() -> Checks.version(-1));
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(List.of("position", "version"), e.all().stream().map(ValidationException::field).toList());
    }

    @Test
    void aRuleBetweenFieldsIsRecordedOnlyWhenBrokenAndAfterTheFieldsOwnProblem() {
        FieldErrors errors = new FieldErrors();
        errors.refuseIf(false, "date", "不应出现");
        errors.throwIfAny();
        errors.check(() -> Checks.version(-1));
        errors.refuseIf(true, "version", "同一字段的第二个问题");
        errors.refuseIf(true, "notified", "出庭通知日期不能晚于开庭日期");
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(List.of("version", "notified"), e.all().stream().map(ValidationException::field).toList());
        assertEquals("出庭通知日期不能晚于开庭日期", e.all().get(1).getMessage());
    }
}
