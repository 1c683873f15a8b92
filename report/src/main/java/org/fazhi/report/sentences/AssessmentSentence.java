package org.fazhi.report.sentences;

import java.util.Optional;
import org.fazhi.assessment.round.Results;
import org.fazhi.report.ReportPart;
import org.fazhi.report.figures.AssessmentYear.Assessed;

/**
 * The 示范创建 assessment sentence of the assessing unit's report: "在2025年度法治政府建设示范创建考核中,纳入考核的31个
 * 单位中24个基本达到指标体系工作标准(77.4%),高于年度目标50%,较上年提高3.2个百分点。" ({@link Results#sentence()}), with
 * the units whose results are not confirmed yet said after it. Nothing when the unit opened no round for the year.
 */
public final class AssessmentSentence {
    public static final String KEY = "assessment";

    private AssessmentSentence() {
    }

    /** @param last the unit's round of the year before, if it opened one */
    public static Optional<Statistic> of(Optional<Assessed> now, Optional<Assessed> last) {
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Results r = now.get().results();
        Sentence s = new Sentence().add("在" + now.get().round().title() + "中")
                .add(r.sentence())
                .add(last.map(l -> YearOnYear.points(r.share(), l.results().share())).orElse(null));
        long open = r.unconfirmed();
        if (open > 0) {
            s.next().add("尚有" + open + "个单位的考核结果未确认");
        }
        return Optional.of(Statistic.of(KEY, ReportPart.MEASURES, s));
    }
}
