package org.fazhi.web.court;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.duty.court.Absence;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.Flagged;
import org.fazhi.duty.court.RateFigures;
import org.fazhi.duty.court.UnitRate;

/**
 * GET /api/court-appearance: {heard, appeared, rate (66.5, a number; null when nothing was heard),
 * rateText ("66.5%"), byOrg:[{orgId, orgName, heard, appeared, rate, rank}]} as docs/API.md names
 * them, plus the period, the denominator in use and the 约谈 threshold, 正职出庭率 (principalRate), 出声率
 * (spokeRate: heads who spoke ÷ heads who appeared), 败诉率 (lossRate: lost ÷ concluded) with their
 * counts, the no-shows without valid reason, and the flagged list for 约谈 with the reasons and each
 * hearing of the period where no head appeared ({@code absences}: its case, date, 未出庭理由 and 未出庭情况).
 * byOrg ranks the units directly below the chosen one (each with its subtree) and the chosen unit's own
 * cases; ties share a rank; units with nothing heard come last without a rank.
 */
public record AppearanceJson(int year, Integer quarter, Integer month, String period, String from, String to,
                             Long orgId, String denominator, String denominatorLabel, BigDecimal flagThreshold,
                             long heard, long appeared, BigDecimal rate, String rateText,
                             long principalAppeared, BigDecimal principalRate, String principalRateText,
                             long spoke, BigDecimal spokeRate, String spokeRateText,
                             long lost, long concluded, BigDecimal lossRate, String lossRateText, long noShows,
                             List<Unit> byOrg, List<Flag> flagged) {

    /** One row of the ranking. */
    public record Unit(long orgId, String orgName, long heard, long appeared, BigDecimal rate, String rateText,
                       Integer rank, long principalAppeared, BigDecimal principalRate, long spoke, BigDecimal spokeRate,
                       long lost, long concluded, BigDecimal lossRate, long noShows, boolean flagged) {
    }

    /** A unit for 约谈 and why. */
    public record Flag(long orgId, String orgName, long heard, long appeared, BigDecimal rate, String rateText,
                       long noShows, List<String> reasons, List<Absent> absences) {
    }

    /** A hearing the unit's head missed: the defendant (the unit or one below it), the case, why. */
    public record Absent(long orgId, String orgName, long caseId, String caseNo, String date, String absenceReason,
                         String absenceReasonLabel, String absenceNote, String entrustedStaff, boolean lawyerOnly) {
        static Absent of(Absence a) {
            return new Absent(a.orgId(), a.orgName(), a.caseId(), a.caseNo(), a.date().toString(),
                    a.reason() == null ? null : a.reason().name(), a.reason() == null ? null : a.reason().label(),
                    a.note(), a.entrustedStaff(), a.lawyerOnly());
        }
    }

    static AppearanceJson of(AppearanceRates r) {
        RateFigures t = r.total();
        Set<Long> flaggedIds = r.flagged().stream().map(Flagged::orgId).collect(Collectors.toSet());
        List<Unit> units = r.byOrg().stream().map(u -> unit(u, flaggedIds.contains(u.orgId()))).toList();
        List<Flag> flags = r.flagged().stream().map(f -> new Flag(f.orgId(), f.orgName(), f.figures().heard(),
                f.figures().appeared(), f.figures().rate().value(), f.figures().rateText(), f.figures().noShows(),
                f.reasons(), f.absences().stream().map(Absent::of).toList())).toList();
        return new AppearanceJson(r.period().year(), r.period().quarter(), r.period().month(), r.period().label(),
                r.period().from().toString(), r.period().to().minusDays(1).toString(), r.orgId(),
                r.denominator().name(), r.denominator().label(), r.threshold(),
                t.heard(), t.appeared(), t.rate().value(), t.rateText(),
                t.principalAppeared(), t.principalRate().value(), t.principalRate().text(),
                t.spoke(), t.speakRate().value(), t.speakRate().text(),
                t.lost(), t.concluded(), t.lossRate().value(), t.lossRate().text(), t.noShows(), units, flags);
    }

    private static Unit unit(UnitRate u, boolean flagged) {
        RateFigures f = u.figures();
        return new Unit(u.orgId(), u.orgName(), f.heard(), f.appeared(), f.rate().value(), f.rateText(), u.rank(),
                f.principalAppeared(), f.principalRate().value(), f.spoke(), f.speakRate().value(), f.lost(),
                f.concluded(), f.lossRate().value(), f.noShows(), flagged);
    }
}
