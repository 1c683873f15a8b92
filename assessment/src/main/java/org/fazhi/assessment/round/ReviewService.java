package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.assessment.round.db.AnswerDao;
import org.fazhi.assessment.round.db.AnswerDao.AnswerRow;
import org.fazhi.assessment.round.db.AnswerDao.RectificationLink;
import org.fazhi.assessment.round.db.RoundDao;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.Points;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Checks;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Review of a submitted self-assessment by an organiser above the unit (or an admin), until the review
 * deadline: a score per leaf with a reason for every deduction, leaves returned for 补充材料 with a comment
 * (the unit changes them and submits again), and the confirmation that fixes the unit's scores. Answers
 * are marked 典型经验做法; a deduction can open a 整改 item in duty-tracking's ledger, linked both ways.
 */
public final class ReviewService extends LedgerService {
    public static final int REASON_MAX = 500;

    private final RectificationService rectifications;

    public ReviewService(Jdbi jdbi, AuditLog audit, Clock clock, RectificationService rectifications) {
        super(jdbi, audit, clock);
        this.rectifications = rectifications;
    }

    /** A 整改 item a deduction opened, as the assessment side keeps the link. */
    public record RectificationOrigin(long rectificationId, long roundId, String roundTitle, long orgId, String code,
                                      String title) {
    }

    /**
     * Scores a leaf of a submitted unit.
     *
     * @param version the answer's version the reviewer saw; null: the stored one
     * @throws ValidationException a score outside 0 … points, or a deduction without a reason (field {@code reason})
     */
    public Answer review(Actor actor, long roundId, long orgId, String code, BigDecimal score, String reason, Integer version) {
        String why = Checks.optionalText(reason, "reason", "扣分理由", REASON_MAX);
        return jdbi.inTransaction(h -> {
            UnitDesk desk = reviewing(h, actor, roundId, orgId, "评分");
            Indicator leaf = desk.leaf(code);
            int tenths = Points.tenths(score, "score", "指标“" + leaf.title() + "”的审核得分", leaf.points());
            if (tenths < leaf.points().movePointRight(1).intValueExact() && why == null) {
                throw new ValidationException("reason", "指标“" + leaf.title() + "”扣分(得" + Points.text(Points.of(tenths))
                        + "分,满分" + Points.text(leaf.points()) + "分)须填写扣分理由");
            }
            AnswerDao dao = h.attach(AnswerDao.class);
            AnswerRow before = dao.answer(roundId, orgId, code).orElseThrow(() -> new ConflictException("code",
                    "“" + desk.unit().orgName() + "”没有填写指标“" + leaf.title() + "”的自评,无可审核"));
            if (before.returned() == 1) {
                throw new ConflictException("returned", "指标“" + leaf.title() + "”已退回补充材料,待单位重新提交后再评分");
            }
            Versions.requireUpdated(dao.review(roundId, orgId, code, tenths, why, Versions.expected(version, before.version()),
                    now(), actor.username()));
            Answer after = AnswerService.answer(leaf, dao.answer(roundId, orgId, code).orElseThrow(), List.of());
            audit.record(h, actor, AuditLog.UPDATE, AnswerService.ENTITY, roundId, orgId, "审核“" + desk.unit().orgName() + "” "
                    + code + " " + leaf.title() + ":" + Points.text(Points.of(tenths)) + "分(满分" + Points.text(leaf.points())
                    + ")" + (why == null ? "" : ",理由:" + why), AnswerService.answer(leaf, before, List.of()), after);
            return after;
        });
    }

