package org.fazhi.report.sentences;

import java.util.List;
import org.fazhi.report.figures.YearFigures;

/**
 * The report's statistics sentences for a year, each compared with the year before where that year
 * has data: 学法, 任前考法, 出庭应诉 and 整改 for part 一, then 第一责任人 duties and 述法 for part 三.
 */
public final class Statistics {
    private Statistics() {
    }

    /** @param last the year before's figures (each sentence decides whether they hold data) */
    public static List<Statistic> of(YearFigures now, YearFigures last) {
        int y = now.year();
        return List.of(
                StudySentence.of(y, now.study(), last.study()),
                ExamSentence.of(y, now.exams(), last.exams()),
                CourtSentence.of(y, now.denominator(), now.court(), last.court()),
                RectificationSentence.of(y, now.rectifications(), last.rectifications()),
                DutySentence.of(y, now.duties(), last.duties()),
                LawReportSentence.of(y, now.lawReports(), last.lawReports()));
    }
}
