package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.assessment.round.db.AnswerDao;
import org.fazhi.assessment.round.db.AnswerDao.AnswerRow;
import org.fazhi.assessment.round.db.RoundDao;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.Points;
import org.fazhi.model.Checks;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.jdbi.v3.core.Jdbi;

/**
 * Self-assessment: a unit fills in each leaf that applies to it (self score 0 … points, explanation) until
 * the self-assessment deadline, and submits, which locks its answers. Writers whose scope covers the unit
 * fill it in; readers whose scope covers it read it.
 */
public final class AnswerService extends LedgerService {
    public static final String ENTITY = "assessment-answer";
    public static final String UNIT_ENTITY = "assessment-unit";
    public static final int EXPLANATION_MAX = 5000;

    public AnswerService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /** Every leaf that applies to the unit, in the system's order, with what the unit has saved. */
    public List<Answer> answers(Actor actor, long roundId, long orgId) {
        return jdbi.withHandle(h -> {
            UnitDesk desk = UnitDesk.load(h, actor, roundId, orgId);
            AnswerDao dao = h.attach(AnswerDao.class);
            Map<String, AnswerRow> saved = dao.answers(roundId, orgId).stream()
                    .collect(Collectors.toMap(AnswerRow::code, r -> r));
            Map<String, List<AnswerEvidence>> evidence = new HashMap<>();
            for (AnswerEvidence e : dao.evidence(roundId, orgId)) {
                evidence.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
            }
            List<Answer> out = new ArrayList<>();
            for (Indicator leaf : desk.tree().leavesFor(desk.unit().kind())) {
                out.add(answer(leaf, saved.get(leaf.code()), evidence.getOrDefault(leaf.code(), List.of())));
            }
            return out;
        });
    }

    /** One leaf's answer. */
    public Answer answer(Actor actor, long roundId, long orgId, String code) {
        return jdbi.withHandle(h -> {
            UnitDesk desk = UnitDesk.load(h, actor, roundId, orgId);
            Indicator leaf = desk.leaf(code);
            AnswerDao dao = h.attach(AnswerDao.class);
            return answer(leaf, dao.answer(roundId, orgId, code).orElse(null),
                    dao.evidence(roundId, orgId).stream().filter(e -> e.code().equals(code)).toList());
        });
    }

    /**
     * Saves a leaf's self score and explanation.
     *
     * @param version the answer's version the user saw (0: nothing saved yet); null overwrites
     * @throws ValidationException {@code selfScore} below 0, above the leaf's points or with two decimals;
     *                             {@code explanation} too long
     * @throws org.fazhi.model.ConflictException after submission, after the deadline, or on a stale version
     */
    public Answer save(Actor actor, long roundId, long orgId, String code, BigDecimal selfScore, String explanation,
                       Integer version) {
        Scope.requireWriter(actor);
        String text = Checks.optionalText(explanation, "explanation", "自评说明", EXPLANATION_MAX);
        return jdbi.inTransaction(h -> {
            UnitDesk desk = UnitDesk.loadForChange(h, actor, roundId, orgId);
            Indicator leaf = desk.leaf(code);
            Integer self = selfScore == null ? null
                    : Points.tenths(selfScore, "selfScore", "指标“" + leaf.title() + "”的自评分", leaf.points());
            desk.requireEditable(h, code, today(), "修改");
            AnswerDao dao = h.attach(AnswerDao.class);
            AnswerRow before = dao.answer(roundId, orgId, code).orElse(null);
            int stored = before == null ? 0 : before.version();
            if (version != null && version != stored) {
                throw Versions.stale();
            }
            if (before == null) {
                dao.insert(roundId, orgId, code, self, text, now(), actor.username());
            } else {
                Versions.requireUpdated(dao.update(roundId, orgId, code, self, text, stored, now(), actor.username()));
            }
            Answer after = answer(leaf, dao.answer(roundId, orgId, code).orElseThrow(), List.of());
            audit.record(h, actor, before == null ? AuditLog.CREATE : AuditLog.UPDATE, ENTITY, roundId, orgId,
                    "自评“" + desk.unit().orgName() + "” " + code + " " + leaf.title() + ":"
                            + (self == null ? "未评分" : Points.text(Points.of(self)) + "分(满分" + Points.text(leaf.points()) + ")"),
                    before, after);
            return after;
        });
    }