    /**
     * Returns leaves to the unit for 补充材料: the unit may change those answers and their evidence until the
     * review deadline and then submits again.
     *
     * @throws ValidationException without leaves ({@code codes}) or without a comment ({@code comment})
     */
    public List<Answer> returnLeaves(Actor actor, long roundId, long orgId, List<String> codes, String comment) {
        String c = Checks.requiredText(comment, "comment", "退回意见", REASON_MAX);
        if (codes == null || codes.isEmpty()) {
            throw new ValidationException("codes", "请选择要退回补充材料的指标");
        }
        return jdbi.inTransaction(h -> {
            UnitDesk desk = reviewing(h, actor, roundId, orgId, "退回");
            AnswerDao dao = h.attach(AnswerDao.class);
            List<Answer> out = new ArrayList<>();
            for (String code : new LinkedHashSet<>(codes)) {
                Indicator leaf = desk.leaf(code);
                dao.returnLeaf(roundId, orgId, code, c);
                out.add(AnswerService.answer(leaf, dao.answer(roundId, orgId, code).orElseThrow(), List.of()));
            }
            audit.record(h, actor, AuditLog.UPDATE, AnswerService.UNIT_ENTITY, roundId, orgId, "退回“" + desk.unit().orgName()
                    + "”补充材料:" + String.join("、", out.stream().map(Answer::code).toList()) + ",意见:" + c, null, null);
            return out;
        });
    }

