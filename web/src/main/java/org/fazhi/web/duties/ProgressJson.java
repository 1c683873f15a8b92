package org.fazhi.web.duties;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.duties.DutyProgress;
import org.fazhi.duty.duties.PersonProgress;
import org.fazhi.duty.duties.UnitProgress;

/** The progress board as the API sends it; rate is a percentage with one decimal (null when nothing is owed). */
final class ProgressJson {
    private ProgressJson() {
    }

    /** One leader: {orgId, personId, total, done, overdue, rate} as docs/API.md names them, plus names and notApplicable. */
    record PersonRow(long orgId, String orgName, long personId, String personName, long total, long done, long overdue,
                     long notApplicable, BigDecimal rate, String rateText) {
        static PersonRow of(PersonProgress p) {
            return new PersonRow(p.orgId(), p.orgName(), p.personId(), p.personName(), p.total(), p.done(), p.overdue(),
                    p.notApplicable(), p.rate().value(), p.rate().text());
        }
    }

    /** One unit; {@code own} marks the chosen unit's own leaders, the other rows roll up a subtree. */
    record UnitRow(long orgId, String orgName, boolean own, long total, long done, long overdue, long notApplicable,
                   BigDecimal rate, String rateText) {
        static UnitRow of(UnitProgress u) {
            return new UnitRow(u.orgId(), u.orgName(), u.own(), u.total(), u.done(), u.overdue(), u.notApplicable(),
                    u.rate().value(), u.rate().text());
        }
    }

    /** GET /api/duty-progress/units: the subtree's totals and its unit rows, behind first. */
    record Units(int year, Long orgId, long total, long done, long overdue, long notApplicable, BigDecimal rate,
                 String rateText, List<UnitRow> units) {
        static Units of(DutyProgress p) {
            DutyFigures t = p.total();
            return new Units(p.year(), p.orgId(), t.total(), t.done(), t.overdue(), t.notApplicable(), t.rate().value(),
                    t.rate().text(), p.units().stream().map(UnitRow::of).toList());
        }
    }
}
