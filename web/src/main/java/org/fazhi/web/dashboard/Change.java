package org.fazhi.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure's change from last year in words, as leaders read it ("较上年 +3.2 个百分点",
 * "较上年 −2 项", "上年无数据"), with a class saying whether the change is good news.
 */
public record Change(String text, String css) {
    /** Which way is better for the figure: a higher rate, fewer overdue items, or neither. */
    public enum Better {
        HIGHER, LOWER, NEITHER
    }

    static final Change NO_DATA = new Change("上年无数据", "ch-none");
    private static final String MINUS = "−";

    /**
     * Two rates in percent. {@code before} null means last year had nothing to divide by; {@code
     * now} null means this year has no figure, so there is no change to speak of (null).
     */
    static Change points(BigDecimal now, BigDecimal before, Better better) {
        if (now == null) {
            return null;
        }
        if (before == null) {
            return NO_DATA;
        }
        BigDecimal diff = now.subtract(before);
        if (diff.signum() == 0) {
            return new Change("与上年持平", "ch-flat");
        }
        String amount = diff.abs().setScale(1, RoundingMode.HALF_UP).toPlainString();
        return new Change("较上年 " + (diff.signum() > 0 ? "+" : MINUS) + amount + " 个百分点", css(diff.signum(), better));
    }

    /** Two counts; {@code before} null means last year's ledger holds nothing to count. */
    static Change count(long now, Long before, String unit, Better better) {
        if (before == null) {
            return NO_DATA;
        }
        long diff = now - before;
        if (diff == 0) {
            return new Change("与上年持平", "ch-flat");
        }
        return new Change("较上年 " + (diff > 0 ? "+" : MINUS) + Math.abs(diff) + " " + unit, css(Long.signum(diff), better));
    }

    private static String css(int sign, Better better) {
        return switch (better) {
            case HIGHER -> sign > 0 ? "ch-good" : "ch-bad";
            case LOWER -> sign < 0 ? "ch-good" : "ch-bad";
            case NEITHER -> "ch-flat";
        };
    }
}
