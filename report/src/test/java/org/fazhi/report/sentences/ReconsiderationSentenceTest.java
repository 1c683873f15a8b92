package org.fazhi.report.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.stats.CorrectionDenominator;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.report.ReportPart;
import org.junit.jupiter.api.Test;

/** The 行政复议 sentence: the 复议机关's figures as 合肥 words them, a department's as the respondent, none without cases. */
class ReconsiderationSentenceTest {
    private static ReconsiderationStats stats(int year, long received, long accepted, long concluded, long onTime, long direct,
                                              long comprehensive) {
        return new ReconsiderationStats(year, null, received, accepted, Percent.of(accepted, received), concluded, onTime,
                Percent.of(onTime, concluded), direct, Percent.of(direct, concluded), comprehensive,
                Percent.of(comprehensive, concluded), CorrectionDenominator.CONCLUDED, Map.of(), Map.of(), List.of());
    }

    @Test
    void theGovernmentStatesItsCasesAsHefeiDidComparedWithTheYearBefore() {
        Statistic s = ReconsiderationSentence.of(OrgKind.CITY_GOV, stats(2023, 418, 363, 307, 307, 137, 161),
                stats(2022, 400, 350, 300, 300, 120, 150));
        assertEquals("全年收到行政复议申请418件,较上年增加18件,受理363件(受理率86.8%),审结307件,按期结案率100.0%;"
                + "直接纠错137件,直接纠错率44.6%,较上年提高4.6个百分点,综合纠错率52.4%。", s.text());
        assertEquals(ReportPart.MEASURES, s.part());
        assertEquals("reconsideration", s.key());
    }

    @Test
    void aDepartmentStatesTheCasesAgainstItAndAYearWithoutCasesSaysSo() {
        assertEquals("全年本单位作为被申请人的行政复议案件12件,审结10件,按期结案率90.0%;被直接纠错2件,直接纠错率20.0%,综合纠错率30.0%。",
                ReconsiderationSentence.of(OrgKind.DEPARTMENT, stats(2025, 12, 11, 10, 9, 2, 3), null).text());
        Statistic none = ReconsiderationSentence.of(OrgKind.COUNTY_GOV, stats(2025, 0, 0, 0, 0, 0, 0), null);
        assertEquals("台账中没有2025年度的行政复议案件。", none.text());
        assertFalse(none.hasData());
        assertEquals("台账中没有2025年度本单位作为被申请人的行政复议案件。",
                ReconsiderationSentence.of(OrgKind.DEPARTMENT, stats(2025, 0, 0, 0, 0, 0, 0), null).text());
    }
}
