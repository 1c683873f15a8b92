package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

/**
 * The 报送 status of the units below a root for a year: a package exported by 3月1日 of the next year is sent in
 * time, a year whose first package was exported after it is sent late (逾期报送; a
 * later correction changes neither), and a unit with none past that day is late (逾期未报送).
 */
class StatusTest extends CountyAndCity {

    Exchange.UnitStatus of(List<Exchange.UnitStatus> all, String name) {
        return all.stream().filter(s -> s.orgName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aYearWhoseFirstPackageCameAfterTheDeadlineIsMarkedSentLate() {
        county.session(justice, "2023-05-06", "学习行政处罚法", head, null);
        county.session(justice, "2024-05-06", "学习行政复议法", head, null);
        Org countyAtCity = city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.org("定远县人民政府", OrgKind.COUNTY_GOV, cityGov, null);
        city.trust(county, "清河县");

        // 2023, first sent on 2024年3月5日: late, and a later correction does not change that.
        county.clock.set(LocalDate.of(2024, 3, 5));
        city.receive(county.export(countyGov, 2023));
        county.clock.set(LocalDate.of(2024, 3, 6));
        assertTrue(city.receive(county.export(countyGov, 2023)).replaced());
        Exchange.UnitStatus late = of(city.exchange.status(ADMIN, cityGov.id(), 2023, LocalDate.of(2024, 3, 20)), "清河县人民政府");
        assertTrue(late.latest() != null && !late.late() && late.sentLate(), "first exported on 3月5日: 逾期报送 " + late);

        // 2024, sent on 2025年3月1日: in time, and a correction sent on 3月2日 does not make it late.
        county.clock.set(LocalDate.of(2025, 3, 1));
        city.receive(county.export(countyGov, 2024));
        List<Exchange.UnitStatus> onTime = city.exchange.status(ADMIN, cityGov.id(), 2024, LocalDate.of(2025, 3, 20));
        Exchange.UnitStatus sent = of(onTime, "清河县人民政府");
        assertEquals(countyAtCity.id(), sent.orgId());
        assertTrue(sent.latest() != null && !sent.late() && !sent.sentLate(), "exported on 3月1日: in time " + sent);
        Exchange.UnitStatus none = of(onTime, "定远县人民政府");
        assertTrue(none.latest() == null && none.late() && !none.sentLate(), "none past the deadline: 逾期未报送 " + none);
        county.clock.set(LocalDate.of(2025, 3, 2));
        assertTrue(city.receive(county.export(countyGov, 2024)).replaced());
        Exchange.UnitStatus corrected = of(city.exchange.status(ADMIN, cityGov.id(), 2024, LocalDate.of(2025, 3, 20)), "清河县人民政府");
        assertTrue(!corrected.late() && !corrected.sentLate(), "a correction after the deadline: still in time " + corrected);
        assertFalse(of(city.exchange.status(ADMIN, cityGov.id(), 2024, LocalDate.of(2025, 2, 20)), "定远县人民政府").late(),
                "none yet before the deadline: not late");
    }
}
