package org.fazhi.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.demo.DemoCourt;
import org.fazhi.duty.demo.DemoDuties;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.core.PersonService;
import org.fazhi.storage.demo.DemoCounty;
import org.fazhi.training.demo.DemoTraining;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo county loads through the services and tells a believable story in every ledger. */
class DemoTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @AutoClose
    private static final TestServer server = new TestServer();
    private static DemoCourt.Result court;
    private static DemoDuties.Result duties;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        new DemoCounty(server.services()).load();
        long t1 = System.nanoTime();
        new DemoTraining(server.services(), server.server().training()).load(TODAY);
        long t2 = System.nanoTime();
        court = new DemoCourt(server.services(), server.server().duty()).load(TODAY);
        long t3 = System.nanoTime();
        duties = new DemoDuties(server.services(), server.server().duty(), server.server().database().jdbi()).load(TODAY);
        long t4 = System.nanoTime();
        System.out.printf("演示数据载入:单位 %d ms,学法 %d ms,出庭 %d ms,职责 %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }

    @Test
    void courtCasesForThreeYearsWithBelievableRates() {
        assertTrue(court.cases() > 90, "cases " + court.cases());
        assertTrue(court.hearings() >= court.cases() - 5, "hearings " + court.hearings());
        for (int year = 2024; year <= 2026; year++) {
            AppearanceRates r = server.server().duty().appearance().rates(Actor.SYSTEM, year, null);
            assertTrue(r.heard() > 20, year + " heard " + r.heard());
            double rate = r.rate().doubleValue();
            assertTrue(rate > 40 && rate < 95, year + " rate " + rate);
            assertTrue(!r.byOrg().isEmpty(), "ranking");
        }
    }

    @Test
    void dutyPlansForEveryPrincipalWithMostPastDutiesDone() {
        long principals = server.services().people().list(Actor.SYSTEM,
                new PersonService.Filter(null, LeaderCategory.PRINCIPAL, null), new Page(1, 0)).total();
        int entries = server.server().duty().duties().catalog().forYear(2026).entries().size();
        assertEquals(principals * entries * 3, duties.items(), "three years of plans");
        assertTrue(duties.evidence() > duties.items() / 2, "evidence " + duties.evidence());
        DutyFigures past = server.server().duty().duties().progress().progress(Actor.SYSTEM, 2025, null).total();
        double rate = past.rate().value().doubleValue();
        assertTrue(rate > 70 && rate < 100, "2025 completion " + rate);
        assertTrue(past.notApplicable() > 0, "some duties did not apply, with a reason");
    }

    @Test
    void lawReportsForPastYearsAndRectificationsMostlyClosed() {
        LawReportSummary y2025 = server.server().duty().lawReports().summary(Actor.SYSTEM, 2025, null);
        assertTrue(y2025.reported() > y2025.leaders() / 2 && y2025.reported() < y2025.leaders(), y2025.summary());
        assertEquals(0, server.server().duty().lawReports().summary(Actor.SYSTEM, 2026, null).reports(),
                "the year's 述法 has not happened yet");
        RectificationSummary old = server.server().duty().rectifications().summary(Actor.SYSTEM, 2024, null);
        assertTrue(old.total() >= 5 && old.closed() > old.total() / 2, old.summary());
        assertTrue(duties.rectifications() > 12, "rectifications " + duties.rectifications());
        RectificationSummary now = server.server().duty().rectifications().summary(Actor.SYSTEM, 2026, null);
        assertTrue(now.open() > 0, "this year has open items too: " + now.summary());
    }

    @Test
    void noHearingAfterToday() {
        AppearanceRates next = server.server().duty().appearance().rates(Actor.SYSTEM, 2027, null);
        assertEquals(0, next.heard());
    }
}
