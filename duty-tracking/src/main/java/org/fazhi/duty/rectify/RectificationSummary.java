package org.fazhi.duty.rectify;

import java.math.BigDecimal;
import org.fazhi.model.calc.Percent;

/**
 * A year's 整改 figures for a unit subtree, counting the items found or due in the year (the list's
 * year rule, so {@code total} equals the list's count).
 *
 * @param closed       items 销号'd
 * @param open         items not yet 销号'd (待整改, 整改中 and 已整改待销号)
 * @param overdue      open items past their deadline on the day asked
 * @param closedOnTime items 销号'd on or before their deadline
 * @param closedRate   closed ÷ total in percent, half-up to one decimal; null without items
 */
public record RectificationSummary(int year, Long orgId, long total, long closed, long open, long overdue,
                                   long closedOnTime, BigDecimal closedRate, String summary) {

    public static RectificationSummary of(int year, Long orgId, long total, long closed, long overdue,
                                          long closedOnTime) {
        Percent rate = Percent.of(closed, total);
        String summary = year + "年整改事项" + total + "个,已销号" + closed + "个"
                + (rate.defined() ? "(" + rate.text() + ")" : "") + ",其中按期销号" + closedOnTime + "个;"
                + "未销号" + (total - closed) + "个,其中逾期" + overdue + "个";
        return new RectificationSummary(year, orgId, total, closed, total - closed, overdue, closedOnTime,
                rate.value(), summary);
    }
}
