package org.fazhi.duty.lawreport;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.model.calc.Percent;

/**
 * A year's 述法 figures for a unit subtree, as the annual report states them.
 *
 * @param leaders   PRINCIPAL people of the subtree (the 第一责任人 expected to report)
 * @param reported  those of them with a report for the year
 * @param rate      reported ÷ leaders in percent, half-up to one decimal; null without leaders
 * @param reports   every report of the year in the subtree, deputies' included
 * @param byWay     reports per way, every way listed (zero included); sums to {@code reports}
 * @param byRating  reports per rating, every rating listed; with {@code unrated} sums to {@code reports}
 * @param unrated   reports without a rating yet
 * @param summary   "2024年度主要负责人应述法12人,已述法10人(83.3%)"
 */
public record LawReportSummary(int year, Long orgId, long leaders, long reported, BigDecimal rate, long reports,
                               Map<ReportWay, Long> byWay, Map<ReportRating, Long> byRating, long unrated,
                               String summary) {
    public LawReportSummary {
        byWay = everyKey(ReportWay.class, byWay);
        byRating = everyKey(ReportRating.class, byRating);
    }

    /** Every constant in declaration order (so JSON and pages list them in order), absent ones as 0. */
    private static <E extends Enum<E>> Map<E, Long> everyKey(Class<E> type, Map<E, Long> counts) {
        EnumMap<E, Long> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            all.put(e, counts.getOrDefault(e, 0L));
        }
        return Collections.unmodifiableMap(all);
    }

    public static LawReportSummary of(int year, Long orgId, long leaders, long reported, long reports,
                                      Map<ReportWay, Long> byWay, Map<ReportRating, Long> byRating, long unrated) {
        Percent rate = Percent.of(reported, leaders);
        String summary = year + "年度主要负责人应述法" + leaders + "人,已述法" + reported + "人"
                + (rate.defined() ? "(" + rate.text() + ")" : "");
        return new LawReportSummary(year, orgId, leaders, reported, rate.value(), reports, byWay, byRating, unrated,
                summary);
    }
}
