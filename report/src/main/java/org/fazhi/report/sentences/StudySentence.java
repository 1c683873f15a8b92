package org.fazhi.report.sentences;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.ReportPart;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.YearTally;

/**
 * The 学法 sentence: sessions per kind in the kinds' order (only kinds held), the total against last
 * year, and the 参学率 — "全年开展政府常务会议会前学法4次,书面学法1次,共5次,较上年增加1次;参学率95.0%(…)".
 */
public final class StudySentence {
    public static final String KEY = "study";

    private StudySentence() {
    }

    /** @param last last year's tally, or null when it is not known */
    public static Statistic of(int year, YearTally now, YearTally last) {
        if (!now.hasData()) {
            return Statistic.noRecords(KEY, ReportPart.MEASURES, year + "年度的学法记录");
        }
        boolean compare = last != null && last.hasData();
        List<String> kinds = new ArrayList<>();
        for (StudyKind k : StudyKind.values()) {
            Long n = now.byKind().get(k);
            if (n != null) {
                kinds.add(k.label() + n + "次");
            }
        }
        Sentence s = new Sentence().add("全年开展" + kinds.get(0));
        kinds.subList(1, kinds.size()).forEach(s::add);
        if (kinds.size() > 1) {
            s.add("共" + now.sessions() + "次");
        }
        s.add(YearOnYear.count(now.sessions(), compare ? last.sessions() : null, "次"));
        if (now.expected() > 0) {
            s.next().add("参学率" + now.attendance().text() + "(应到" + now.expected() + "人次,实到" + now.attended() + "人次)");
            s.add(YearOnYear.points(now.attendance().value(), compare ? last.attendance().value() : null));
        }
        return Statistic.of(KEY, ReportPart.MEASURES, s);
    }
}
