package org.fazhi.assessment.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.junit.jupiter.api.Test;

/** The scoring rules as the sheet writes them, and their suggestions worked by hand. */
class ScoringRuleTest {
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static Optional<BigDecimal> suggest(String rule, long num, long den, String points) {
        return ScoringRule.parse(rule).suggest(Percent.of(num, den), new BigDecimal(points));
    }

    private static Optional<BigDecimal> d(String v) {
        return Optional.of(new BigDecimal(v));
    }

    @Test
    void proportionalScoresPointsTimesTheRate() {
        assertEquals(d("6.7"), suggest("按比例", 2, 3, "10"), "10 × 66.7% = 6.67");
        assertEquals(d("10.0"), suggest("按比例", 5, 5, "10"));
        assertEquals(d("0.0"), suggest("按比例", 0, 4, "10"));
        assertEquals(d("2.3"), suggest(null, 3, 4, "3"), "a blank rule is 按比例: 3 × 75% = 2.25, half up");
        assertEquals(d("1.5"), suggest(" ", 1, 2, "3"));
    }

    @Test
    void aThresholdGivesFullPointsAtOrAboveItAndAShareBelow() {
        assertEquals(d("10.0"), suggest("达到90%得满分", 9, 10, "10"), "exactly 90%");
        assertEquals(d("10.0"), suggest("达到90%得满分", 19, 20, "10"));
        assertEquals(d("8.9"), suggest("达到90%得满分", 8, 10, "10"), "10 × 80 ÷ 90 = 8.89");
        assertEquals(d("7.4"), suggest("达到 90 ％ 得满分", 2, 3, "10"), "full-width ％ and spaces: 10 × 66.7 ÷ 90");
        assertEquals(d("5.0"), suggest("达到100%得满分", 1, 2, "10"));
        assertEquals(d("2.5"), suggest("达到80.5%得满分", 161, 200, "2.5"));
    }

    @Test
    void nothingToDivideBySuggestsNothing() {
        assertEquals(Optional.empty(), suggest("按比例", 0, 0, "10"));
        assertEquals(Optional.empty(), suggest("达到90%得满分", 0, 0, "10"));
    }

    @Test
    void pointsMustBeGivenAndNotNegative() {
        assertEquals("points", assertThrows(ValidationException.class,
                () -> ScoringRule.PROPORTIONAL.suggest(Percent.of(1, 2), null)).field());
        ValidationException e = assertThrows(ValidationException.class,
                () -> ScoringRule.parse("达到90%得满分").suggest(Percent.of(0, 0), new BigDecimal("-1")));
        assertEquals("分值不能为空或为负数", e.getMessage());
        assertEquals(d("0.0"), suggest("按比例", 1, 2, "0"));
    }

    @Test
    void theRuleTextReadsBack() {
        for (String text : new String[] {"按比例", "达到90%得满分", "达到85.5%得满分", "达到100%得满分"}) {
            assertEquals(text, ScoringRule.parse(text).text());
            assertEquals(ScoringRule.parse(text), ScoringRule.parse(ScoringRule.parse(text).text()));
        }
        assertEquals("达到90%得满分", ScoringRule.parse("达到90.0%得满分").text());
        assertEquals(ScoringRule.parse("达到90%得满分"), ScoringRule.parse("达到90.0％得满分"), "one threshold however written");
        assertEquals(ScoringRule.PROPORTIONAL, ScoringRule.parse(" 按比例 "));
    }

    @Test
    void anUnknownRuleOrThresholdIsRefusedInChinese() {
        ValidationException e = assertThrows(ValidationException.class, () -> ScoringRule.parse("满分10分"));
        assertEquals("rule", e.field());
        assertEquals("计分规则“满分10分”无法识别,应为“按比例”或“达到90%得满分”这样的写法", e.getMessage());
        assertEquals("达标线应在0%到100%之间(不含0)",
                assertThrows(ValidationException.class, () -> ScoringRule.parse("达到0%得满分")).getMessage());
        assertEquals("达标线应在0%到100%之间(不含0)",
                assertThrows(ValidationException.class, () -> ScoringRule.parse("达到101%得满分")).getMessage());
        assertThrows(ValidationException.class, () -> ScoringRule.parse("达到90.55%得满分"));
        assertThrows(ValidationException.class, () -> new ScoringRule.Threshold(null));
        assertEquals(d("10.0"), new ScoringRule.Threshold(new BigDecimal("90")).suggest(Percent.of(1, 1), TEN));
    }
}
