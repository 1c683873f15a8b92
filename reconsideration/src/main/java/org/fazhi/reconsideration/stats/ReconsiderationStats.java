package org.fazhi.reconsideration.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.calc.Percent;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;

/**
 * A year's 行政复议 figures for a unit subtree (the respondents in it): applications received in the year and
 * how many were accepted (受理率 = accepted ÷ received); cases concluded (decided) in the year, how many by their
 * due date (按期结案率 = on time ÷ concluded), how many corrected the act directly (直接纠错率, over the setting's
 * denominator) and directly or in a 调解/和解/撤回 (综合纠错率, over all concluded); the counts per decision
 * (concluded in the year) and per category (received in the year), and the ranking of respondent units.
 * Rates in percent, one decimal, half up. Both maps hold every code, in the codes' order (0 where none).
 */
public record ReconsiderationStats(int year, Long orgId, long received, long accepted, Percent acceptanceRate,
                                   long concluded, long onTime, Percent onTimeRate, long directCorrections,
                                   Percent directCorrectionRate, long comprehensiveCorrections,
                                   Percent comprehensiveCorrectionRate, CorrectionDenominator denominator,
                                   Map<Decision, Long> byDecision, Map<MatterCategory, Long> byCategory,
                                   List<RespondentRate> byRespondent) {
    public ReconsiderationStats {
        Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
        decisions.putAll(byDecision);
        byDecision = Collections.unmodifiableMap(decisions);
        Map<MatterCategory, Long> categories = new EnumMap<>(MatterCategory.class);
        categories.putAll(byCategory);
        byCategory = Collections.unmodifiableMap(categories);
        byRespondent = List.copyOf(byRespondent);
    }

    /**
     * The sentence the annual report states, as the reports word it: "收到行政复议申请418件,受理363件(受理率86.8%),
     * 审结307件,按期结案率100.0%,直接纠错率44.6%,综合纠错率52.4%。"
     */
    public String summary() {
        if (received == 0 && concluded == 0) {
            return year + "年未收到行政复议申请。";
        }
        StringBuilder s = new StringBuilder(year + "年收到行政复议申请" + received + "件");
        if (received > 0) {
            s.append(",受理").append(accepted).append("件(受理率").append(acceptanceRate.text()).append(")");
        }
        s.append(",审结").append(concluded).append("件");
        if (concluded > 0) {
            s.append(",按期结案率").append(onTimeRate.text())
                    .append(",直接纠错率").append(directCorrectionRate.text())
                    .append(",综合纠错率").append(comprehensiveCorrectionRate.text());
        }
        return s.append("。").toString();
    }
}
