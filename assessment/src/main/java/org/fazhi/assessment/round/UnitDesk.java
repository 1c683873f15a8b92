package org.fazhi.assessment.round;

import java.time.LocalDate;
import org.fazhi.assessment.round.db.AnswerDao;
import org.fazhi.assessment.round.db.RoundDao;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Handle;

/**
 * One unit's self-assessment in a round, loaded with the scope checked: the round, the unit's place in it
 * and the pinned system's tree; and the rules of when its answers may change.
 */
record UnitDesk(Round round, RoundUnit unit, IndicatorTree tree) {
    /** The round as the actor sees it and the unit, which must be in it and within the actor's scope. */
    static UnitDesk load(Handle h, Actor actor, long roundId, long orgId) {
        Round round = RoundService.visible(h, actor, roundId);
        Scope.requireWithin(h, actor, orgId);
        RoundUnit unit = h.attach(RoundDao.class).unit(roundId, orgId)
                .orElseThrow(() -> new NotFoundException("该单位不在考核“" + round.title() + "”的参评单位中"));
        return new UnitDesk(round, unit, IndicatorSystemService.inTransaction(h, round.systemId()).tree());
    }

    /**
     * The desk about to change (answers, evidence, review): as {@link #load}, and the unit not one received by
     * 报送 — its answers come with its packages and are read-only here.
     */
    static UnitDesk loadForChange(Handle h, Actor actor, long roundId, long orgId) {
        UnitDesk desk = load(h, actor, roundId, orgId);
        Scope.requireWritable(h, orgId);
        return desk;
    }

    /** The leaf {@code code} as it applies to this unit. */
    Indicator leaf(String code) {
        Indicator i = code == null ? null : tree.get(code);
        if (i == null || !tree.isLeaf(code) || !tree.appliesTo(code, unit.kind())) {
            throw new NotFoundException("考核“" + round.title() + "”中没有适用于“" + unit.orgName() + "”的末级指标 " + code);
        }
        return i;
    }

    /**
     * Refuses a change of the answer to {@code code} unless the unit has not submitted and the self-assessment
     * deadline has not passed, or the leaf was returned for 补充材料 and the review deadline has not passed.
     */
    void requireEditable(Handle h, String code, LocalDate today, String what) {
        if (unit.state() == UnitState.SUBMITTED && h.attach(AnswerDao.class).answer(round.id(), unit.orgId(), code)
                .map(r -> r.returned() == 1).orElse(false)) {
            if (today.isAfter(round.reviewDeadline())) {
                throw new ConflictException("reviewDeadline", "补充材料已于 " + round.reviewDeadline() + " 截止,不能再" + what);
            }
            return;
        }
        requireOpen(today, what);
    }

    /** Refuses a change once the unit has submitted, or after the self-assessment deadline. */
    void requireOpen(LocalDate today, String what) {
        if (unit.state() == UnitState.CONFIRMED) {
            throw new ConflictException("state", "“" + unit.orgName() + "”的考核结果已确认,不能再" + what);
        }
        if (unit.state() != UnitState.OPEN) {
            throw new ConflictException("state", "“" + unit.orgName() + "”已提交自评,自评内容已锁定,不能再" + what);
        }
        if (today.isAfter(round.selfDeadline())) {
            throw new ConflictException("selfDeadline", "自评已于 " + round.selfDeadline() + " 截止,不能再" + what);
        }
    }
}
