package org.fazhi.web.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(List.of(0L, 1L), Ticks.upTo(0));
        assertEquals(List.of(0L, 1L, 2L, 3L), Ticks.upTo(3));
        assertEquals(List.of(0L, 2L, 4L, 6L, 8L), Ticks.upTo(7));
        assertEquals(List.of(0L, 20L, 40L, 60L, 80L, 100L), Ticks.upTo(100));
        assertEquals(List.of(0L, 50L, 100L, 150L, 200L, 250L), Ticks.upTo(230));
        assertEquals(1000, Ticks.step(4321));
    }

    @Test
    void numbersAreWrittenWithoutLocaleOrNeedlessDecimals() {
        assertEquals("12", Svg.num(12.0));
        assertEquals("12.5", Svg.num(12.46));
        assertEquals("0", Svg.num(Double.NaN));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Svg.escape("<a href=\"x\">&'"));
        assertEquals("ab", Svg.escape("a\u0001b"), "control characters are not XML");
    }
}
