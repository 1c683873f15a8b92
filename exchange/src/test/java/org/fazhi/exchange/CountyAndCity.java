package org.fazhi.exchange;

import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.Person;
import org.junit.jupiter.api.AutoClose;

/** A county (its government, a justice bureau without a code, its head) and a city above it, on two real ledgers. */
abstract class CountyAndCity {
    @AutoClose
    final Instance county = new Instance();
    @AutoClose
    final Instance city = new Instance();
    final Org countyGov = county.org("清河县人民政府", OrgKind.COUNTY_GOV, null, RoundTripTest.COUNTY);
    final Org justice = county.org("清河县司法局", OrgKind.DEPARTMENT, countyGov, null);
    final Person head = county.person(justice, "张局长", "局长");
    final Org cityGov = city.org("滁州市人民政府", OrgKind.CITY_GOV, null, RoundTripTest.CITY);
}
