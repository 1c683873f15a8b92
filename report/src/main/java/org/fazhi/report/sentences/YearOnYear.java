package org.fazhi.report.sentences;

import java.math.BigDecimal;

/**
 * The year-over-year phrases of the annual report: "较上年增加2次", "较上年提高3.2个百分点", "与上年持平".
 * Each answers null when there is nothing to compare with (last year had no data, or a rate is undefined),
 * so the sentence simply leaves the comparison out rather than comparing with a made-up zero.
 */
public final class YearOnYear {
    public static final String SAME = "与上年持平";

    private YearOnYear() {
    }

    /** A count against last year's, e.g. "较上年增加2次"; null without last year's count. */
    public static String count(long now, Long last, String unit) {
        if (last == null) {
            return null;
        }
        long d = now - last;
        if (d == 0) {
            return SAME;
        }
        return (d > 0 ? "较上年增加" : "较上年减少") + Math.abs(d) + unit;
    }

    /**
     * A rate in percent against last year's, in percentage points, e.g. "较上年提高3.2个百分点". Both
     * rates are the published one-decimal figures, so the difference is exactly what a reader gets by
     * subtracting the two printed numbers.
     */
    public static String points(BigDecimal now, BigDecimal last) {
        if (now == null || last == null) {
            return null;
        }
        BigDecimal d = now.subtract(last);
        if (d.signum() == 0) {
            return SAME;
        }
        return (d.signum() > 0 ? "较上年提高" : "较上年下降") + d.abs().setScale(1).toPlainString() + "个百分点";
    }
}
