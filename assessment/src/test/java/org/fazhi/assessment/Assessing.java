package org.fazhi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.storage.testing.TestCounty;

/**
 * The shared test county ({@link TestCounty}: 清河县人民政府 over 县司法局 (with 公证处), 县财政局 and 城关镇; 另一县
 * with 县教育局) with this module's services wired as the server wires them, on a clock pinned to
 * 2026-03-02.
 */
public final class Assessing extends TestCounty {
    public final TestClock clock = TestClock.on(2026, 3, 2);
    public final Assessment assessment;

    public Assessing() {
        super(DutyTrackingSchema.MIGRATIONS, AssessmentSchema.MIGRATIONS);
        assessment = new Assessment(ledger.database(), core.audit(), clock);
    }

    /** 2026's round of 清河县人民政府 over every unit below it: self-assessment to 03-31, review to 04-30. */
    public static RoundDraft draft(IndicatorSystem system, Long orgId, List<Long> units) {
        return new RoundDraft(2026, null, system.id(), orgId, units, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30),
                new BigDecimal("12"), new Grades(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("12")),
                new BigDecimal("50"));
    }

    /** The {@link #small()} system, and 2026's round on it over every unit below the county. */
    public Round smallRound() {
        IndicatorSystem system = assessment.systems().create(ADMIN, "清河县示范创建指标体系", 2026, null, small());
        return assessment.rounds().open(organiser(county), draft(system, county.id(), null));
    }

    public static Indicator parent(String code, String parentCode, String title) {
        return new Indicator(code, parentCode, title, null, null, List.of(), List.of(), false, null);
    }

    public static Indicator leaf(String code, String parentCode, String title, String points, EvidenceKind... kinds) {
        return new Indicator(code, parentCode, title, "按要求完成的得满分", new BigDecimal(points), List.of(kinds), List.of(),
                false, null);
    }

    /**
     * A small system worth 20: 1 制度建设 (1.1 规范性文件 6, 1.2 重大决策 4 — a veto leaf), 2 行政执法 (2.1 执法公示 6
     * for departments and townships, taking links only; 2.2 负责人出庭 4, bound to 负责人出庭率).
     */
    public static List<Indicator> small() {
        return List.of(parent("1", null, "制度建设"),
                leaf("1.1", "1", "规范性文件合法性审核", "6", EvidenceKind.FILE, EvidenceKind.NOTE),
                new Indicator("1.2", "1", "重大行政决策合法性审查", "未经审查的本项0分", new BigDecimal("4"), List.of(), List.of(),
                        true, null),
                parent("2", null, "行政执法"),
                new Indicator("2.1", "2", "行政执法公示", null, new BigDecimal("6"), List.of(EvidenceKind.LINK),
                        List.of(OrgKind.DEPARTMENT, OrgKind.TOWNSHIP), false, null),
                new Indicator("2.2", "2", "负责人出庭应诉", null, new BigDecimal("4"), List.of(), List.of(), false,
                        LedgerBinding.parse("负责人出庭率;达到90%得满分").orElseThrow()));
    }
}
