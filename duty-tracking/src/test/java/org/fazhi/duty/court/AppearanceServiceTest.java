package org.fazhi.duty.court;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.core.AuditEntry;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** 出庭率 and the ranking over a real ledger, per the rules of docs/API.md. */
class AppearanceServiceTest {
    @AutoClose
    final Court c = new Court();
    final AppearanceService rates = c.duty.appearance();
    final CourtCaseService cases = c.duty.courtCases();

    private AppearanceRates year(int y) {
        return rates.rates(ADMIN, y, c.county.id());
    }

    private static Map<String, UnitRate> byName(AppearanceRates r) {
        return r.byOrg().stream().collect(Collectors.toMap(UnitRate::orgName, u -> u));
    }

    @Test
    void repeatHearingsOfOneInstanceCountOnce() {
        CourtCase k = c.newCase(c.justice);
        c.absent(k, "2024-03-01", AbsenceReason.IRREPLACEABLE_DUTY);
        c.appeared(k, "2024-04-01", LeaderCategory.DEPUTY);
        c.appeared(k, "2024-05-01", LeaderCategory.PRINCIPAL);
        AppearanceRates r = year(2024);
        assertEquals(1, r.heard());
        assertEquals(1, r.appeared());
        assertEquals(new BigDecimal("100.0"), r.rate());
        assertEquals("100.0%", r.rateText());
    }

    @Test
    void firstAndSecondInstanceCountSeparately() {
        CourtCase first = c.newCase(c.justice, "(2024)皖0101行初7号", Instance.FIRST);
        CourtCase second = c.newCase(c.justice, "(2024)皖0101行初7号", Instance.SECOND);
        c.appeared(first, "2024-03-01", LeaderCategory.PRINCIPAL);
        c.absent(second, "2024-09-01", AbsenceReason.NONE);
        AppearanceRates r = year(2024);
        assertEquals(2, r.heard());
        assertEquals(1, r.appeared());
        assertEquals("50.0%", r.rateText());
    }

    @Test
    void yearBoundaries() {
        CourtCase a = c.newCase(c.justice);
        c.appeared(a, "2023-12-31", LeaderCategory.PRINCIPAL);
        CourtCase b = c.newCase(c.justice);
        c.absent(b, "2024-01-01", AbsenceReason.NONE);
        // Heard in both years: appeared only in 2024.
        CourtCase both = c.newCase(c.finance);
        c.absent(both, "2023-12-31", AbsenceReason.ACCIDENT);
        c.appeared(both, "2024-01-01", LeaderCategory.DEPUTY);

        AppearanceRates y2023 = year(2023);
        assertEquals(2, y2023.heard());
        assertEquals(1, y2023.appeared());
        AppearanceRates y2024 = year(2024);
        assertEquals(2, y2024.heard());
        assertEquals(1, y2024.appeared());
        assertEquals(0, year(2025).heard());
        assertNull(year(2025).rate());
        assertEquals("—", year(2025).rateText());

        AppearanceRates q4 = rates.rates(ADMIN, Period.of(2023, 4, null), c.county.id());
        assertEquals(2, q4.heard());
        AppearanceRates jan = rates.rates(ADMIN, Period.of(2024, null, 1), c.county.id());
        assertEquals(2, jan.heard());
        assertEquals(1, jan.appeared());
        assertEquals(0, rates.rates(ADMIN, Period.of(2024, null, 2), c.county.id()).heard());
    }

