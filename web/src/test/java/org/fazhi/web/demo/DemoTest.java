package org.fazhi.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.model.account.Actor;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo county loads through the services and tells a believable story in every ledger. */
class DemoTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestServer server;
    private static DemoCourt.Result court;

    @BeforeAll
    static void load() {
        server = new TestServer();
        new DemoCounty(server.services()).load();
        new DemoTraining(server.services(), server.server().training()).load(TODAY);
        court = new DemoCourt(server.services(), server.server().duty()).load(TODAY);
    }

    @AfterAll
    static void stop() {
        server.close();
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
    void noHearingAfterToday() {
        AppearanceRates next = server.server().duty().appearance().rates(Actor.SYSTEM, 2027, null);
        assertEquals(0, next.heard());
    }
}
