package org.fazhi.reconsideration;


import java.util.List;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.cases.CaseFilter;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.reconsideration.demo.DemoReconsiderations;
import org.fazhi.reconsideration.stats.CorrectionDenominator;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The same 行政复议 ledger reads the same on the suite's engine as on SQLite: three demo years of a small county give
 * the same lists (every filter), standings, figures under both denominators, ranking and export, character for
 * character.
 */
class EnginesAgreeTest {
    private static final Actor ALL = Actor.SYSTEM;

    @Test
    void threeYearsOfCasesReadTheSameAsOnSqlite() {
        TempLedger.onBothEngines(EnginesAgreeTest::figures, DutyTrackingSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS)
                .assertSame(5_000, "2025年收到行政复议申请");
    }

    private static String figures(TempLedger ledger) {
        TestClock clock = TestClock.on(2025, 9, 15);
        Org county = ledger.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        for (String name : List.of("司法局", "财政局", "市场监督管理局", "自然资源局", "公安局")) {
            ledger.org("清河县" + name, OrgKind.DEPARTMENT, county);
        }
        ledger.org("城关镇人民政府", OrgKind.TOWNSHIP, county);
        new DemoReconsiderations(ledger.services(), ledger.database()).load(clock.today());
        Reconsiderations r = new Reconsiderations(ledger.database(), ledger.services().audit(), clock);
        StringBuilder out = new StringBuilder();
        for (CaseFilter f : List.of(CaseFilter.of(null, null), CaseFilter.of(null, 2024),
                new CaseFilter(null, null, null, ReconsiderationCase.Stage.HEARING, false, null),
                new CaseFilter(null, null, null, ReconsiderationCase.Stage.ACCEPTANCE, false, null),
                new CaseFilter(null, null, null, null, true, null), new CaseFilter(county.id() + 1, 2025, null, null, false, "〔2025〕"))) {
            for (ReconsiderationCase c : r.cases().list(ALL, f, new Page(500, 0)).items()) {
                out.append(c).append(' ').append(c.standing(clock.today())).append('\n');
            }
        }
        for (int year = 2023; year <= 2025; year++) {
            out.append(r.stats().stats(ALL, year, null)).append('\n').append(r.stats().stats(ALL, year, null).summary()).append('\n');
        }
        r.stats().setDenominator(ALL, CorrectionDenominator.MERITS);
        out.append(r.stats().stats(ALL, 2024, null)).append('\n');
        return out.append(TableText.csv(r.sheets().cases(ALL, CaseFilter.of(null, null)))).toString();
    }
}
