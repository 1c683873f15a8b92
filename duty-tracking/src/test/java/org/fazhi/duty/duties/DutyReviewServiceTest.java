package org.fazhi.duty.duties;

import static org.fazhi.duty.duties.DutyDesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review: the unit submits, the organiser above approves or returns; each step logged; wrong steps refused. */
class DutyReviewServiceTest {
    static final LocalDate MAY = LocalDate.of(2024, 5, 20);

    @AutoClose
    final DutyDesk d = new DutyDesk();
    final DutyReviewService reviews = d.duties.reviews();
    Actor unit;
    Actor county;
    DutyItem item;

    @BeforeEach
    void open() {
        d.plan2024();
        unit = Court.organiser(d.court.justice);
        county = Court.organiser(d.court.county);
        item = d.item(d.justiceHead, 2024, "YEAR_END_REPORT");
    }

    private void note(DutyItem i) {
        d.duties.evidence().addNote(unit, i.id(), "情况说明", "5月局务会议上述法", MAY);
    }

    @Test
    void submittedThenApprovedIsDone() {
        note(item);
        DutyDetail submitted = reviews.submit(unit, item.id(), "请审核");
        assertEquals(ReviewState.SUBMITTED, submitted.item().reviewState());
        assertEquals(DutyStatus.IN_PROGRESS, submitted.item().status(), "a NOT_STARTED item is in progress once submitted");
        assertEquals(item.version() + 1, submitted.item().version());

        DutyDetail approved = reviews.approve(county, item.id(), "材料齐全");
        assertEquals(ReviewState.APPROVED, approved.item().reviewState());
        assertEquals(DutyStatus.DONE, approved.item().status());
        List<DutyReview> trail = approved.reviews();
        assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE), trail.stream().map(DutyReview::action).toList());
        assertEquals(List.of("请审核", "材料齐全"), trail.stream().map(DutyReview::comment).toList());
        assertEquals(List.of("zuzhi", "zuzhi"), trail.stream().map(DutyReview::actor).toList());
        List<AuditEntry> audit = d.court.audit(DutyAccess.ITEM, item.id());
        assertEquals(2, audit.size());
        assertTrue(audit.get(0).summary().startsWith("审核通过"), audit.get(0).summary());

        assertThrows(ConflictException.class, () -> d.duties.items().update(ADMIN, item.id(),
                new DutyChanges(DutyStatus.IN_PROGRESS, null, null, null), null), "an approved item is closed");
    }

    @Test
    void aReturnNeedsACommentAndSendsTheItemBackToTheUnit() {
        note(item);
        reviews.submit(unit, item.id(), null);
        assertEquals("comment", assertThrows(ValidationException.class, () -> reviews.sendBack(county, item.id(), " ")).field());
        DutyDetail back = reviews.sendBack(county, item.id(), "缺少会议纪要");
        assertEquals(ReviewState.RETURNED, back.item().reviewState());
        assertEquals(DutyStatus.IN_PROGRESS, back.item().status());
        assertEquals("缺少会议纪要", back.reviews().get(1).comment());

        DutyDetail again = reviews.submit(unit, item.id(), "已补充");
        assertEquals(ReviewState.SUBMITTED, again.item().reviewState());
        reviews.approve(ADMIN, item.id(), null);
        DutyDetail reopened = reviews.sendBack(ADMIN, item.id(), "抽查发现纪要日期有误,请更正");
        assertEquals(ReviewState.RETURNED, reopened.item().reviewState(), "a return reopens an approved item");
        assertEquals(DutyStatus.IN_PROGRESS, reopened.item().status());
        assertEquals(5, reopened.reviews().size());
    }

    @Test
    void submittingNeedsEvidenceOrAReasonForNotApplicable() {
        ValidationException e = assertThrows(ValidationException.class, () -> reviews.submit(unit, item.id(), null));
        assertEquals("evidence", e.field());
        DutyItem decisions = d.item(d.justiceHead, 2024, "MAJOR_DECISIONS");
        d.duties.items().update(unit, decisions.id(),
                new DutyChanges(DutyStatus.NOT_APPLICABLE, "本年度未作出重大行政决策", null, null), null);
        assertEquals(ReviewState.SUBMITTED, reviews.submit(unit, decisions.id(), null).item().reviewState());
        DutyDetail approved = reviews.approve(county, decisions.id(), "理由成立");
        assertEquals(DutyStatus.NOT_APPLICABLE, approved.item().status(), "approval accepts the reason, not DONE");
        assertEquals("本年度未作出重大行政决策", approved.item().naReason());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertEquals("reviewState", assertThrows(ConflictException.class, () -> reviews.approve(county, item.id(), null)).field());
        assertThrows(ConflictException.class, () -> reviews.sendBack(county, item.id(), "退回"));
        note(item);
        reviews.submit(unit, item.id(), null);
        ConflictException twice = assertThrows(ConflictException.class, () -> reviews.submit(unit, item.id(), null));
        assertTrue(twice.getMessage().contains("已提交审核"), twice.getMessage());
        reviews.approve(county, item.id(), null);
        assertThrows(ConflictException.class, () -> reviews.approve(county, item.id(), null));
        assertThrows(ConflictException.class, () -> reviews.submit(unit, item.id(), null));
        assertEquals(2, d.court.audit(DutyAccess.ITEM, item.id()).size(), "refused steps leave no trace");
    }

    @Test
    void aUnitDoesNotSignOffItsOwnDutiesAndViewersDoNothing() {
        note(item);
        assertThrows(AccessDeniedException.class, () -> reviews.submit(Court.viewer(d.court.justice), item.id(), null));
        reviews.submit(unit, item.id(), null);
        AccessDeniedException own = assertThrows(AccessDeniedException.class, () -> reviews.approve(unit, item.id(), null));
        assertTrue(own.getMessage().contains("组织单位"), own.getMessage());
        assertThrows(AccessDeniedException.class, () -> reviews.sendBack(unit, item.id(), "自己退回"));
        assertThrows(AccessDeniedException.class, () -> reviews.approve(Court.viewer(null), item.id(), null));
        assertThrows(AccessDeniedException.class, () -> reviews.approve(Court.organiser(d.court.finance), item.id(), null),
                "another unit's organiser");
        assertEquals(ReviewState.APPROVED, reviews.approve(Court.organiser(null), item.id(), null).item().reviewState(),
                "an organiser of the whole ledger reviews");
    }
}
