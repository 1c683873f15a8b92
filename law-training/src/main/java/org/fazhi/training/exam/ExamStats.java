package org.fazhi.training.exam;

import java.math.BigDecimal;
import org.fazhi.model.calc.Percent;

/**
 * A year's test figures for a unit subtree. {@code people} counts a person once however many times
 * they sat; {@code passRate} is the final pass rate (passed in the end ÷ people who sat).
 */
public record ExamStats(int year, long batches, long people, long sittings, long firstSittings, long passedFirst,
                        long passedFinal, long absent, BigDecimal firstPassRate, BigDecimal passRate,
                        BigDecimal averageScore, String summary) {

    public static ExamStats of(int year, long batches, long people, long sittings, long firstSittings, long passedFirst,
                               long passedFinal, long absent, BigDecimal averageScore) {
        String summary = "全年测试" + batches + "批次" + people + "人";
        return new ExamStats(year, batches, people, sittings, firstSittings, passedFirst, passedFinal, absent,
                Percent.of(passedFirst, firstSittings).value(), Percent.of(passedFinal, people).value(),
                averageScore, summary);
    }
}
