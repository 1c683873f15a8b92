package org.fazhi.reconsideration.demo;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.model.Page;
import org.fazhi.reconsideration.Reconsidering;
import org.fazhi.reconsideration.cases.CaseFilter;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The demo county's three years of cases: plausible figures, this year's latest still pending, all through the service. */
class DemoReconsiderationsTest {
    @AutoClose
    final Reconsidering t = new Reconsidering();

    @Test
    void threeYearsWithPlausibleFiguresAndThisYearsLatestPending() {
        LocalDate today = t.clock.today();
        DemoReconsiderations.Result d = new DemoReconsiderations(t.core, t.ledger.database()).load(today);
        assertTrue(d.perYear()[0] >= 40 && d.perYear()[1] >= 40, "about fifty a year: " + d.perYear()[0] + ", " + d.perYear()[1]);
        assertTrue(d.perYear()[2] >= 15, "this year up to the end of June: " + d.perYear()[2]);
        assertTrue(d.pending() > 0, "some of this year's are pending");
        long total = t.r.cases().list(ADMIN, CaseFilter.of(null, null), Page.FIRST).total();
        assertEquals(d.perYear()[0] + d.perYear()[1] + d.perYear()[2], total);
        ReconsiderationStats last = t.r.stats().stats(ADMIN, today.getYear() - 1, null);
        assertTrue(last.acceptanceRate().value().compareTo(new BigDecimal("75")) > 0, last.summary());
        assertTrue(last.directCorrectionRate().value().compareTo(new BigDecimal("5")) > 0
                && last.directCorrectionRate().value().compareTo(new BigDecimal("45")) < 0, last.summary());
        assertTrue(last.onTimeRate().value().compareTo(new BigDecimal("85")) > 0, last.summary());
        assertTrue(t.r.cases().list(ADMIN, new CaseFilter(null, null, null, ReconsiderationCase.Stage.ACCEPTANCE, false, null),
                Page.FIRST).total() + t.r.cases().list(ADMIN, new CaseFilter(null, null, null, ReconsiderationCase.Stage.HEARING,
                false, null), Page.FIRST).total() == d.pending());
    }
}