    /**
     * Submits the unit's self-assessment, which locks its answers; every leaf needs a self score first. A unit
     * whose leaves were returned for 补充材料 submits again (until the review deadline) to hand them back.
     *
     * @param version the unit's version the user saw; null: the stored one
     * @throws ValidationException (field {@code answers}) naming the leaves still without a score
     */
    public RoundUnit submit(Actor actor, long roundId, long orgId, Integer version) {
        return inWriteTransaction(actor, h -> {
            UnitDesk desk = UnitDesk.loadForChange(h, actor, roundId, orgId);
            AnswerDao answers = h.attach(AnswerDao.class);
            RoundDao dao = h.attach(RoundDao.class);
            int expected = Versions.expected(version, desk.unit().version());
            boolean returned = answers.answers(roundId, orgId).stream().anyMatch(r -> r.returned() == 1);
            if (desk.unit().state() == UnitState.SUBMITTED && returned) {
                if (today().isAfter(desk.round().reviewDeadline())) {
                    throw new org.fazhi.model.ConflictException("reviewDeadline", "补充材料已于 " + desk.round().reviewDeadline()
                            + " 截止,不能再提交");
                }
                Versions.requireUpdated(dao.resubmit(roundId, orgId, expected, now(), actor.username()));
                int leaves = answers.resubmit(roundId, orgId);
                RoundUnit after = dao.unit(roundId, orgId).orElseThrow();
                audit.record(h, actor, AuditLog.UPDATE, UNIT_ENTITY, roundId, orgId, "“" + desk.unit().orgName()
                        + "”重新提交补充材料(" + leaves + "项指标,考核“" + desk.round().title() + "”)", desk.unit(), after);
                return after;
            }
            desk.requireOpen(today(), "提交");
            Map<String, AnswerRow> saved = answers.answers(roundId, orgId).stream()
                    .collect(Collectors.toMap(AnswerRow::code, r -> r));
            List<String> missing = desk.tree().leavesFor(desk.unit().kind()).stream()
                    .filter(l -> saved.get(l.code()) == null || saved.get(l.code()).selfTenths() == null)
                    .map(l -> l.code() + " " + l.title()).toList();
            if (!missing.isEmpty()) {
                throw new ValidationException("answers", "还有" + missing.size() + "项指标未填写自评分:"
                        + String.join("、", missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? "等" : ""));
            }
            Versions.requireUpdated(dao.submit(roundId, orgId, expected, now(), actor.username()));
            RoundUnit after = dao.unit(roundId, orgId).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, UNIT_ENTITY, roundId, orgId, "“" + desk.unit().orgName() + "”提交自评(考核“"
                    + desk.round().title() + "”)", desk.unit(), after);
            return after;
        });
    }

    static Answer answer(Indicator leaf, AnswerRow row, List<AnswerEvidence> evidence) {
        return new Answer(leaf.code(), leaf.title(), leaf.standard(), leaf.points(), leaf.veto(), leaf.evidenceKinds(),
                leaf.binding(), row == null ? null : Points.of(row.selfTenths()), row == null ? null : row.explanation(),
                evidence, row == null ? null : Points.of(row.reviewTenths()), row == null ? null : row.reason(),
                row != null && row.returned() == 1, row == null ? null : row.returnComment(), row != null && row.typical() == 1,
                row == null ? 0 : row.version(), row == null ? null : row.updatedAt(),
                row == null ? null : row.updatedBy());
    }
}
