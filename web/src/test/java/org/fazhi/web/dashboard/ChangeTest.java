package org.fazhi.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.fazhi.web.dashboard.Change.Better;
import org.junit.jupiter.api.Test;

class ChangeTest {
    @Test
    void ratesChangeInPercentagePointsAndSayWhetherThatIsGoodNews() {
        assertEquals(new Change("较上年 +3.2 个百分点", "ch-good"), Change.points(new BigDecimal("66.5"), new BigDecimal("63.3"), Better.HIGHER));
        assertEquals(new Change("较上年 −10.0 个百分点", "ch-bad"), Change.points(new BigDecimal("50.0"), new BigDecimal("60.0"), Better.HIGHER));
        assertEquals(new Change("较上年 −10.0 个百分点", "ch-good"), Change.points(new BigDecimal("50.0"), new BigDecimal("60.0"), Better.LOWER));
        assertEquals(new Change("与上年持平", "ch-flat"), Change.points(new BigDecimal("50.0"), new BigDecimal("50.0"), Better.HIGHER));
        assertEquals(Change.NO_DATA, Change.points(new BigDecimal("50.0"), null, Better.HIGHER));
        assertNull(Change.points(null, new BigDecimal("50.0"), Better.HIGHER), "no rate this year: nothing to compare");
    }

    @Test
    void countsChangeByTheirUnit() {
        assertEquals(new Change("较上年 −2 项", "ch-good"), Change.count(3, 5L, "项", Better.LOWER));
        assertEquals(new Change("较上年 +1 人", "ch-flat"), Change.count(3, 2L, "人", Better.NEITHER));
        assertEquals(new Change("与上年持平", "ch-flat"), Change.count(0, 0L, "项", Better.LOWER));
        assertEquals(new Change("上年无数据", "ch-none"), Change.count(4, null, "次", Better.HIGHER));
    }
}
