package org.fazhi.exchange;

import org.fazhi.reconsideration.cases.Decision;
import static org.fazhi.exchange.Instance.ADMIN;
import static org.fazhi.exchange.Instance.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.Person;
import org.fazhi.training.study.Attachment;
import org.fazhi.training.study.StudySession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A county's year travels to the city as a package and back up to the province: real ledgers on the suite's engine. */
class RoundTripTest {
    static final String COUNTY = "11341100003000001P";
    static final String JUSTICE = "11341100003000002T";
    static final String COUNTY2 = "11341100003000003X";
    static final String CITY = "113411000030000041";

    @AutoClose
    final Instance county = new Instance();
    @AutoClose
    final Instance city = new Instance();

    final Org countyGov = county.org("清河县人民政府", OrgKind.COUNTY_GOV, null, COUNTY);
    final Org justice = county.org("清河县司法局", OrgKind.DEPARTMENT, countyGov, JUSTICE);
    final Org town = county.org("城关镇人民政府", OrgKind.TOWNSHIP, countyGov, null);
    final Person head = county.person(justice, "张局长", "局长");

    final Org cityGov = city.org("滁州市人民政府", OrgKind.CITY_GOV, null, CITY);
    final Org countyAtCity = city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, COUNTY);

    @Test
    void theCountysYearArrivesWithItsUnitsPeopleRecordsAndFiles() throws Exception {
        StudySession s = county.session(justice, "2025-03-15", "学习行政复议法", head, PNG);
        county.session(justice, "2024-12-30", "去年的学法", head, null);
        county.courtCase(town, List.of("2025-04-01"), List.of("2025-05-01"));
        city.trust(county, "清河县");

        PackageImporter.Imported done = city.receive(county.export(countyGov, 2025));

        assertFalse(done.unchanged());
        assertEquals(countyAtCity.id(), done.orgId());
        List<Org> below = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> countyAtCity.id().equals(o.parentId())).toList();
        assertEquals(List.of("清河县司法局", "城关镇人民政府"), below.stream().map(Org::name).toList());
        assertEquals(JUSTICE, below.get(0).code());
        long justiceAtCity = below.get(0).id();
        var sessions = city.training.sessions().list(ADMIN, new org.fazhi.training.study.SessionFilter(justiceAtCity, 2025,
                null, null), org.fazhi.model.Page.FIRST).items();
        assertEquals(List.of("学习行政复议法"), sessions.stream().map(StudySession::topic).toList(), "only the year's sessions");
        var got = city.training.sessions().get(ADMIN, sessions.get(0).id());
        assertEquals("张局长", got.attendees().get(0).name());
        long personAtCity = got.attendees().get(0).personId();
        assertEquals(justiceAtCity, city.ledger.services().people().get(ADMIN, personAtCity).orgId());
        List<Attachment> files = city.training.attachments().list(ADMIN, sessions.get(0).id());
        assertEquals(1, files.size());
        assertArrayEquals(PNG, Files.readAllBytes(city.training.attachments().open(ADMIN, files.get(0).id()).path()));
        AppearanceRates rates = city.duty.appearance().rates(ADMIN, 2025, cityGov.id());
        AppearanceRates atHome = county.duty.appearance().rates(ADMIN, 2025, countyGov.id());
        assertTrue(atHome.heard() > 0 && atHome.appeared() > 0);
        assertEquals(List.of(atHome.heard(), atHome.appeared(), atHome.rate()), List.of(rates.heard(), rates.appeared(), rates.rate()));
        assertTrue(city.exchange.isReceived("study_sessions", sessions.get(0).id()));
        assertEquals(1, city.exchange.received().size());
        assertEquals(COUNTY.equals(city.ledger.services().orgs().get(ADMIN, city.exchange.received().get(0).orgId()).code()), true);
        assertEquals(s.topic(), got.session().topic());
    }

    @Test
    void theStatusSaysWhoHasSentAndWhoIsLate() {
        Org other = city.org("定远县人民政府", OrgKind.COUNTY_GOV, cityGov, COUNTY2);
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2025));
        List<Exchange.UnitStatus> status = city.exchange.status(ADMIN, cityGov.id(), 2025, java.time.LocalDate.of(2026, 3, 2));
        assertEquals(List.of(countyAtCity.id(), other.id()), status.stream().map(Exchange.UnitStatus::orgId).toList());
        assertEquals(county.exchange.publicKey().fingerprint(), status.get(0).latest().signer());
        assertFalse(status.get(0).late());
        assertEquals(null, status.get(1).latest());
        assertTrue(status.get(1).late(), "nothing by 3月1日");
        assertFalse(city.exchange.status(ADMIN, cityGov.id(), 2025, java.time.LocalDate.of(2026, 3, 1)).get(1).late());
    }

    @Test
    void theSamePackageTwiceChangesNothing() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, PNG);
        city.trust(county, "清河县");
        byte[] pkg = county.export(countyGov, 2025);
        city.receive(pkg);
        String after = city.counts();
        PackageImporter.Imported again = city.receive(pkg);
        assertTrue(again.unchanged());
        assertEquals(after, city.counts());
    }

    @Test
    void theSameDataGivesTheSameBytesApartFromTheTime() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, PNG);
        assertArrayEquals(county.export(countyGov, 2025), county.export(countyGov, 2025), "the clock stands still in the test");
    }

    @Test
    void aNewerPackageReplacesTheOlderAndAnOlderOneIsRefused() {
        county.session(justice, "2025-03-15", "第一次", head, null);
        byte[] first = county.export(countyGov, 2025);
        java.time.Instant firstAt = county.clock.instant();
        county.clock.advance(Duration.ofDays(1));
        java.time.Instant secondAt = county.clock.instant();
        county.session(justice, "2025-06-15", "第二次", head, null);
        byte[] second = county.export(countyGov, 2025);
        city.trust(county, "清河县");

        city.receive(first);
        PackageImporter.Imported newer = city.receive(second);
        assertTrue(newer.replaced());
        assertEquals(2, city.count("study_sessions"), "replaced, not added to");
        String after = city.counts();
        PackageRefused older = org.junit.jupiter.api.Assertions.assertThrows(PackageRefused.class, () -> city.receive(first));
        assertTrue(older.getMessage().contains("不比已接收的"), older.getMessage());
        java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        assertTrue(older.getMessage().contains("导出于 " + minute.format(firstAt.atZone(city.clock.getZone())) + ",")
                && older.getMessage().contains("(导出于 " + minute.format(secondAt.atZone(city.clock.getZone())) + ")"),
                "the times in the ledger's zone to the minute, not UTC stamps: " + older.getMessage());
        assertEquals(after, city.counts());
    }

    @Test
    void theCitysCourtRateOverTwoCountiesIsAppearedOverHeardOverBoth() {
        try (Instance county2 = new Instance()) {
            Org gov2 = county2.org("定远县人民政府", OrgKind.COUNTY_GOV, null, COUNTY2);
            Org dept2 = county2.org("定远县财政局", OrgKind.DEPARTMENT, gov2, null);
            county.courtCase(justice, List.of("2025-03-01"), List.of());
            county.courtCase(justice, List.of("2025-04-01"), List.of());
            county.courtCase(town, List.of(), List.of("2025-05-01"));
            county2.courtCase(dept2, List.of("2025-03-02"), List.of());
            county2.courtCase(dept2, List.of(), List.of("2025-04-02"));
            county2.courtCase(dept2, List.of(), List.of("2025-05-02"));
            city.org("定远县人民政府", OrgKind.COUNTY_GOV, cityGov, COUNTY2);
            city.trust(county, "清河县");
            city.trust(county2, "定远县");
            city.receive(county.export(countyGov, 2025));
            city.receive(county2.export(gov2, 2025));
            AppearanceRates rates = city.duty.appearance().rates(ADMIN, 2025, cityGov.id());
            AppearanceRates one = county.duty.appearance().rates(ADMIN, 2025, countyGov.id());
            AppearanceRates two = county2.duty.appearance().rates(ADMIN, 2025, gov2.id());
            assertEquals(one.heard() + two.heard(), rates.heard());
            assertEquals(one.appeared() + two.appeared(), rates.appeared());
            assertTrue(one.appeared() != two.appeared() && rates.heard() > 2, "two counties that differ");
            assertEquals(java.math.BigDecimal.valueOf(rates.appeared() * 100.0 / rates.heard()).setScale(rates.rate().scale(),
                    java.math.RoundingMode.HALF_UP), rates.rate(), "出庭率 = appeared ÷ heard over both");
        }
    }

    @Test
    void aCourtCaseFiledInOneYearAndHeardInTheNextComesInBothPackagesAndStaysOneCase() {
        var cases = county.duty.courtCases();
        var c = cases.create(ADMIN, org.fazhi.duty.court.CourtCase.draft("(2024)皖1102行初9号", "清河县人民法院",
                org.fazhi.duty.court.Instance.FIRST, justice.id(), "行政处罚", java.time.LocalDate.of(2024, 11, 5)));
        cases.addHearing(ADMIN, c.id(), org.fazhi.duty.court.Hearing.absent(java.time.LocalDate.of(2024, 12, 10), null,
                org.fazhi.duty.court.AbsenceReason.NONE, "李科员", false));
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2024));
        cases.addHearing(ADMIN, c.id(), org.fazhi.duty.court.Hearing.appeared(java.time.LocalDate.of(2025, 3, 1), null, "张局长",
                "局长", org.fazhi.model.person.LeaderCategory.PRINCIPAL, true));
        PackageImporter.Imported next = city.receive(county.export(countyGov, 2025));

        assertEquals(3, next.records(), "the case with its two hearings is in the 2025 package too");
        assertEquals(1, city.count("court_cases"), "the 2024 copy was replaced, not doubled");
        assertEquals(2, city.count("court_hearings"));
        for (int year : new int[] {2024, 2025}) {
            AppearanceRates atCity = city.duty.appearance().rates(ADMIN, year, cityGov.id());
            AppearanceRates atHome = county.duty.appearance().rates(ADMIN, year, countyGov.id());
            assertEquals(atHome.heard(), atCity.heard(), "heard in " + year);
            assertEquals(atHome.appeared(), atCity.appeared(), "appeared in " + year);
        }
        // Decided in 2025 with no hearing after it: the case is not in 2026's package.
        var now = cases.find(ADMIN, c.id());
        cases.update(ADMIN, c.id(), new org.fazhi.duty.court.CourtCase(now.id(), now.caseNo(), now.court(), now.instance(),
                now.defendantOrgId(), now.coDefendants(), now.cause(), now.adminField(), now.filedOn(),
                org.fazhi.duty.court.CaseOutcome.WON, now.version()), now.version());
        assertEquals(0, county.exchange.export(ADMIN, countyGov.id(), 2026, java.io.OutputStream.nullOutputStream())
                .counts().get("court_cases"));
    }

    @Test
    void reconsiderationCasesTravelInEveryYearTheyWereOpenAndTheCityCountsThemAsIfEnteredThere() {
        county.reconsideration(justice, "2024-11-03", null, null);                 // pending at the end of 2024
        county.reconsideration(justice, "2025-02-03", "2025-03-20", Decision.REVOKED);
        county.reconsideration(town, "2025-03-03", "2025-04-20", Decision.UPHELD);
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2024));
        assertEquals(1, city.reconsiderations.stats().stats(ADMIN, 2024, cityGov.id()).received());
        // Decided in 2025, the 2024 case comes again in the 2025 package and replaces the pending copy.
        long pending = county.reconsiderations.cases().list(ADMIN, org.fazhi.reconsideration.cases.CaseFilter.of(null, 2024),
                org.fazhi.model.Page.FIRST).items().get(0).id();
        var c = county.reconsiderations.cases().find(ADMIN, pending);
        county.reconsiderations.cases().update(ADMIN, pending, org.fazhi.reconsideration.cases.ReconsiderationCase.draft(c.caseNo(),
                c.applicant(), c.applicantType(), c.respondentOrgId(), c.category(), c.receivedOn(), c.acceptedOn(), null,
                c.procedure(), 0, java.time.LocalDate.of(2025, 1, 10), Decision.VARIED, false, null, null), c.version());
        city.receive(county.export(countyGov, 2025));
        var atCity = city.reconsiderations.stats().stats(ADMIN, 2025, cityGov.id());
        var atHome = county.reconsiderations.stats().stats(ADMIN, 2025, countyGov.id());
        assertEquals(atHome.summary(), atCity.summary(), "the city counts the county's cases exactly as the county does");
        assertEquals(3, atCity.concluded());
        assertEquals(2, atCity.received());
        assertEquals(3, city.count("reconsiderations"), "the pending copy was replaced, not doubled");
        var received = city.reconsiderations.cases().list(ADMIN, org.fazhi.reconsideration.cases.CaseFilter.of(null, null),
                org.fazhi.model.Page.FIRST).items().get(0);
        assertThrows(org.fazhi.model.AccessDeniedException.class, () -> city.reconsiderations.cases().delete(ADMIN, received.id()),
                "received records are read-only at the receiver");
    }

    @Test
    void aCityPassesItsCountiesOnToTheProvince() {
        county.session(justice, "2025-03-15", "县里的学法", head, PNG);
        county.courtCase(justice, List.of("2025-03-01"), List.of());
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2025));
        try (Instance province = new Instance()) {
            Org prov = province.org("安徽省人民政府", OrgKind.CITY_GOV, null, "11340000003000006M");
            province.org("滁州市人民政府", OrgKind.CITY_GOV, prov, CITY);
            province.trust(city, "滁州市");
            province.receive(city.export(cityGov, 2025));
            assertEquals(1, province.count("study_sessions"));
            assertEquals(1, province.count("study_attachments"));
            assertTrue(province.ledger.services().orgs().visible(ADMIN).stream().anyMatch(o -> JUSTICE.equals(o.code())));
            assertEquals(1, province.duty.appearance().rates(ADMIN, 2025, prov.id()).appeared());
        }
    }
}
