package org.fazhi.report.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearOnYearTest {
    @Test
    void countsGoUpDownOrStayTheSame() {
        assertEquals("较上年增加2次", YearOnYear.count(17, 15L, "次"));
        assertEquals("较上年减少3个", YearOnYear.count(9, 12L, "个"));
        assertEquals("与上年持平", YearOnYear.count(4, 4L, "次"));
        assertNull(YearOnYear.count(4, null, "次"), "no last year, no comparison");
    }

    @Test
    void ratesCompareInPercentagePoints() {
        assertEquals("较上年提高3.2个百分点", YearOnYear.points(new BigDecimal("66.5"), new BigDecimal("63.3")));
        assertEquals("较上年下降0.5个百分点", YearOnYear.points(new BigDecimal("90.0"), new BigDecimal("90.5")));
        assertEquals("较上年提高10.0个百分点", YearOnYear.points(new BigDecimal("100.0"), new BigDecimal("90.0")));
        assertEquals("与上年持平", YearOnYear.points(new BigDecimal("75.0"), new BigDecimal("75.0")));
        assertNull(YearOnYear.points(new BigDecimal("75.0"), null));
        assertNull(YearOnYear.points(null, new BigDecimal("75.0")));
    }
}
