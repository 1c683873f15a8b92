package org.fazhi.report.sentences;

import java.math.BigDecimal;
import org.fazhi.report.ReportPart;
import org.fazhi.training.exam.ExamStats;

/**
 * The 任前法律知识测试 sentence, in the words of 合肥's report: "组织领导干部任前法律知识测试,全年测试6批次73人,
 * 较上年增加5人,一次通过率90.4%,最终通过率97.3%,平均成绩85.2分".
 */
public final class ExamSentence {
    public static final String KEY = "tests";

    private ExamSentence() {
    }

    /** @param last last year's figures, or null when they are not known */
    public static Statistic of(int year, ExamStats now, ExamStats last) {
        if (now.sittings() == 0) {
            return Statistic.noRecords(KEY, ReportPart.MEASURES, year + "年度的任前法律知识测试记录");
        }
        boolean compare = last != null && last.sittings() > 0;
        Sentence s = new Sentence().add("组织领导干部任前法律知识测试")
                .add("全年测试" + now.batches() + "批次" + now.people() + "人")
                .add(YearOnYear.count(now.people(), compare ? last.people() : null, "人"));
        if (now.firstPassRate() != null) {
            s.add("一次通过率" + percent(now.firstPassRate()));
        }
        if (now.passRate() != null) {
            s.add("最终通过率" + percent(now.passRate()));
            s.add(YearOnYear.points(now.passRate(), compare ? last.passRate() : null));
        }
        if (now.averageScore() != null) {
            s.add("平均成绩" + now.averageScore().stripTrailingZeros().toPlainString() + "分");
        }
        if (now.absent() > 0) {
            s.add("缺考" + now.absent() + "人次");
        }
        return Statistic.of(KEY, ReportPart.MEASURES, s);
    }

    /** The one-decimal rate as printed, "90.4%". */
    private static String percent(BigDecimal rate) {
        return rate.toPlainString() + "%";
    }
}
