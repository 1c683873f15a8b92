package org.fazhi.assessment.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Answer;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.demo.DemoActors;

/**
 * Adds the 示范创建 assessment to the demo county: the county's own indicator system (the shipped sample with the
 * points the county's office set), last year's round over the units directly below the county government,
 * self-assessed, reviewed (deductions with reasons, one 整改 item opened from a deduction, one 典型经验做法) and
 * confirmed; and this year's round in progress (some units submitted, some still drafting, deadlines after
 * today). Everything goes through the services, each step on the day it was taken: a unit's self-assessment and
 * evidence as the unit, the review and confirmation as the county's reviewing office ({@link DemoActors}), the rest
 * as {@link Actor#SYSTEM}. Fixed seed.
 */
public final class DemoAssessment {
    private static final long SEED = 20_250_301L;
    /** The points the county's office set on the sample's leaves (the rest keep the sample's). */
    private static final Map<String, String> OWN_POINTS = Map.of("1.1.1", "4", "1.1.2", "3.5", "1.2.1", "3.5",
            "1.2.2", "4", "6.1.1", "6", "6.1.2", "4");
    private static final String[] REASONS = {"佐证材料不完整,缺少相关会议纪要", "部分工作未按时完成", "公开信息更新不及时",
        "制度已建立但落实情况说明不充分", "台账记录与上报数据不一致"};

    private final CoreServices core;
    private final Database db;
    private final AuditLog audit;
    private Random random;
    /** Each unit's own name, for its steps ({@link DemoActors#unit}). */
    private final Map<Long, Actor> unitActors = new java.util.HashMap<>();

    public DemoAssessment(CoreServices core, Database db) {
        this.core = core;
        this.db = db;
        this.audit = core.audit();
    }

    /**
     * @param lastYear  last year's round: every unit confirmed
     * @param thisYear  this year's round
     * @param submitted this year's units that have submitted their self-assessment
     */
    public record Result(long systemId, Round lastYear, Round thisYear, int units, int submitted, int deductions,
                         int evidence) {
    }

    /**
     * Loads the assessment into a ledger holding the demo county (its government is the root unit). The
     * services' calls share one transaction (Jdbi hands the open handle to nested calls on this thread): the
     * demo goes in whole or not at all, with one commit instead of some two thousand.
     */
    public Result load(LocalDate today) {
        return db.jdbi().inTransaction(h -> fill(today));
    }

    private Result fill(LocalDate today) {
        random = new Random(SEED);
        int year = today.getYear();
        List<Org> orgs = core.orgs().visible(Actor.SYSTEM);
        orgs.forEach(o -> unitActors.put(o.id(), DemoActors.unit(o.name())));
        Org county = orgs.stream().filter(o -> o.parentId() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("演示县尚未载入"));
        List<Long> units = orgs.stream().filter(o -> county.id().equals(o.parentId()))
                .filter(o -> o.kind() != OrgKind.UNIT).map(Org::id).toList();

        LocalDate set = LocalDate.of(year - 1, 2, 20);
        IndicatorSystem sample = on(set).systems().loadSample(Actor.SYSTEM, county.id());
        IndicatorSystem own = on(set).systems().update(Actor.SYSTEM, sample.id(), "清河县法治政府建设示范创建指标体系", year - 1,
                ownPoints(sample.indicators()), sample.version());

        Counts counts = new Counts();
        Round last = open(own, county, units, year - 1, LocalDate.of(year - 1, 3, 1), LocalDate.of(year - 1, 11, 30),
                LocalDate.of(year - 1, 12, 20));
        LocalDate answered = LocalDate.of(year - 1, 11, 10);
        for (long unit : units) {
            selfAssess(last, unit, answered, counts, true);
        }
        review(last, units, LocalDate.of(year - 1, 12, 10), counts);

        LocalDate opened = today.minusDays(40).getYear() == year ? today.minusDays(40) : LocalDate.of(year, 1, 1);
        Round current = open(own, county, units, year, opened, today.plusDays(20), today.plusDays(50));
        int submitted = 0;
        for (int i = 0; i < units.size(); i++) {
            // Two in five have submitted; most of the rest are drafting, a few have not started.
            int roll = random.nextInt(10);
            if (roll < 8) {
                boolean submit = roll < 4;
                selfAssess(current, units.get(i), today, counts, submit);
                submitted += submit ? 1 : 0;
            }
        }
        return new Result(own.id(), last, current, units.size(), submitted, counts.deductions, counts.evidence);
    }

    private static final class Counts {
        int deductions;
        int evidence;
    }