    /**
     * Confirms a submitted unit's scores: its answers are final. Not while leaves wait for 补充材料.
     *
     * @param version the unit's version the reviewer saw; null: the stored one
     */
    public RoundUnit confirm(Actor actor, long roundId, long orgId, Integer version) {
        return jdbi.inTransaction(h -> {
            UnitDesk desk = reviewing(h, actor, roundId, orgId, "确认");
            long waiting = h.attach(AnswerDao.class).answers(roundId, orgId).stream().filter(r -> r.returned() == 1).count();
            if (waiting > 0) {
                throw new ConflictException("returned", "还有" + waiting + "项指标退回补充材料尚未重新提交,不能确认");
            }
            RoundDao dao = h.attach(RoundDao.class);
            Versions.requireUpdated(dao.confirm(roundId, orgId, Versions.expected(version, desk.unit().version()), now(),
                    actor.username()));
            RoundUnit after = dao.unit(roundId, orgId).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, AnswerService.UNIT_ENTITY, roundId, orgId, "确认“" + desk.unit().orgName()
                    + "”的考核结果(考核“" + desk.round().title() + "”)", desk.unit(), after);
            return after;
        });
    }

    /** Marks (or unmarks) a submitted answer as 典型经验做法; allowed after confirmation too. */
    public Answer markTypical(Actor actor, long roundId, long orgId, String code, boolean typical) {
        return inWriteTransaction(actor, h -> {
            UnitDesk desk = overseeing(h, actor, roundId, orgId);
            if (desk.unit().state() == UnitState.OPEN) {
                throw new ConflictException("state", "“" + desk.unit().orgName() + "”尚未提交自评,不能标记典型经验做法");
            }
            Indicator leaf = desk.leaf(code);
            AnswerDao dao = h.attach(AnswerDao.class);
            dao.markTypical(roundId, orgId, code, typical ? 1 : 0);
            Answer after = AnswerService.answer(leaf, dao.answer(roundId, orgId, code).orElseThrow(), List.of());
            audit.record(h, actor, AuditLog.UPDATE, AnswerService.ENTITY, roundId, orgId, (typical ? "标记" : "取消标记")
                    + "“" + desk.unit().orgName() + "” " + code + " " + leaf.title() + "为典型经验做法", null, null);
            return after;
        });
    }

    /**
     * Opens a 整改 item in duty-tracking's ledger for a deduction: the problem names the leaf, the score and the
     * reason; the round is its source. The link is kept on the assessment side ({@link #origin}).
     *
     * @throws ValidationException when the leaf was not scored below its points ({@code code}) or the deadline is
     *                             missing or before today ({@code deadline})
     */
    public Rectification openRectification(Actor actor, long roundId, long orgId, String code, LocalDate deadline) {
        Scope.requireWriter(actor);
        LocalDate today = today();
        Rectification draft = jdbi.withHandle(h -> {
            UnitDesk desk = overseeing(h, actor, roundId, orgId);
            Indicator leaf = desk.leaf(code);
            AnswerRow row = h.attach(AnswerDao.class).answer(roundId, orgId, code).orElse(null);
            if (row == null || row.reviewTenths() == null
                    || row.reviewTenths() >= leaf.points().movePointRight(1).intValueExact()) {
                throw new ValidationException("code", "指标“" + leaf.title() + "”没有审核扣分,无需整改");
            }
            String problem = "示范创建考核扣分:" + code + " " + leaf.title() + "(得" + Points.text(Points.of(row.reviewTenths()))
                    + "分,满分" + Points.text(leaf.points()) + "分)。" + (row.reason() == null ? "" : "扣分理由:" + row.reason());
            if (problem.length() > Rectification.PROBLEM_MAX) {
                problem = problem.substring(0, Rectification.PROBLEM_MAX - 1) + "…";
            }
            String source = desk.round().title().length() > 100 ? desk.round().title().substring(0, 100) : desk.round().title();
            if (deadline != null && deadline.isBefore(today)) {
                throw new ValidationException("deadline", "整改期限 " + deadline + " 不能早于今天(" + today + ")");
            }
            return Rectification.draft(orgId, problem, source, today, deadline, null, null);
        });
        Rectification opened = rectifications.create(actor, draft);
        try {
            jdbi.useTransaction(h -> {
                h.attach(AnswerDao.class).linkRectification(opened.id(), roundId, orgId, code, now(), actor.username());
                audit.record(h, actor, AuditLog.CREATE, AnswerService.ENTITY, roundId, orgId, "为考核扣分开启整改事项(编号 "
                        + opened.id() + "):" + code, null, null);
            });
        } catch (RuntimeException e) {
            rectifications.delete(actor, opened.id());
            throw e;
        }
        return opened;
    }

    /** The assessment answer a 整改 item was opened from, if it was; within the actor's scope. */
    public Optional<RectificationOrigin> origin(Actor actor, long rectificationId) {
        return jdbi.withHandle(h -> {
            Optional<RectificationLink> link = h.attach(AnswerDao.class).byRectification(rectificationId);
            if (link.isEmpty()) {
                return Optional.empty();
            }
            RectificationLink l = link.get();
            UnitDesk desk = UnitDesk.load(h, actor, l.roundId(), l.orgId());
            return Optional.of(new RectificationOrigin(rectificationId, l.roundId(), desk.round().title(), l.orgId(), l.code(),
                    desk.tree().get(l.code()).title()));
        });
    }

    /** The 整改 items opened from a unit's answers in a round, by rectification id. */
    public List<RectificationOrigin> rectifications(Actor actor, long roundId, long orgId) {
        return jdbi.withHandle(h -> {
            UnitDesk desk = UnitDesk.load(h, actor, roundId, orgId);
            return h.attach(AnswerDao.class).rectifications(roundId, orgId).stream().map(l -> new RectificationOrigin(
                    l.rectificationId(), roundId, desk.round().title(), orgId, l.code(), desk.tree().get(l.code()).title())).toList();
        });
    }

    /** The unit's desk for a reviewer: above the unit (or an admin), the unit submitted, before the review deadline. */
    private UnitDesk reviewing(Handle h, Actor actor, long roundId, long orgId, String what) {
        Scope.requireWriter(actor);
        UnitDesk desk = overseeing(h, actor, roundId, orgId);
        switch (desk.unit().state()) {
            case OPEN -> throw new ConflictException("state", "“" + desk.unit().orgName() + "”尚未提交自评,不能" + what);
            case CONFIRMED -> throw new ConflictException("state", "“" + desk.unit().orgName() + "”的考核结果已确认,不能再" + what);
            default -> {
            }
        }
        LocalDate today = today();
        if (today.isAfter(desk.round().reviewDeadline())) {
            throw new ConflictException("reviewDeadline", "审核已于 " + desk.round().reviewDeadline() + " 截止,不能再" + what);
        }
        return desk;
    }

    private static UnitDesk overseeing(Handle h, Actor actor, long roundId, long orgId) {
        UnitDesk desk = UnitDesk.loadForChange(h, actor, roundId, orgId);
        if (!Scope.oversees(actor, orgId)) {
            throw new AccessDeniedException("审核须由上级单位的组织者或管理员办理,本单位账号不能审核本单位");
        }
        return desk;
    }
}
