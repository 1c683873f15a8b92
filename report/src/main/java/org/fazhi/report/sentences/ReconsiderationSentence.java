package org.fazhi.report.sentences;

import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.report.ReportPart;

/**
 * The 行政复议 sentence, in the words of 合肥's report: a government (the 复议机关 since the 2024 reform) states the
 * cases of the units below it — "全年收到行政复议申请418件,受理363件(受理率86.8%),审结307件,按期结案率100.0%,直接纠错率44.6%,
 * 综合纠错率52.4%" with the change from last year; any other unit states the cases in which it, or a unit below it,
 * was the respondent and how often its acts were corrected.
 */
public final class ReconsiderationSentence {
    public static final String KEY = "reconsideration";

    private ReconsiderationSentence() {
    }

    /** @param last last year's figures of the same units, or null when they are not known */
    public static Statistic of(OrgKind kind, ReconsiderationStats now, ReconsiderationStats last) {
        boolean organ = kind == OrgKind.CITY_GOV || kind == OrgKind.COUNTY_GOV;
        if (now.received() == 0 && now.concluded() == 0) {
            return Statistic.noRecords(KEY, ReportPart.MEASURES, now.year() + "年度"
                    + (organ ? "的行政复议案件" : "本单位作为被申请人的行政复议案件"));
        }
        boolean compare = last != null && (last.received() > 0 || last.concluded() > 0);
        Sentence s = new Sentence();
        if (organ) {
            s.add("全年收到行政复议申请" + now.received() + "件")
                    .add(YearOnYear.count(now.received(), compare ? last.received() : null, "件"));
            if (now.received() > 0) {
                s.add("受理" + now.accepted() + "件(受理率" + now.acceptanceRate().text() + ")");
            }
        } else {
            s.add("全年本单位作为被申请人的行政复议案件" + now.received() + "件");
        }
        s.add("审结" + now.concluded() + "件");
        if (now.concluded() > 0) {
            s.add("按期结案率" + now.onTimeRate().text())
                    .next().add((organ ? "直接纠错" : "被直接纠错") + now.directCorrections() + "件")
                    .add("直接纠错率" + now.directCorrectionRate().text())
                    .add(YearOnYear.points(now.directCorrectionRate().value(),
                            compare ? last.directCorrectionRate().value() : null))
                    .add("综合纠错率" + now.comprehensiveCorrectionRate().text());
        }
        return Statistic.of(KEY, ReportPart.MEASURES, s);
    }
}
