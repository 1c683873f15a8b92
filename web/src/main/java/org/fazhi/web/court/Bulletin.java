package org.fazhi.web.court;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.court.Absence;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.UnitRate;

/**
 * What a monthly 通报 says, for its page and its Word file alike: the figures, the units that had
 * hearings (those without are only counted), every hearing without a head and why, the 约谈 list, and the
 * 落款.
 *
 * @param lines     the ranking of the units with something heard in the period
 * @param unheard   how many units of the ranking had nothing heard: not listed, only counted
 * @param absences  "县司法局:(2024)…号 3月5日开庭:不可抗力,负责人因不可抗力委托副职出庭;委托…出庭", in ranking order
 * @param planDays  working days a 约谈'd unit has for its 整改方案
 */
public record Bulletin(String title, String placeName, RateSummary summary, List<Ranking.Line> lines, int unheard,
                List<String> absences, List<Ranking.Flag> flags, int planDays, String issuer, String today) {

    static Bulletin of(AppearanceRates r, String placeName, int planDays, String issuer, String today) {
        List<UnitRate> heard = r.heardUnits();
        Map<Long, Integer> order = new HashMap<>();
        for (UnitRate u : r.byOrg()) {
            order.put(u.orgId(), order.size());
        }
        List<Absence> sorted = new ArrayList<>(r.absences());
        sorted.sort(Comparator.comparing((Absence a) -> order.getOrDefault(a.topOrgId(), Integer.MAX_VALUE)));
        return new Bulletin(placeName + "行政机关负责人出庭应诉情况通报(" + r.period().label() + ")", placeName,
                RateSummary.of(r), Ranking.lines(r, heard), r.byOrg().size() - heard.size(),
                sorted.stream().map(a -> a.orgName() + ":" + a.text()).toList(), Ranking.flags(r), planDays, issuer,
                today);
    }

    public boolean hasFlags() {
        return !flags.isEmpty();
    }

    public boolean hasAbsences() {
        return !absences.isEmpty();
    }

    /** The opening paragraph, as the page prints it (without its emphasis). */
    public String opening() {
        RateSummary s = summary;
        if (s.empty()) {
            return s.period() + "," + placeName + "各行政机关没有已开庭的行政诉讼案件。";
        }
        return s.period() + "," + placeName + "各行政机关共有" + s.denominator() + s.heard() + "件,行政机关负责人出庭应诉"
                + s.appeared() + "件,出庭率" + s.rate() + ";其中正职负责人出庭" + s.principalAppeared() + "件,正职出庭率"
                + s.principalRate() + ";出庭负责人发言" + s.spoke() + "件,出声率" + s.spokeRate() + "。已审结" + s.concluded()
                + "件,败诉" + s.lost() + "件,败诉率" + s.lossRate() + "。负责人无正当理由未出庭" + s.noShows() + "次。";
    }

    /** The note under the ranking: how the rate is counted, and how many units had no hearing. */
    public String rankingNote() {
        return "注:出庭率按" + summary.denominator() + "计算,同一案件每个审级计一次,同一审级多次开庭只要有一次负责人出庭即计为出庭。"
                + (unheard > 0 ? "本期另有" + unheard + "个单位无案件开庭,未列入上表。" : "");
    }

    public String flagsIntro() {
        return "根据出庭应诉考核规定,出庭率低于" + summary.threshold() + "%或负责人无正当理由未出庭2次及以上的单位予以约谈。本期约谈以下单位:";
    }

    public String requirements() {
        return "各单位要严格落实《中华人民共和国行政诉讼法》第三条第三款和《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》"
                + "(法释〔2020〕3号),被诉行政机关负责人应当出庭应诉,不能出庭的应当委托相应的工作人员出庭,不得仅委托律师出庭;"
                + "出庭的负责人应当就实质性解决行政争议发表意见。"
                + (hasFlags() ? "被约谈单位应于约谈后" + planDays + "个工作日内报送整改方案。" : "");
    }
}