    private Round open(IndicatorSystem system, Org county, List<Long> units, int year, LocalDate on, LocalDate self,
                       LocalDate review) {
        return on(on).rounds().open(Actor.SYSTEM, new RoundDraft(year, null, system.id(), county.id(), units, self, review,
                new BigDecimal("80"), new Grades(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")),
                new BigDecimal("70")));
    }

    /** The sample with the county's own points; parents left blank take their children's sums. */
    private static List<Indicator> ownPoints(List<Indicator> sample) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : sample) {
            boolean isParent = sample.stream().anyMatch(c -> i.code().equals(c.parentCode()));
            String p = OWN_POINTS.get(i.code());
            BigDecimal points = isParent ? null : p == null ? i.points() : new BigDecimal(p);
            out.add(new Indicator(i.code(), i.parentCode(), i.title(), i.standard(), points, i.evidenceKinds(), i.appliesTo(),
                    i.veto(), i.binding()));
        }
        return out;
    }

    /** A unit's self-assessment: most leaves near full points, with explanations and some evidence. */
    private void selfAssess(Round round, long unit, LocalDate day, Counts counts, boolean submit) {
        Assessment a = on(day);
        Actor self = unitActors.get(unit);
        // Some units are strong, some weak: a unit's level is drawn once.
        int level = 70 + random.nextInt(31);
        for (Answer leaf : a.answers().answers(Actor.SYSTEM, round.id(), unit)) {
            if (!submit && random.nextBoolean()) {
                continue; // a unit drafting has filled in about half
            }
            int pct = Math.min(100, level + random.nextInt(25));
            if (leaf.veto()) {
                pct = 100;
            }
            BigDecimal score = leaf.points().multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 1,
                    RoundingMode.HALF_UP);
            a.answers().save(self, round.id(), unit, leaf.code(), score, pct == 100 ? "已按要求落实,材料齐全。"
                    : "已基本落实,部分工作仍在推进。", 0);
            if (random.nextInt(4) == 0) {
                counts.evidence += evidence(a, self, round, unit, leaf);
            }
        }
        if (submit) {
            a.answers().submit(self, round.id(), unit, null);
        }
    }

    private static int evidence(Assessment a, Actor self, Round round, long unit, Answer leaf) {
        List<EvidenceKind> kinds = leaf.evidenceKinds();
        if (kinds.isEmpty() || kinds.contains(EvidenceKind.NOTE)) {
            a.evidence().addNote(self, round.id(), unit, leaf.code(), "工作情况说明",
                    "本单位按照“" + leaf.title() + "”的评分标准逐项落实,相关文件已归档备查。");
            return 1;
        }
        if (kinds.contains(EvidenceKind.LINK)) {
            a.evidence().addLink(self, round.id(), unit, leaf.code(), "政府门户网站公开栏目",
                    "http://www.qinghe.gov.cn/zwgk/" + round.year() + "/" + leaf.code() + ".html");
            return 1;
        }
        return 0;
    }

    /** Last year's review: deductions with reasons, one 整改 opened from a deduction, one typical answer, all confirmed. */
    private void review(Round round, List<Long> units, LocalDate day, Counts counts) {
        Assessment a = on(day);
        boolean rectified = false;
        boolean typical = false;
        for (long unit : units) {
            for (Answer leaf : a.answers().answers(Actor.SYSTEM, round.id(), unit)) {
                if (random.nextInt(6) != 0 || leaf.selfScore().signum() == 0) {
                    continue;
                }
                BigDecimal score = leaf.selfScore().multiply(new BigDecimal("0.6")).setScale(1, RoundingMode.HALF_UP);
                a.review().review(DemoActors.REVIEWER, round.id(), unit, leaf.code(), score, REASONS[random.nextInt(REASONS.length)],
                        null);
                counts.deductions++;
                if (!rectified) {
                    a.review().openRectification(DemoActors.REVIEWER, round.id(), unit, leaf.code(), day.plusDays(60));
                    rectified = true;
                }
            }
            if (!typical) {
                Answer best = a.answers().answers(Actor.SYSTEM, round.id(), unit).stream()
                        .filter(l -> l.reviewScore() == null && l.selfScore().compareTo(l.points()) == 0).findFirst().orElse(null);
                if (best != null) {
                    a.review().markTypical(DemoActors.REVIEWER, round.id(), unit, best.code(), true);
                    typical = true;
                }
            }
            a.review().confirm(DemoActors.REVIEWER, round.id(), unit, null);
        }
    }

    /** The module's services with "today" pinned to {@code day} (10:00 in the ledger's zone). */
    private Assessment on(LocalDate day) {
        return new Assessment(db, audit, Clock.fixed(day.atTime(10, 0).atZone(audit.zone()).toInstant(), audit.zone()));
    }
}
