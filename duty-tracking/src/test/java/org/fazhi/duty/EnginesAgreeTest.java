package org.fazhi.duty;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.duty.court.CaseFilter;
import org.fazhi.duty.court.Denominator;
import org.fazhi.duty.court.Period;
import org.fazhi.duty.demo.DemoCourt;
import org.fazhi.duty.demo.DemoDuties;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.demo.DemoCounty;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.storage.testing.TempLedger;
import org.junit.jupiter.api.Test;

/**
 * The same ledger reads the same on the suite's engine as on SQLite: the demo county (50 units, 202
 * people) with three years of 出庭应诉 cases, 第一责任人 duties, 述法 and 整改 gives the same rates and
 * rankings under each denominator (rounding and ties included), the same 约谈 list, progress boards, summaries,
 * lists (order included) and exports, character for character. Read in mid-June, so the year has due,
 * overdue and open items. Run on PostgreSQL, it sets the engines side by side; run on SQLite, it shows
 * the figures depend on the data alone.
 */
class EnginesAgreeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), TempLedger.ZONE);
    private static final Actor ALL = Actor.SYSTEM;

    @Test
    void theDemoLedgerReadsTheSameAsOnSqlite() {
        TempLedger.Readings read = TempLedger.onBothEngines(EnginesAgreeTest::figures, DutyTrackingSchema.MIGRATIONS);
        assertTrue(read.sqlite().contains("约谈") || read.sqlite().contains("低于"), "the demo has units to flag");
        read.assertSame(20_000, "EXEC_MEETING_REPORT", "已销号");
    }

    /** Everything a user reads of the demo duty and court ledgers, as one text. */
    private static String figures(TempLedger ledger) {
        CoreServices core = new CoreServices(ledger.database(), CLOCK);
        new DemoCounty(core).load();
        DutyTracking duty = new DutyTracking(ledger.database(), core.audit(), CLOCK);
        StringBuilder out = new StringBuilder();
        out.append(new DemoCourt(core, duty).load(TODAY)).append('\n');
        out.append(new DemoDuties(core, duty, ledger.database().jdbi()).load(TODAY)).append('\n');
        for (Denominator d : Denominator.values()) {
            duty.appearance().setDenominator(ALL, d);
            for (int year = TODAY.getYear() - 2; year <= TODAY.getYear(); year++) {
                out.append(duty.appearance().rates(ALL, year, null)).append('\n');
                out.append(duty.appearance().rates(ALL, Period.of(year, 2, null), null)).append('\n');
                out.append(TableText.csv(duty.sheets().court().ranking(ALL, Period.year(year), null)));
            }
        }
        for (int year = TODAY.getYear() - 2; year <= TODAY.getYear(); year++) {
            out.append(duty.duties().progress().progress(ALL, year, null)).append('\n');
            out.append(TableText.csv(duty.sheets().duties().progress(ALL, year, null, true)));
            out.append(TableText.csv(duty.sheets().duties().progress(ALL, year, null, false)));
            out.append(duty.lawReports().summary(ALL, year, null)).append('\n');
            out.append(duty.rectifications().summary(ALL, year, null)).append('\n');
            out.append(duty.rectifications().onTime(ALL, year, null).numerator()).append('/')
                    .append(duty.rectifications().onTime(ALL, year, null).denominator()).append('\n');
            out.append(duty.courtCases().rows(ALL, new CaseFilter(null, year, null, null, "行"), new Page(20, 5)).items())
                    .append('\n');
            out.append(duty.duties().items().list(ALL, new DutyFilter(null, year, null, null, null, null, "法"),
                    new Page(30, 10)).items()).append('\n');
        }
        out.append(TableText.csv(duty.sheets().court().cases(ALL, CaseFilter.ALL)));
        out.append(TableText.csv(duty.sheets().duties().items(ALL, DutyFilter.ALL)));
        out.append(TableText.csv(duty.sheets().accountability().lawReports(ALL, LawReportFilter.ALL)));
        out.append(TableText.csv(duty.sheets().accountability().rectifications(ALL, RectificationFilter.ALL)));
        out.append(duty.rectifications().list(ALL, RectificationFilter.of(null, null, RectificationFilter.OVERDUE, null),
                new Page(50, 0)).items()).append('\n');
        return out.toString();
    }
}
