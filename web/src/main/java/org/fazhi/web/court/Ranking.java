package org.fazhi.web.court;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.duty.court.Absence;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.Flagged;
import org.fazhi.duty.court.Period;
import org.fazhi.duty.court.RateFigures;
import org.fazhi.duty.court.UnitRate;
import org.fazhi.web.pages.QueryString;

/** The ranking table and the 约谈 list as the ranking page and the 通报 show them. */
final class Ranking {
    private Ranking() {
    }

    /** One line of the ranking; {@code rank} is blank for a unit with nothing heard. */
    public record Line(String rank, long orgId, String orgName, long heard, long appeared, String rate, boolean low,
                       String principalRate, String spokeRate, String lossRate, long noShows, boolean flagged,
                       String casesHref) {
    }

    /**
     * A unit to be 约谈'd, with every reason and each hearing of the period its head missed, with the
     * 未出庭理由 and 未出庭情况 ({@link Absence#text()}).
     */
    public record Flag(long orgId, String orgName, String rate, long heard, long appeared, long noShows,
                       String reasons, List<String> absences) {
        /** How many of a unit's missed hearings the ranking page lists; the 通报 and the exports list them all. */
        static final int SHOWN_ABSENCES = 5;

        /** The first {@link #SHOWN_ABSENCES}: a province's list would otherwise run to thousands of lines. */
        public List<String> shownAbsences() {
            return absences.size() <= SHOWN_ABSENCES ? absences : absences.subList(0, SHOWN_ABSENCES);
        }

        /** How many more there are than {@link #shownAbsences}; 0 when all are shown. */
        public int moreAbsences() {
            return Math.max(0, absences.size() - SHOWN_ABSENCES);
        }

        public boolean hasMoreAbsences() {
            return absences.size() > SHOWN_ABSENCES;
        }
    }

    static List<Line> lines(AppearanceRates r) {
        return lines(r, r.byOrg());
    }

    /** The lines of {@code units}, some of the ranking's. */
    static List<Line> lines(AppearanceRates r, List<UnitRate> units) {
        Map<Long, Boolean> flagged = r.flagged().stream().collect(Collectors.toMap(Flagged::orgId, f -> true));
        return units.stream().map(u -> line(u, r.period(), r.threshold().doubleValue(),
                flagged.containsKey(u.orgId()))).toList();
    }

    private static Line line(UnitRate u, Period p, double threshold, boolean flagged) {
        RateFigures f = u.figures();
        return new Line(u.rank() == null ? "" : String.valueOf(u.rank()), u.orgId(), u.orgName(), f.heard(), f.appeared(),
                f.rateText(), f.rate().defined() && f.rate().value().doubleValue() < threshold,
                f.principalRate().text(), f.speakRate().text(), f.lossRate().text(), f.noShows(), flagged,
                "/court-cases?" + QueryString.of("orgId", String.valueOf(u.orgId()), "year", String.valueOf(p.year())));
    }

    static List<Flag> flags(AppearanceRates r) {
        return r.flagged().stream().map(f -> new Flag(f.orgId(), f.orgName(), f.figures().rateText(), f.figures().heard(),
                f.figures().appeared(), f.figures().noShows(), String.join(";", f.reasons()),
                f.absences().stream().map(a -> (a.orgId() == f.orgId() ? "" : a.orgName() + " ") + a.text()).toList()))
                .toList();
    }
}
