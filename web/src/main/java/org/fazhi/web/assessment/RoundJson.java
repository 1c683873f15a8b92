package org.fazhi.web.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.round.RoundUnit;
import org.fazhi.assessment.round.ScoreMatrix;
import org.fazhi.assessment.system.Indicator;

/** Rounds and their results as /api/assessment-rounds sends and receives them (docs/API.md, section assessment). */
final class RoundJson {
    private RoundJson() {
    }

    record GradesJson(BigDecimal excellent, BigDecimal good, BigDecimal qualified) {
        static GradesJson of(Grades g) {
            return new GradesJson(g.excellent(), g.good(), g.qualified());
        }
    }

    record UnitJson(long orgId, String orgName, String kind, String state, String stateLabel, Instant submittedAt,
                    String submittedBy) {
        static UnitJson of(RoundUnit u) {
            return new UnitJson(u.orgId(), u.orgName(), u.kind().name(), u.state().name(), u.state().label(), u.submittedAt(),
                    u.submittedBy());
        }
    }

    /** A round: the docs' fields, plus title, orgName, grades and the units assessed with their states. */
    record RoundOut(long id, int year, String title, long systemId, long orgId, String orgName, LocalDate selfDeadline,
                    LocalDate reviewDeadline, BigDecimal passScore, GradesJson grades, BigDecimal target, int version,
                    Instant createdAt, String createdBy, List<UnitJson> units) {
        static RoundOut of(Round r) {
            return new RoundOut(r.id(), r.year(), r.title(), r.systemId(), r.orgId(), r.orgName(), r.selfDeadline(),
                    r.reviewDeadline(), r.passScore(), GradesJson.of(r.grades()), r.target(), r.version(), r.createdAt(),
                    r.createdBy(), r.units().stream().map(UnitJson::of).toList());
        }
    }

    /**
     * POST {year, systemId, orgId, selfDeadline, reviewDeadline, target, passScore} and optionally title,
     * unitIds (default: every unit below that a leaf applies to) and grades {excellent, good, qualified}
     * (default: 90% and 80% of the system's total, and the pass score, never below it).
     */
    record RoundInput(Integer year, String title, Long systemId, Long orgId, List<Long> unitIds, LocalDate selfDeadline,
                      LocalDate reviewDeadline, BigDecimal passScore, GradesJson grades, BigDecimal target) {
        RoundDraft toDraft(BigDecimal systemTotal) {
            Grades g = grades == null ? defaultGrades(systemTotal, passScore)
                    : new Grades(grades.excellent(), grades.good(), grades.qualified());
            return new RoundDraft(year, title, systemId, orgId, unitIds, selfDeadline, reviewDeadline, passScore, g, target);
        }
    }

    /** 优秀 at 90% of the total, 良好 at 80%, 合格 at the pass score; none below the pass score. Null without the pieces. */
    static Grades defaultGrades(BigDecimal total, BigDecimal pass) {
        if (total == null || pass == null) {
            return null;
        }
        BigDecimal excellent = total.multiply(new BigDecimal("0.9")).setScale(1, RoundingMode.HALF_UP).max(pass);
        BigDecimal good = total.multiply(new BigDecimal("0.8")).setScale(1, RoundingMode.HALF_UP).max(pass);
        return new Grades(excellent, good, pass);
    }

    record UnitResultJson(long orgId, String orgName, String state, BigDecimal total, String grade, String gradeLabel,
                          int rank, boolean meets, boolean vetoed) {
        static UnitResultJson of(Results.UnitResult u) {
            return new UnitResultJson(u.orgId(), u.orgName(), u.state().name(), u.total(), u.grade().name(),
                    u.grade().label(), u.rank(), u.meets(), u.vetoed());
        }
    }

    /** GET …/results: the docs' shape, plus typical (典型经验做法) and sentence (for the annual report). */
    record ResultsJson(long roundId, List<UnitResultJson> units, int met, int assessed, BigDecimal share, BigDecimal target,
                       boolean reached, List<Results.LeafRatio> weakest, List<Results.Typical> typical, String sentence) {
        static ResultsJson of(Results r) {
            return new ResultsJson(r.roundId(), r.units().stream().map(UnitResultJson::of).toList(), r.met(), r.assessed(),
                    r.share(), r.target(), r.reached(), r.weakest(), r.typical(), r.sentence());
        }
    }

    record LeafJson(String code, String title, BigDecimal points, boolean veto) {
    }

    record MatrixRow(UnitResultJson unit, List<BigDecimal> scores) {
    }

    /** GET …/matrix: a column per leaf, a row per unit (null where a leaf does not apply). */
    record MatrixJson(List<LeafJson> leaves, List<MatrixRow> rows) {
        static MatrixJson of(ScoreMatrix m) {
            return new MatrixJson(m.leaves().stream().map((Indicator l) -> new LeafJson(l.code(), l.title(), l.points(), l.veto())).toList(),
                    m.rows().stream().map(r -> new MatrixRow(UnitResultJson.of(r.unit()), r.scores())).toList());
        }
    }
}
