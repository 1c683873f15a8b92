package org.fazhi.assessment.figures;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Years;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamStats;
import org.fazhi.training.study.UnitCompliance;

/**
 * A unit's live ledger figures for a year, read from the ledgers' own services, so a figure equals what
 * their pages show and the actor's scope is checked by each of them (like the annual report's
 * {@code LedgerFigures}). Every figure is counted in SQL by its ledger (cached by the ledger until it
 * changes) and comes with the first {@link #RECORDS} records of the ledger list it is drawn from.
 *
 * <p>For unit {@code orgId} and {@code year}, numerator ÷ denominator:
 * <ul>
 * <li>{@link LedgerFigure#STUDY_QUOTA}: active 学法 quota rules for the unit's kind that its own sessions
 * met ÷ those rules (the compliance board's judgement: a past year on the total, the current year on
 * pace — what was due by the quarters already ended);</li>
 * <li>{@link LedgerFigure#COURT_APPEARANCE_RATE}: the subtree's 出庭率 as the court ledger counts it, by its
 * denominator setting (instances heard, instances notified, or hearings);</li>
 * <li>{@link LedgerFigure#DUTY_COMPLETION_RATE}: the subtree's leaders' duty items of the year that are done ÷
 * items less those marked 不适用;</li>
 * <li>{@link LedgerFigure#LAW_REPORT_COVERAGE}: principal leaders (正职) of the subtree with a 述法 record on
 * the year ÷ principal leaders;</li>
 * <li>{@link LedgerFigure#TEST_PASS_RATE}: candidates of the subtree who passed in the end (a passed retake
 * counts) ÷ candidates who sat, in the year's batches, each person once;</li>
 * <li>{@link LedgerFigure#RECTIFICATION_CLOSED_ON_TIME}: the subtree's 整改 items whose deadline falls in the year
 * and has passed (or that are 销号'd) and were 销号'd on or before it ÷ those items.</li>
 * </ul>
 * Nothing to divide by reads as 不涉及 (a {@link Percent} with a null value).
 */
public final class LedgerFigures {
    /** How many records a reading lists at most (the reading tells how many there are). */
    public static final int RECORDS = 50;

    private final LawTraining training;
    private final DutyTracking duty;
    private final LedgerRecords records;

    public LedgerFigures(LawTraining training, DutyTracking duty) {
        this.training = training;
        this.duty = duty;
        this.records = new LedgerRecords(training, duty);
    }

    /** The unit's figure for the year with the records behind it. */
    public FigureReading read(Actor actor, LedgerFigure figure, int year, long orgId) {
        Years.check(year, "year");
        Count c = count(actor, figure, year, orgId);
        RecordKind kind = figure.records();
        PageResult<RecordRef> listed = records.list(actor, kind, orgId, year, null, new Page(RECORDS, 0));
        return new FigureReading(figure, year, orgId, c.value(), c.counts(),
                new LedgerList(kind, orgId, year, kind == RecordKind.STUDY_SESSION), listed.items(), listed.total());
    }

    /** All six figures of the unit for the year, in {@link LedgerFigure} order. */
    public Map<LedgerFigure, FigureReading> readAll(Actor actor, int year, long orgId) {
        Map<LedgerFigure, FigureReading> out = new EnumMap<>(LedgerFigure.class);
        for (LedgerFigure f : LedgerFigure.values()) {
            out.put(f, read(actor, f, year, orgId));
        }
        return out;
    }

    /** A figure's rate and what its two numbers count. */
    private record Count(Percent value, String counts) {
    }

    private Count count(Actor actor, LedgerFigure figure, int year, long orgId) {
        return switch (figure) {
            case STUDY_QUOTA -> studyQuota(actor, year, orgId);
            case COURT_APPEARANCE_RATE -> court(actor, year, orgId);
            case DUTY_COMPLETION_RATE -> {
                DutyFigures f = duty.duties().progress().progress(actor, year, orgId).total();
                yield new Count(f.rate(), "已完成 " + f.done() + " 项 / 应履职 " + (f.total() - f.notApplicable()) + " 项"
                        + (f.notApplicable() > 0 ? "(不适用 " + f.notApplicable() + " 项不计)" : ""));
            }
            case LAW_REPORT_COVERAGE -> {
                LawReportSummary s = duty.lawReports().summary(actor, year, orgId);
                yield new Count(Percent.of(s.reported(), s.leaders()),
                        "已述法 " + s.reported() + " 人 / 应述法主要负责人 " + s.leaders() + " 人");
            }
            case TEST_PASS_RATE -> {
                ExamStats s = training.exams().stats(actor, year, orgId);
                yield new Count(Percent.of(s.passedFinal(), s.people()),
                        "通过 " + s.passedFinal() + " 人 / 参加测试 " + s.people() + " 人");
            }
            case RECTIFICATION_CLOSED_ON_TIME -> {
                Percent p = duty.rectifications().onTime(actor, year, orgId);
                yield new Count(p, "按期销号 " + p.numerator() + " 项 / 到期 " + p.denominator() + " 项");
            }
        };
    }

    /** The unit's own row of the compliance board: its rules met of its rules. */
    private Count studyQuota(Actor actor, int year, long orgId) {
        LocalDate today = LocalDate.now(training.clock());
        long met = 0;
        long rules = 0;
        boolean onPace = false;
        for (UnitCompliance u : training.compliance().compute(actor, year, orgId, today)) {
            if (u.orgId() == orgId) {
                rules = u.rules().size();
                met = u.rules().stream().filter(UnitCompliance.RuleResult::compliant).count();
                onPace = u.rules().stream().anyMatch(r -> !r.finalJudgement());
            }
        }
        return new Count(Percent.of(met, rules), "达标 " + met + " 项 / 适用学法规则 " + rules + " 项"
                + (onPace ? "(按已结束季度的进度)" : ""));
    }

    private Count court(Actor actor, int year, long orgId) {
        AppearanceRates r = duty.appearance().rates(actor, year, orgId);
        long appeared = r.total().appeared();
        long counted = r.total().heard();
        String counts = switch (r.denominator()) {
            case HEARD -> "出庭 " + appeared + " 件 / 已开庭 " + counted + " 件(按审级)";
            case NOTIFIED -> "出庭 " + appeared + " 件 / 法院通知出庭 " + counted + " 件(按审级)";
            case HEARINGS -> "出庭 " + appeared + " 场 / 开庭 " + counted + " 场";
        };
        return new Count(r.total().rate(), counts);
    }
}
