package org.fazhi.reconsideration.stats;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.org.Org;
import org.fazhi.reconsideration.Reconsidering;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A year's figures over a real database, checked against 合肥's 2023 report and small hand-counted ledgers. */
class StatsServiceTest {
    @AutoClose
    final Reconsidering t = new Reconsidering();
    final StatsService stats = t.r.stats();

    /**
     * 合肥 2023: "收到行政复议申请418件,受理363件(86.8%),审结307件,按期结案率100%,直接纠错率44.6%,综合纠错率52.4%" — 137 direct
     * corrections and 24 more made in 调解 (161) of the 307 concluded.
     */
    @Test
    void hefeiTwentyTwentyThreeComesOutAsItsReportStatesIt() {
        Org[] units = {t.justice, t.finance, t.town, t.notary};
        for (int i = 0; i < 418; i++) {
            LocalDate received = LocalDate.of(2023, 1, 2).plusDays(i % 290);
            LocalDate accepted = i < 363 ? received.plusDays(2) : null;
            Decision d = i >= 307 ? null : i < 100 ? Decision.REVOKED : i < 137 ? Decision.CONFIRMED_ILLEGAL
                    : i < 161 ? Decision.MEDIATED : i < 171 ? Decision.TERMINATED : Decision.UPHELD;
            t.r.cases().create(ADMIN, ReconsiderationCase.draft("合政复〔2023〕" + i + "号", "申请人" + i,
                    ApplicantType.CITIZEN, units[i % 4].id(), i % 3 == 0 ? MatterCategory.COMPLAINT : MatterCategory.PENALTY,
                    received, accepted, accepted == null && i % 2 == 0 ? "超过申请期限" : null, Procedure.NORMAL, 0,
                    d == null ? null : accepted.plusDays(30), d, d == Decision.MEDIATED, null, null));
        }
        ReconsiderationStats s = stats.stats(ADMIN, 2023, null);
        assertEquals(418, s.received());
        assertEquals(363, s.accepted());
        assertEquals("86.8%", s.acceptanceRate().text());
        assertEquals(307, s.concluded());
        assertEquals("100.0%", s.onTimeRate().text());
        assertEquals(137, s.directCorrections());
        assertEquals("44.6%", s.directCorrectionRate().text());
        assertEquals(161, s.comprehensiveCorrections());
        assertEquals("52.4%", s.comprehensiveCorrectionRate().text());
        assertEquals("2023年收到行政复议申请418件,受理363件(受理率86.8%),审结307件,按期结案率100.0%,直接纠错率44.6%,"
                + "综合纠错率52.4%。", s.summary());
        assertEquals(100L, s.byDecision().get(Decision.REVOKED));
        assertEquals(136L, s.byDecision().get(Decision.UPHELD));
        assertEquals(0L, s.byDecision().get(Decision.VARIED), "every decision is listed, zero where none");
        assertEquals(140L, s.byCategory().get(MatterCategory.COMPLAINT));
        assertEquals(278L, s.byCategory().get(MatterCategory.PENALTY));

        // Where the 直接纠错率 divides by the decisions on the merits only: 307 − 24 调解 − 10 终止 = 273.
        stats.setDenominator(ADMIN, CorrectionDenominator.MERITS);
        ReconsiderationStats merits = stats.stats(ADMIN, 2023, null);
        assertEquals("50.2%", merits.directCorrectionRate().text());
        assertEquals("52.4%", merits.comprehensiveCorrectionRate().text(), "the 综合 rate still divides by all concluded");
        assertEquals(CorrectionDenominator.MERITS, stats.denominator());
        assertThrows(AccessDeniedException.class, () -> stats.setDenominator(Reconsidering.organiser(t.county),
                CorrectionDenominator.CONCLUDED));
    }

    @Test
    void aYearCountsTheApplicationsReceivedInItAndTheCasesDecidedInItLateOnesApart() {
        // Received in 2024, decided in 2025: concluded in 2025, received in 2024.
        t.decided(t.justice, "2024-12-10", "2024-12-12", "2025-02-01", Decision.REVOKED);
        t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        // Simple procedure due 2025-03-10, decided 2025-03-12: late.
        t.r.cases().create(ADMIN, Reconsidering.draft(t.caseNo("2025"), t.finance, "2025-02-06", "2025-02-08",
                Procedure.SIMPLE, 0, "2025-03-12", Decision.DISMISSED, false));
        ReconsiderationStats y2025 = stats.stats(ADMIN, 2025, null);
        assertEquals(2, y2025.received());
        assertEquals(3, y2025.concluded());
        assertEquals(2, y2025.onTime());
        assertEquals("66.7%", y2025.onTimeRate().text());
        assertEquals("33.3%", y2025.directCorrectionRate().text());
        ReconsiderationStats y2024 = stats.stats(ADMIN, 2024, null);
        assertEquals(1, y2024.received());
        assertEquals(0, y2024.concluded());
        assertEquals("—", y2024.onTimeRate().text());
        assertEquals("2024年收到行政复议申请1件,受理1件(受理率100.0%),审结0件。", y2024.summary());
        assertEquals("2023年未收到行政复议申请。", stats.stats(ADMIN, 2023, null).summary());
    }

    @Test
    void respondentsAreRankedByHowOftenTheyAreCorrectedAndASubtreeCountsOnlyItsOwn() {
        t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.REVOKED);
        t.decided(t.notary, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        t.decided(t.finance, "2025-01-06", "2025-01-08", "2025-03-01", Decision.VARIED);
        t.decided(t.town, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        t.decided(t.education2, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        List<RespondentRate> ranking = stats.stats(ADMIN, 2025, null).byRespondent();
        assertEquals(List.of("1 县司法局 100.0%", "1 县财政局 100.0%", "3 公证处 0.0%", "3 县教育局 0.0%", "3 城关镇人民政府 0.0%"),
                ranking.stream().map(r -> r.rank() + " " + r.orgName() + " " + r.directCorrectionRate().text()).toList(),
                "equal rates share a rank; names in code-point order within it");
        ReconsiderationStats justice = stats.stats(ADMIN, 2025, t.justice.id());
        assertEquals(2, justice.concluded());
        assertEquals("50.0%", justice.directCorrectionRate().text());
        assertEquals(justice.summary(), stats.stats(Reconsidering.organiser(t.justice), 2025, null).summary(),
                "a unit's own scope by default");
        assertThrows(AccessDeniedException.class, () -> stats.stats(Reconsidering.organiser(t.justice), 2025, t.finance.id()));
    }
}
