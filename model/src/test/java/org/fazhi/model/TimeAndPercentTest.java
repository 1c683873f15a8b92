package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Quarter;
import org.fazhi.model.time.Years;
import org.junit.jupiter.api.Test;

class TimeAndPercentTest {
    @Test
    void quarterOfADate() {
        Quarter q = Quarter.of(LocalDate.of(2024, 5, 31));
        assertEquals(new Quarter(2024, 2), q);
        assertEquals(LocalDate.of(2024, 4, 1), q.start());
        assertEquals(LocalDate.of(2024, 6, 30), q.end());
        assertEquals("2024年第2季度", q.label());
        assertEquals(new Quarter(2025, 1), new Quarter(2024, 4).next());
    }

    @Test
    void quartersEndedJudgesPace() {
        assertEquals(4, Years.quartersEnded(2023, LocalDate.of(2024, 1, 1)));
        assertEquals(0, Years.quartersEnded(2025, LocalDate.of(2024, 12, 31)));
        assertEquals(0, Years.quartersEnded(2024, LocalDate.of(2024, 3, 30)));
        assertEquals(1, Years.quartersEnded(2024, LocalDate.of(2024, 3, 31)));
        assertEquals(2, Years.quartersEnded(2024, LocalDate.of(2024, 8, 15)));
    }

    @Test
    void impossibleDatesAreRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Years.parseDate("2023-02-30", "date", "日期"));
        assertEquals("date", e.field());
        assertEquals(LocalDate.of(2024, 2, 29), Years.parseDate("2024-02-29", "date", "日期"));
        assertThrows(ValidationException.class, () -> Years.parseDate("1899-01-01", "date", "日期"));
    }

    @Test
    void percentRoundsHalfUpToOneDecimal() {
        assertEquals("66.5%", Percent.of(728, 1095).text());
        assertEquals("100.0%", Percent.of(3, 3).text());
        assertEquals("0.1%", Percent.of(1, 1000).text());   // 0.1 exactly
        assertEquals("0.2%", Percent.of(3, 2000).text());   // 0.15 rounds up
        assertEquals("—", Percent.of(0, 0).text());
        assertFalse(Percent.of(0, 0).defined());
    }

    @Test
    void aDateThatDoesNotExistIsCalledSoNotBlamedOnItsFormat() {
        assertEquals("日期“2025-02-30”不存在:2025年2月没有30日",
                assertThrows(ValidationException.class, () -> Years.parseDate("2025-02-30", "date", "日期")).getMessage());
        assertEquals(java.util.Optional.of("2023年2月没有29日(2023年不是闰年)"), Years.whyNoSuchDay("2023-02-29"));
        assertEquals(java.util.Optional.of("2024年4月没有31日"), Years.whyNoSuchDay("2024/4/31"));
        assertEquals(java.util.Optional.of("2024年没有13月"), Years.whyNoSuchDay("2024年13月1日"));
        assertEquals(java.util.Optional.empty(), Years.whyNoSuchDay("2024-02-29"), "a leap day exists");
        assertEquals(java.util.Optional.empty(), Years.whyNoSuchDay("下周三"), "not a date at all");
        assertEquals("日期“2024.3.15x”不是有效日期,格式应为 2024-03-15",
                assertThrows(ValidationException.class, () -> Years.parseDate("2024.3.15x", "date", "日期")).getMessage());
    }
}
