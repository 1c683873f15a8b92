package org.fazhi.duty.lawreport;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.Engine;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.figures.FigureCache;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** 年终述法 over a real ledger: validation, one per leader and year, heads only, scope, versions, figures. */
class LawReportServiceTest {
    @AutoClose
    final Court c = new Court();
    final LawReportService reports = c.duty.lawReports();

    private Person person(Org org, String name, LeaderCategory category) {
        return c.core.people().create(ADMIN, Person.draft(org.id(), name, "局长", category));
    }

    private LawReport report(Person p, int year, ReportWay way, ReportRating rating) {
        return reports.create(ADMIN, LawReport.draft(p.id(), year, way, LocalDate.of(year, 12, 20), rating, null, null));
    }

    private static LawReport changed(LawReport r, int year, ReportRating rating, Double score) {
        return LawReport.draft(r.personId(), year, r.way(), LocalDate.of(year, 12, 28), rating, score, "经述职会评议");
    }

    @Test
    void aReportTakesItsUnitFromThePersonAndIsReadUpdatedAndDeleted() {
        Person li = person(c.justice, "李明", LeaderCategory.PRINCIPAL);
        LawReport r = reports.create(ADMIN, LawReport.draft(li.id(), 2024, ReportWay.MEETING, LocalDate.of(2025, 1, 15),
                null, null, " 在年度述职会上述法 "));
        assertEquals(c.justice.id().longValue(), r.orgId());
        assertEquals("县司法局", r.orgName());
        assertEquals("李明", r.personName());
        assertEquals("在年度述职会上述法", r.note(), "text is stripped");
        assertNull(r.rating());
        assertEquals(0, r.version());
        assertEquals(r, reports.find(ADMIN, r.id()));

        LawReport after = reports.update(ADMIN, r.id(), changed(r, 2024, ReportRating.EXCELLENT, 95.5), 0);
        assertEquals(ReportRating.EXCELLENT, after.rating());
        assertEquals(95.5, after.score());
        assertEquals(LocalDate.of(2024, 12, 28), after.reportedOn());
        assertEquals(1, after.version());

        reports.delete(ADMIN, r.id());
        assertThrows(NotFoundException.class, () -> reports.find(ADMIN, r.id()));
        List<AuditEntry> trail = c.audit("law-report", r.id());
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), trail.stream().map(AuditEntry::action).toList());
        assertTrue(trail.get(2).summary().contains("李明 2024年度述法"), trail.get(2).summary());
    }

    @Test
    void badFieldsAreAllNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () ->
                LawReport.draft(0, 1999, null, null, null, 100.5, null));
        Set<String> fields = e.all().stream().map(ValidationException::field).collect(Collectors.toSet());
        assertEquals(Set.of("personId", "year", "way", "reportedOn", "score"), fields);

        ValidationException late = assertThrows(ValidationException.class, () ->
                LawReport.draft(1, 2024, ReportWay.WRITTEN, LocalDate.of(2026, 1, 5), null, null, null));
        assertEquals("reportedOn", late.field());
        assertTrue(late.getMessage().contains("2024年或2025年"), late.getMessage());
        assertEquals("score", assertThrows(ValidationException.class, () ->
                LawReport.draft(1, 2024, ReportWay.WRITTEN, LocalDate.of(2024, 12, 1), null, 88.25, null)).field());
        assertEquals("score", assertThrows(ValidationException.class, () ->
                LawReport.draft(1, 2024, ReportWay.WRITTEN, LocalDate.of(2024, 12, 1), null, -1.0, null)).field());
        LawReport early = LawReport.draft(1, 2024, ReportWay.WRITTEN, LocalDate.of(2024, 1, 1), null, 0.0, null);
        assertEquals(0.0, early.score(), "0 is a score");

        ValidationException unknown = assertThrows(ValidationException.class, () ->
                reports.create(ADMIN, LawReport.draft(99999, 2024, ReportWay.WRITTEN, LocalDate.of(2024, 12, 1), null, null, null)));
        assertEquals("personId", unknown.field());
        assertEquals(0, reports.list(ADMIN, LawReportFilter.ALL, Page.FIRST).total(), "nothing written");
    }

    @Test
    void aReportDatedAfterTodayIsRefusedOnTheModulesClock() {
        ZoneId zone = c.core.audit().zone();
        Clock sixth = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(10, 0).atZone(zone).toInstant(), zone);
        LawReportService onTheSixth = new LawReportService(c.ledger.database().jdbi(), c.core.audit(), sixth,
                new FigureCache(sixth));
        Person li = person(c.justice, "李明", LeaderCategory.PRINCIPAL);

        ValidationException future = assertThrows(ValidationException.class, () -> onTheSixth.create(ADMIN,
                LawReport.draft(li.id(), 2027, ReportWay.MEETING, LocalDate.of(2027, 1, 10), null, null, null)));
        assertEquals("reportedOn", future.field());
        assertTrue(future.getMessage().contains("述法日期") && future.getMessage().contains("不能晚于今天(2026-12-06)"),
                future.getMessage());
        assertEquals("reportedOn", assertThrows(ValidationException.class, () -> onTheSixth.create(ADMIN,
                LawReport.draft(li.id(), 2026, ReportWay.MEETING, LocalDate.of(2026, 12, 7), null, null, null))).field(),
                "tomorrow is the future too");
        assertEquals(0, reports.list(ADMIN, LawReportFilter.ALL, Page.FIRST).total(), "nothing written");

        LawReport today = onTheSixth.create(ADMIN,
                LawReport.draft(li.id(), 2026, ReportWay.MEETING, LocalDate.of(2026, 12, 6), null, null, null));
        ValidationException moved = assertThrows(ValidationException.class, () -> onTheSixth.update(ADMIN, today.id(),
                LawReport.draft(li.id(), 2026, ReportWay.MEETING, LocalDate.of(2027, 1, 10), null, null, null), 0));
        assertEquals("reportedOn", moved.field());
        assertEquals(LocalDate.of(2026, 12, 6), reports.find(ADMIN, today.id()).reportedOn(), "the stored date stays");
    }

    @Test
    void staffAreNotHeadsAndGiveNoReport() {
        Person clerk = person(c.justice, "王芳", LeaderCategory.STAFF);
        ValidationException e = assertThrows(ValidationException.class,
                () -> report(clerk, 2024, ReportWay.WRITTEN, null));
        assertEquals("personId", e.field());
        assertTrue(e.getMessage().contains("王芳") && e.getMessage().contains("不是负责人"), e.getMessage());
        Person deputy = person(c.justice, "赵副局长", LeaderCategory.DEPUTY);
        Person secretary = person(c.county, "孙秘书长", LeaderCategory.SECRETARY_GENERAL);
        report(deputy, 2024, ReportWay.WRITTEN, null);
        report(secretary, 2024, ReportWay.COMMITTEE, null);
        LawReport r = report(person(c.finance, "钱局长", LeaderCategory.PRINCIPAL), 2024, ReportWay.WRITTEN, null);
        ValidationException moved = assertThrows(ValidationException.class, () -> reports.update(ADMIN, r.id(),
                LawReport.draft(clerk.id(), 2024, ReportWay.WRITTEN, LocalDate.of(2024, 12, 1), null, null, null), null));
        assertEquals("personId", moved.field(), "nor can a report be moved onto them");
    }

    @Test
    void aLeaderReportsOncePerYear() {
        Person li = person(c.justice, "李明", LeaderCategory.PRINCIPAL);
        LawReport first = report(li, 2024, ReportWay.WRITTEN, ReportRating.GOOD);
        ConflictException e = assertThrows(ConflictException.class, () -> report(li, 2024, ReportWay.MEETING, null));
        assertEquals("year", e.field());
        assertTrue(e.getMessage().contains("李明") && e.getMessage().contains("2024年度的述法已经登记过"), e.getMessage());
        LawReport next = report(li, 2025, ReportWay.MEETING, null);
        assertEquals("year", assertThrows(ConflictException.class,
                () -> reports.update(ADMIN, next.id(), changed(next, 2024, null, null), null)).field());
        // Saving a report under its own year is no clash with itself.
        assertEquals(ReportRating.EXCELLENT,
                reports.update(ADMIN, first.id(), changed(first, 2024, ReportRating.EXCELLENT, null), 0).rating());
    }

    @Test
    void anEditOnAnOldVersionIsRefused() {
        LawReport r = report(person(c.justice, "李明", LeaderCategory.PRINCIPAL), 2024, ReportWay.WRITTEN, null);
        reports.update(ADMIN, r.id(), changed(r, 2024, ReportRating.GOOD, null), 0);
        ConflictException e = assertThrows(ConflictException.class,
                () -> reports.update(ADMIN, r.id(), changed(r, 2024, ReportRating.POOR, null), 0));
        assertEquals("version", e.field());
        assertEquals(ReportRating.GOOD, reports.find(ADMIN, r.id()).rating());
    }

    @Test
    void theReportStaysWithTheUnitTheLeaderWasIn() {
        Person li = person(c.justice, "李明", LeaderCategory.PRINCIPAL);
        LawReport r = report(li, 2023, ReportWay.WRITTEN, null);
        c.core.people().update(ADMIN, li.id(), new Person(li.id(), c.finance.id(), "李明", "局长", LeaderCategory.PRINCIPAL, 0), null);
        assertEquals(c.justice.id().longValue(), reports.update(ADMIN, r.id(), changed(r, 2023, ReportRating.GOOD, null), null).orgId(),
                "last year's report stays with the unit he led then");
        assertEquals(c.finance.id().longValue(), report(li, 2024, ReportWay.WRITTEN, null).orgId(), "this year's is the new unit's");
    }

    @Test
    void listsFilterByYearSubtreeAndPersonWithTheFullCount() {
        Person li = person(c.justice, "李明", LeaderCategory.PRINCIPAL);
        Person zhou = person(c.notary, "周主任", LeaderCategory.PRINCIPAL);
        Person qian = person(c.finance, "钱局长", LeaderCategory.PRINCIPAL);
        Person wu = person(c.education2, "吴局长", LeaderCategory.PRINCIPAL);
        report(li, 2024, ReportWay.WRITTEN, null);
        report(li, 2023, ReportWay.WRITTEN, null);
        report(zhou, 2024, ReportWay.MEETING, null);
        report(qian, 2024, ReportWay.ON_SITE, null);
        report(wu, 2024, ReportWay.WRITTEN, null);

        assertEquals(5, reports.list(ADMIN, LawReportFilter.ALL, Page.FIRST).total());
        assertEquals(4, reports.list(ADMIN, new LawReportFilter(null, 2024, null), Page.FIRST).total());
        var justice = reports.list(ADMIN, new LawReportFilter(c.justice.id(), 2024, null), Page.FIRST);
        assertEquals(Set.of("李明", "周主任"), justice.items().stream().map(LawReport::personName).collect(Collectors.toSet()),
                "the unit and the units below it");
        assertEquals(2, reports.list(ADMIN, new LawReportFilter(null, null, li.id()), Page.FIRST).total());
        var page = reports.list(ADMIN, new LawReportFilter(c.county.id(), null, null), new Page(2, 2));
        assertEquals(4, page.total());
        assertEquals(2, page.items().size());
        assertEquals(2023, reports.list(ADMIN, new LawReportFilter(c.county.id(), null, null), new Page(1, 3)).items().get(0).year(),
                "newest year first");
        assertEquals("year", assertThrows(ValidationException.class,
                () -> reports.list(ADMIN, new LawReportFilter(null, 1900, null), Page.FIRST)).field());
    }

    @Test
    void leadersOfAUnitFollowThePrincipalInCodePointOrderWhateverTheServersCollation() {
        if (c.ledger.database().engine() == Engine.POSTGRESQL) {
            // A city's server set up in Chinese sorts text by pinyin (丙 bǐng, 甲 jiǎ, 乙 yǐ); SQLite sorts by
            // code point (丙 U+4E19, 乙 U+4E59, 甲 U+7532). The list keeps SQLite's order on both.
            c.ledger.database().jdbi().useHandle(h ->
                    h.execute("ALTER TABLE people ALTER COLUMN name TYPE TEXT COLLATE \"zh-x-icu\""));
        }
        for (String name : List.of("甲副局长", "乙副局长", "丙副局长")) {
            report(person(c.justice, name, LeaderCategory.DEPUTY), 2024, ReportWay.WRITTEN, null);
        }
        report(person(c.justice, "赵局长", LeaderCategory.PRINCIPAL), 2024, ReportWay.MEETING, null);
        assertEquals(List.of("赵局长", "丙副局长", "乙副局长", "甲副局长"),
                reports.list(ADMIN, new LawReportFilter(c.justice.id(), 2024, null), Page.FIRST).items().stream()
                        .map(LawReport::personName).toList());
    }

    @Test
    void aScopedOrganiserCannotSeeOrTouchAnotherUnitsReports() {
        Person qian = person(c.finance, "钱局长", LeaderCategory.PRINCIPAL);
        Person li = person(c.justice, "李明", LeaderCategory.PRINCIPAL);
        LawReport other = report(qian, 2024, ReportWay.WRITTEN, null);
        Actor justiceOrganiser = Court.organiser(c.justice);
        assertThrows(AccessDeniedException.class, () -> reports.find(justiceOrganiser, other.id()));
        assertThrows(AccessDeniedException.class,
                () -> reports.update(justiceOrganiser, other.id(), changed(other, 2024, ReportRating.GOOD, null), null));
        assertThrows(AccessDeniedException.class, () -> reports.delete(justiceOrganiser, other.id()));
        assertThrows(AccessDeniedException.class, () -> reports.create(justiceOrganiser, LawReport.draft(qian.id(), 2025,
                ReportWay.WRITTEN, LocalDate.of(2025, 12, 1), null, null, null)));
        assertThrows(AccessDeniedException.class,
                () -> reports.list(justiceOrganiser, new LawReportFilter(c.finance.id(), null, null), Page.FIRST));
        assertThrows(AccessDeniedException.class, () -> reports.summary(justiceOrganiser, 2024, c.finance.id()));

        LawReport own = reports.create(justiceOrganiser, LawReport.draft(li.id(), 2024, ReportWay.WRITTEN,
                LocalDate.of(2024, 12, 1), null, null, null));
        assertEquals(List.of(own.id()), reports.list(justiceOrganiser, LawReportFilter.ALL, Page.FIRST).items().stream()
                .map(LawReport::id).toList(), "an unfiltered list is the actor's subtree");
        // Moving one's own report onto another unit's leader is refused as well.
        assertThrows(AccessDeniedException.class, () -> reports.update(justiceOrganiser, own.id(),
                LawReport.draft(qian.id(), 2024, ReportWay.WRITTEN, LocalDate.of(2024, 12, 1), null, null, null), null));
        assertThrows(AccessDeniedException.class, () -> reports.delete(Court.viewer(c.justice), own.id()),
                "viewers only read");
        assertEquals(own, reports.find(Court.viewer(c.justice), own.id()));
    }

    @Test
    void theYearsFiguresAreCountedOverTheSubtree() {
        Person a = person(c.justice, "甲", LeaderCategory.PRINCIPAL);
        Person b = person(c.finance, "乙", LeaderCategory.PRINCIPAL);
        person(c.town, "丙", LeaderCategory.PRINCIPAL);
        Person d = person(c.justice, "丁", LeaderCategory.DEPUTY);
        Person e = person(c.notary, "戊", LeaderCategory.PRINCIPAL);
        Person f = person(c.education2, "己", LeaderCategory.PRINCIPAL);
        person(c.justice, "庚", LeaderCategory.STAFF);
        report(a, 2024, ReportWay.MEETING, ReportRating.EXCELLENT);
        report(d, 2024, ReportWay.WRITTEN, ReportRating.GOOD);
        report(e, 2024, ReportWay.MEETING, null);
        report(f, 2024, ReportWay.COMMITTEE, ReportRating.POOR);
        report(b, 2023, ReportWay.WRITTEN, ReportRating.GOOD);

        // 清河县: principals 甲 乙 丙 戊; reported in 2024 甲 戊; reports 甲 丁 戊.
        LawReportSummary county = reports.summary(ADMIN, 2024, c.county.id());
        assertEquals(4, county.leaders());
        assertEquals(2, county.reported());
        assertEquals(new BigDecimal("50.0"), county.rate());
        assertEquals(3, county.reports());
        assertEquals(Map.of(ReportWay.WRITTEN, 1L, ReportWay.MEETING, 2L, ReportWay.COMMITTEE, 0L, ReportWay.ON_SITE, 0L),
                county.byWay());
        assertEquals(List.of(ReportWay.values()), List.copyOf(county.byWay().keySet()), "every way, in order");
        assertEquals(Map.of(ReportRating.EXCELLENT, 1L, ReportRating.GOOD, 1L, ReportRating.FAIR, 0L, ReportRating.POOR, 0L),
                county.byRating());
        assertEquals(1, county.unrated());
        assertEquals("2024年度主要负责人应述法4人,已述法2人(50.0%)", county.summary());

        LawReportSummary all = reports.summary(ADMIN, 2024, null);
        assertEquals(List.of(5L, 3L, 4L, 1L, 1L), List.of(all.leaders(), all.reported(), all.reports(),
                all.byWay().get(ReportWay.COMMITTEE), all.byRating().get(ReportRating.POOR)));

        LawReportSummary scoped = reports.summary(Court.viewer(c.justice), 2024, null);
        assertEquals(List.of(2L, 2L, 3L), List.of(scoped.leaders(), scoped.reported(), scoped.reports()),
                "a scoped user's figures cover the scope: 甲 戊 of 司法局 and 公证处");

        LawReportSummary lastYear = reports.summary(ADMIN, 2023, c.county.id());
        assertEquals(List.of(4L, 1L, 1L), List.of(lastYear.leaders(), lastYear.reported(), lastYear.reports()));
        LawReportSummary empty = reports.summary(ADMIN, 2024, c.town.id());
        assertEquals(1, empty.leaders());
        assertEquals(0, empty.reports());
        assertEquals(new BigDecimal("0.0"), empty.rate());
        Org none = c.org("县档案馆", OrgKind.UNIT, c.county);
        LawReportSummary noLeaders = reports.summary(ADMIN, 2024, none.id());
        assertNull(noLeaders.rate(), "no principals: no rate, rather than 0%");
        assertEquals("2024年度主要负责人应述法0人,已述法0人", noLeaders.summary());
    }
}