    @Test
    void staffIsNotAHead() {
        CourtCase k = c.newCase(c.justice);
        // Only the entrusted staff went: not an appearance of a head.
        c.absent(k, "2024-03-01", AbsenceReason.IRREPLACEABLE_DUTY);
        AppearanceRates r = year(2024);
        assertEquals(1, r.heard());
        assertEquals(0, r.appeared());
        assertEquals("0.0%", r.rateText());
        // Neither the service nor the table accepts STAFF as a head's category.
        assertEquals("headCategory", assertThrows(ValidationException.class, () -> cases.addHearing(ADMIN, k.id(),
                new Hearing(null, 0, LocalDate.of(2024, 3, 2), null, true, "李科员", "科员", LeaderCategory.STAFF,
                        false, null, null, null, false, 0))).field());
        assertThrows(RuntimeException.class, () -> c.ledger.database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO court_hearings (case_id, date, head_appeared, head_category, created_at, updated_at) "
                        + "VALUES (?, '2024-03-03', 1, 'STAFF', 'x', 'x')", k.id())));
        assertEquals(0, year(2024).appeared());
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        Instant now = Instant.now();
        c.ledger.database().jdbi().useTransaction(h -> {
            PreparedBatch cs = h.prepareBatch("INSERT INTO court_cases (id, case_no, court, instance, defendant_org_id, "
                    + "outcome, created_at, updated_at) VALUES (:id, :no, '合肥市中级人民法院', 'FIRST', :org, 'PENDING', :now, :now)");
            PreparedBatch hs = h.prepareBatch("INSERT INTO court_hearings (case_id, date, head_appeared, head_category, "
                    + "spoke, absence_reason, created_at, updated_at) VALUES (:id, :date, :appeared, :category, :appeared, "
                    + ":reason, :now, :now)");
            for (int i = 1; i <= 1095; i++) {
                boolean appeared = i <= 728;
                cs.bind("id", i).bind("no", "(2023)皖01行初" + i + "号").bind("org", i % 2 == 0 ? c.justice.id() : c.town.id())
                        .bind("now", now).add();
                hs.bind("id", i).bind("date", LocalDate.of(2023, 1 + i % 12, 1 + i % 28))
                        .bind("appeared", appeared).bind("category", appeared ? "DEPUTY" : null)
                        .bind("reason", appeared ? null : "OTHER_JUSTIFIED").bind("now", now).add();
            }
            cs.execute();
            hs.execute();
        });
        AppearanceRates r = year(2023);
        assertEquals(1095, r.heard());
        assertEquals(728, r.appeared());
        assertEquals(new BigDecimal("66.5"), r.rate());
        assertEquals("66.5%", r.rateText());
        assertEquals(1095, rates.rates(ADMIN, 2023, null).heard());
    }

    @Test
    void principalSpeakAndLossRates() {
        CourtCase a = c.newCase(c.justice);
        c.appeared(a, "2024-03-01", LeaderCategory.PRINCIPAL);
        CourtCase b = c.newCase(c.justice);
        cases.addHearing(ADMIN, b.id(), Hearing.appeared(LocalDate.of(2024, 3, 2), null, "王副局长", "副局长",
                LeaderCategory.DEPUTY, false));
        CourtCase d = c.newCase(c.finance);
        c.absent(d, "2024-03-03", AbsenceReason.NONE);
        CourtCase e = c.newCase(c.finance);
        c.absent(e, "2024-03-04", AbsenceReason.FORCE_MAJEURE);
        setOutcome(a, CaseOutcome.WON);
        setOutcome(b, CaseOutcome.LOST);
        setOutcome(d, CaseOutcome.WITHDRAWN);
        RateFigures t = year(2024).total();
        assertEquals(4, t.heard());
        assertEquals(2, t.appeared());
        assertEquals(1, t.principalAppeared());
        assertEquals("25.0%", t.principalRate().text());
        assertEquals("50.0%", t.speakRate().text());
        assertEquals(1, t.lost());
        assertEquals(3, t.concluded());
        assertEquals("33.3%", t.lossRate().text());
        assertEquals(1, t.noShows());
    }

    private void setOutcome(CourtCase k, CaseOutcome o) {
        cases.update(ADMIN, k.id(), new CourtCase(null, k.caseNo(), k.court(), k.instance(), k.defendantOrgId(), null,
                k.cause(), null, k.filedOn(), o, 0), null);
    }

    @Test
    void theNotifiedDenominatorIsASetting() {
        CourtCase a = c.newCase(c.justice);
        cases.addHearing(ADMIN, a.id(), Hearing.appeared(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 1),
                "张局长", "局长", LeaderCategory.PRINCIPAL, true));
        CourtCase b = c.newCase(c.justice);
        c.appeared(b, "2024-03-11", LeaderCategory.PRINCIPAL); // no court notice
        CourtCase d = c.newCase(c.justice);
        cases.addHearing(ADMIN, d.id(), Hearing.absent(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 2),
                AbsenceReason.NONE, "李科员", false));
        // Notified in 2023, heard in 2024.
        CourtCase late = c.newCase(c.justice);
        cases.addHearing(ADMIN, late.id(), Hearing.appeared(LocalDate.of(2024, 1, 5), LocalDate.of(2023, 12, 28),
                "张局长", "局长", LeaderCategory.PRINCIPAL, true));

        assertEquals(Denominator.HEARD, rates.denominator());
        assertEquals(4, year(2024).heard());
        assertEquals("75.0%", year(2024).rateText());

        rates.setDenominator(ADMIN, Denominator.NOTIFIED);
        AppearanceRates r = year(2024);
        assertEquals(Denominator.NOTIFIED, r.denominator());
        assertEquals(2, r.heard());
        assertEquals(1, r.appeared());
        assertEquals("50.0%", r.rateText());
        assertEquals(1, year(2023).heard());

        rates.setDenominator(ADMIN, Denominator.HEARINGS);
        c.appeared(b, "2024-05-11", LeaderCategory.DEPUTY);
        assertEquals(5, year(2024).heard());
        assertEquals(4, year(2024).appeared());

        assertThrows(AccessDeniedException.class, () -> rates.setDenominator(Court.organiser(null), Denominator.HEARD));
        List<AuditEntry> lines = c.audit("setting", null);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).summary().contains("法院通知出庭案件"), lines.get(1).summary());
    }

    @Test
    void rankingRollsUpSubtreesAndTiesShareARank() {
        Org archives = c.org("县档案馆", OrgKind.DEPARTMENT, c.county);
        // 司法局 1 of 2 (one via 公证处, rolled up), 财政局 1 of 2, 城关镇 2 of 2, the county itself 0 of 1.
        c.appeared(c.newCase(c.justice), "2024-03-01", LeaderCategory.PRINCIPAL);
        c.absent(c.newCase(c.notary), "2024-03-02", AbsenceReason.OTHER_JUSTIFIED);
        c.appeared(c.newCase(c.finance), "2024-03-03", LeaderCategory.DEPUTY_IN_CHARGE);
        c.absent(c.newCase(c.finance), "2024-03-04", AbsenceReason.ACCIDENT);
        c.appeared(c.newCase(c.town), "2024-03-05", LeaderCategory.PRINCIPAL);
        c.appeared(c.newCase(c.town), "2024-03-06", LeaderCategory.SECRETARY_GENERAL);
        c.absent(c.newCase(c.county), "2024-03-07", AbsenceReason.FORCE_MAJEURE);
        c.appeared(c.newCase(c.education2), "2024-03-08", LeaderCategory.PRINCIPAL);

        AppearanceRates r = year(2024);
        assertEquals(7, r.heard());
        assertEquals(4, r.appeared());
        assertEquals(List.of("城关镇人民政府", "县司法局", "县财政局", "清河县人民政府", "县档案馆"),
                r.byOrg().stream().map(UnitRate::orgName).toList());
        assertEquals(java.util.Arrays.asList(1, 2, 2, 4, null), r.byOrg().stream().map(UnitRate::rank).toList());
        Map<String, UnitRate> m = byName(r);
        assertEquals(2, m.get("县司法局").heard());
        assertEquals(new BigDecimal("50.0"), m.get("县司法局").rate());
        assertEquals(0, m.get("县档案馆").heard());
        assertEquals(archives.id(), m.get("县档案馆").orgId());

        // The whole ledger: each county is a ranked unit with its subtree rolled up.
        AppearanceRates all = rates.rates(ADMIN, 2024, null);
        assertEquals(8, all.heard());
        assertEquals(List.of("另一县人民政府", "清河县人民政府"), all.byOrg().stream().map(UnitRate::orgName).toList());
        assertEquals(List.of(1, 2), all.byOrg().stream().map(UnitRate::rank).toList());
        assertEquals(7, all.byOrg().get(1).heard());
    }

    @Test
    void flagsUnitsBelowTheThresholdOrWithTwoNoShows() {
        CourtCase j1 = c.newCase(c.justice);
        c.appeared(j1, "2024-03-01", LeaderCategory.PRINCIPAL);
        c.absent(c.newCase(c.justice), "2024-03-02", AbsenceReason.OTHER_JUSTIFIED);
        // 城关镇: every instance had a head, but two hearings with no head and no valid reason.
        CourtCase t1 = c.newCase(c.town);
        c.absent(t1, "2024-02-01", AbsenceReason.NONE);
        c.appeared(t1, "2024-03-01", LeaderCategory.PRINCIPAL);
        CourtCase t2 = c.newCase(c.town);
        c.absent(t2, "2024-02-02", AbsenceReason.NONE);
        c.appeared(t2, "2024-03-02", LeaderCategory.PRINCIPAL);
        // 财政局: one unjustified no-show only, and 100%.
        CourtCase f1 = c.newCase(c.finance);
        c.absent(f1, "2024-02-03", AbsenceReason.NONE);
        c.appeared(f1, "2024-03-03", LeaderCategory.DEPUTY);

        AppearanceRates r = year(2024);
        assertEquals(new BigDecimal("80.0"), r.threshold());
        Map<String, Flagged> flagged = r.flagged().stream().collect(Collectors.toMap(Flagged::orgName, f -> f));
        assertEquals(java.util.Set.of("县司法局", "城关镇人民政府"), flagged.keySet());
        assertTrue(flagged.get("县司法局").reasons().get(0).contains("低于80.0%"), flagged.get("县司法局").reasons().toString());
        assertEquals(List.of("负责人无正当理由未出庭2次"), flagged.get("城关镇人民政府").reasons());

        rates.setFlagThreshold(ADMIN, new BigDecimal("50"));
        assertEquals(new BigDecimal("50.0"), rates.flagThreshold());
        assertEquals(List.of("城关镇人民政府"), year(2024).flagged().stream().map(Flagged::orgName).toList());
        assertEquals("flagThreshold", assertThrows(ValidationException.class,
                () -> rates.setFlagThreshold(ADMIN, new BigDecimal("100.5"))).field());
        assertEquals("flagThreshold", assertThrows(ValidationException.class,
                () -> rates.setFlagThreshold(ADMIN, new BigDecimal("66.55"))).field());
        // Outside the period the no-shows do not count.
        assertEquals(List.of(), rates.rates(ADMIN, Period.of(2024, null, 3), c.county.id()).flagged().stream()
                .filter(f -> f.orgName().equals("城关镇人民政府")).toList());
    }

    @Test
    void theFlaggedAndTheRatesCarryEachAbsenceWithWhatHappened() {
        c.appeared(c.newCase(c.justice), "2024-03-01", LeaderCategory.PRINCIPAL);
        CourtCase j2 = c.newCase(c.justice);
        c.duty.courtCases().addHearing(ADMIN, j2.id(), Hearing.absent(LocalDate.of(2024, 3, 5), null,
                AbsenceReason.FORCE_MAJEURE, "王副局长", false).withAbsenceNote("负责人因不可抗力委托副职出庭"));
        c.absent(c.newCase(c.finance), "2024-03-06", AbsenceReason.NONE);
        c.appeared(c.newCase(c.finance), "2024-03-07", LeaderCategory.PRINCIPAL);
        c.appeared(c.newCase(c.finance), "2024-04-07", LeaderCategory.PRINCIPAL);

        AppearanceRates r = rates.rates(ADMIN, Period.of(2024, null, 3), c.county.id());
        Flagged justice = r.flagged().stream().filter(f -> f.orgName().equals("县司法局")).findFirst().orElseThrow();
        assertEquals(1, justice.absences().size());
        Absence a = justice.absences().get(0);
        assertEquals("负责人因不可抗力委托副职出庭", a.note());
        assertEquals(AbsenceReason.FORCE_MAJEURE, a.reason());
        assertEquals(j2.caseNo() + " 3月5日开庭:不可抗力,负责人因不可抗力委托副职出庭;委托王副局长出庭", a.text());
        // Every absence of the period is there for the 通报, the unjustified one of 财政局 (50%, flagged) too.
        assertEquals(List.of("县司法局", "县财政局"), r.absences().stream().map(Absence::orgName).sorted().toList());
        // Units without a hearing in the period are not among those the 通报 lists.
        assertEquals(java.util.Set.of("县司法局", "县财政局"),
                r.heardUnits().stream().map(UnitRate::orgName).collect(Collectors.toSet()));
        assertTrue(r.byOrg().size() > r.heardUnits().size());
    }

    @Test
    void ratesFollowTheScope() {
        c.appeared(c.newCase(c.notary), "2024-03-01", LeaderCategory.PRINCIPAL);
        c.absent(c.newCase(c.justice), "2024-03-02", AbsenceReason.NONE);
        c.appeared(c.newCase(c.finance), "2024-03-03", LeaderCategory.PRINCIPAL);
        Actor justiceOrganiser = Court.organiser(c.justice);
        AppearanceRates own = rates.rates(justiceOrganiser, 2024, null);
        assertEquals(c.justice.id(), own.orgId());
        assertEquals(2, own.heard());
        assertEquals(List.of("公证处", "县司法局"), own.byOrg().stream().map(UnitRate::orgName).toList());
        assertThrows(AccessDeniedException.class, () -> rates.rates(justiceOrganiser, 2024, c.finance.id()));
        assertThrows(AccessDeniedException.class, () -> rates.rates(justiceOrganiser, 2024, c.county.id()));
        assertEquals(3, rates.rates(Court.viewer(c.county), 2024, null).heard());
    }

    @Test
    void bothSettingsAreSavedTogetherOrNotAtAll() {
        assertEquals(new CourtSettings(Denominator.HEARD, new BigDecimal("80.0")), rates.settings());
        assertEquals("flagThreshold", assertThrows(ValidationException.class,
                () -> rates.saveSettings(ADMIN, Denominator.HEARINGS, new BigDecimal("101"))).field());
        assertEquals(Denominator.HEARD, rates.denominator(), "the good half of a refused change is not saved");
        assertThrows(AccessDeniedException.class,
                () -> rates.saveSettings(Court.organiser(c.county), Denominator.HEARINGS, null));
        assertEquals(new CourtSettings(Denominator.NOTIFIED, new BigDecimal("60.5")),
                rates.saveSettings(ADMIN, Denominator.NOTIFIED, new BigDecimal("60.5")));
        assertEquals(new CourtSettings(Denominator.NOTIFIED, new BigDecimal("70.0")),
                rates.saveSettings(ADMIN, null, new BigDecimal("70")));
    }
}
