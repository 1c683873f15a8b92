package org.fazhi.assessment;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.round.Answer;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.round.RoundUnit;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSheet;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The same assessment reads the same on the suite's engine as on SQLite: the sample system, a round over a
 * small county with answers, reviews, 补充材料 and confirmations give the same systems, answers, results
 * (ranks, shares, ratios, rounding) and exports, character for character.
 */
class EnginesAgreeTest {
    private static final Actor ALL = Actor.SYSTEM;

    @Test
    void anAssessedRoundReadsTheSameAsOnSqlite() {
        TempLedger.onBothEngines(EnginesAgreeTest::figures, DutyTrackingSchema.MIGRATIONS, AssessmentSchema.MIGRATIONS)
                .assertSame(5_000, "纳入考核的8个单位中", "组织领导");
    }

    private static String figures(TempLedger ledger) {
        TestClock clock = TestClock.on(2026, 3, 2);
        Assessment a = new Assessment(ledger.database(), ledger.services().audit(), clock);
        Org county = ledger.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        for (String name : List.of("司法局", "财政局", "教育局", "公安局")) {
            ledger.org("清河县" + name, OrgKind.DEPARTMENT, county);
        }
        for (String name : List.of("城关镇", "河西乡", "东风街道")) {
            ledger.org(name + "人民政府", OrgKind.TOWNSHIP, county);
        }
        ledger.org("清河经济开发区管委会", OrgKind.DEV_ZONE, county);
        IndicatorSystem sample = a.systems().loadSample(ALL, null);
        Round round = a.rounds().open(ALL, new RoundDraft(2026, null, sample.id(), county.id(), null, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), new BigDecimal("60"), new Grades(new BigDecimal("90"), new BigDecimal("80"),
                new BigDecimal("60")), new BigDecimal("50")));
        int k = 0;
        for (RoundUnit u : round.units()) {
            int i = 0;
            for (Answer answer : a.answers().answers(ALL, round.id(), u.orgId())) {
                BigDecimal share = BigDecimal.valueOf((k + i++) % 7 == 0 ? 1 : 4 - (k + i) % 3, 0).divide(BigDecimal.valueOf(4));
                a.answers().save(ALL, round.id(), u.orgId(), answer.code(),
                        answer.points().multiply(share).setScale(1, RoundingMode.HALF_UP), "第" + i + "项自评说明", null);
            }
            a.answers().submit(ALL, round.id(), u.orgId(), null);
            if (k % 2 == 0) {
                a.review().review(ALL, round.id(), u.orgId(), "3.1.2", BigDecimal.ZERO, "未经合法性审查", null);
                a.review().confirm(ALL, round.id(), u.orgId(), null);
            } else {
                a.review().returnLeaves(ALL, round.id(), u.orgId(), List.of("1.1.1"), "请补充权责清单调整材料");
            }
            k++;
        }
        a.review().markTypical(ALL, round.id(), round.units().get(1).orgId(), "7.1.1", true);
        StringBuilder out = new StringBuilder();
        out.append(a.systems().list(ALL)).append('\n');
        out.append(TableText.csv(IndicatorSheet.table(sample)));
        out.append(a.rounds().list(ALL, null)).append('\n');
        for (RoundUnit u : round.units()) {
            out.append(a.answers().answers(ALL, round.id(), u.orgId()).stream().map(x -> x.code() + ":" + x.selfScore() + "/"
                    + x.reviewScore() + "/" + x.returned() + "/" + x.version()).toList()).append('\n');
        }
        out.append(a.results().results(ALL, round.id())).append('\n');
        out.append(a.results().results(ALL, round.id()).sentence()).append('\n');
        out.append(a.results().matrix(ALL, round.id()).rows()).append('\n');
        out.append(TableText.csv(a.results().matrixTable(ALL, round.id())));
        out.append(sample.indicators().stream().map(Indicator::toString).toList()).append('\n');
        return out.toString();
    }
}
