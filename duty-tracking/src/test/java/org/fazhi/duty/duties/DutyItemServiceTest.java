package org.fazhi.duty.duties;

import static org.fazhi.duty.duties.DutyDesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Duty items: filters, OVERDUE by date, edits with versions, NOT_APPLICABLE reasons, who may do what. */
class DutyItemServiceTest {
    @AutoClose
    final DutyDesk d = new DutyDesk();
    final DutyItemService items = d.duties.items();

    @BeforeEach
    void open() {
        d.plan2024();
    }

    private PageResult<DutyItem> list(Actor actor, DutyFilter f) {
        return items.list(actor, f, Page.FIRST);
    }

    private static DutyFilter status(DutyStatus s) {
        return new DutyFilter(null, 2024, null, null, s, null, null);
    }

    @Test
    void theListFiltersByUnitSubtreePersonStatusReviewAndText() {
        // Two county heads owe seven duties, the four other principals five (no 政府常务会议 duties).
        assertEquals(34, list(ADMIN, DutyFilter.year(2024)).total());
        assertEquals(0, list(ADMIN, DutyFilter.year(2023)).total());
        assertEquals(10, list(ADMIN, DutyFilter.year(2024).withOrg(d.court.justice.id())).total(), "司法局 and 公证处");
        assertEquals(27, list(ADMIN, DutyFilter.year(2024).withOrg(d.court.county.id())).total());
        assertEquals(5, list(ADMIN, new DutyFilter(null, null, d.townHead.id(), null, null, null, null)).total());
        assertEquals(6, list(ADMIN, new DutyFilter(null, 2024, null, "court_appearance", null, null, null)).total(),
                "codes match whatever their case");
        assertEquals(12, list(ADMIN, status(DutyStatus.OVERDUE)).total(), "WORK_PLAN and ANNUAL_REPORT of six leaders");
        assertEquals(22, list(ADMIN, status(DutyStatus.NOT_STARTED)).total());
        assertEquals(34, list(ADMIN, new DutyFilter(null, 2024, null, null, null, ReviewState.DRAFT, null)).total());
        assertEquals(5, list(ADMIN, new DutyFilter(null, 2024, null, null, null, null, "孙主任")).total());
        assertEquals(6, list(ADMIN, new DutyFilter(null, 2024, null, null, null, null, "年度报告")).total());
        assertEquals(5, list(ADMIN, new DutyFilter(null, 2024, null, null, null, null, "公证处")).total());
        assertEquals(4, list(ADMIN, new DutyFilter(null, 2024, null, null, null, null, "常务会议")).total(),
                "the two 政府常务会议 duties of the two county heads only");

        PageResult<DutyItem> page = items.list(ADMIN, DutyFilter.year(2024), new Page(10, 30));
        assertEquals(34, page.total());
        assertEquals(4, page.items().size());
    }

    @Test
    void anItemTurnsOverdueTheDayAfterItsDueDateUnlessDoneOrNotApplicable() {
        d.clock.set(LocalDate.of(2024, 3, 31));
        assertEquals(DutyStatus.NOT_STARTED, d.item(d.townHead, 2024, "WORK_PLAN").status(), "due today is not late");
        d.clock.set(LocalDate.of(2024, 4, 1));
        assertEquals(DutyStatus.OVERDUE, d.item(d.townHead, 2024, "WORK_PLAN").status());
        assertEquals(DutyStatus.NOT_STARTED, d.item(d.townHead, 2024, "ANNUAL_REPORT").status());
        d.set(d.townHead, "ANNUAL_REPORT", DutyStatus.IN_PROGRESS, null);
        d.clock.set(LocalDate.of(2024, 4, 2));
        assertEquals(DutyStatus.OVERDUE, d.item(d.townHead, 2024, "ANNUAL_REPORT").status(), "in progress but late");
        d.set(d.townHead, "WORK_PLAN", DutyStatus.DONE, null);
        d.set(d.townHead, "ANNUAL_REPORT", DutyStatus.NOT_APPLICABLE, "本年度机构改革,年度报告由县政府统一编制");
        d.clock.set(LocalDate.of(2025, 1, 1));
        assertEquals(DutyStatus.DONE, d.item(d.townHead, 2024, "WORK_PLAN").status());
        assertEquals(DutyStatus.NOT_APPLICABLE, d.item(d.townHead, 2024, "ANNUAL_REPORT").status());
        assertEquals(DutyStatus.OVERDUE, d.item(d.townHead, 2024, "YEAR_END_REPORT").status());
        assertEquals(32, list(ADMIN, status(DutyStatus.OVERDUE)).total());
    }

    @Test
    void anEditOnAnOldVersionIsRefused() {
        DutyItem i = d.item(d.justiceHead, 2024, "YEAR_END_REPORT");
        DutyDetail saved = items.update(ADMIN, i.id(), new DutyChanges(DutyStatus.IN_PROGRESS, null, "已列入会议计划", null),
                i.version());
        assertEquals(DutyStatus.IN_PROGRESS, saved.item().status());
        assertEquals("已列入会议计划", saved.item().note());
        assertEquals(i.version() + 1, saved.item().version());
        ConflictException e = assertThrows(ConflictException.class, () -> items.update(ADMIN, i.id(),
                new DutyChanges(DutyStatus.NOT_STARTED, null, null, null), i.version()));
        assertEquals("version", e.field());
        assertEquals("已列入会议计划", items.get(ADMIN, i.id()).note());
        assertEquals(1, d.court.audit(DutyAccess.ITEM, i.id()).size());
    }

    @Test
    void notApplicableNeedsAReasonWhichGoesWithIt() {
        DutyItem i = d.item(d.justiceHead, 2024, "MAJOR_DECISIONS");
        for (String missing : new String[] {null, "  "}) {
            ValidationException e = assertThrows(ValidationException.class, () -> items.update(ADMIN, i.id(),
                    new DutyChanges(DutyStatus.NOT_APPLICABLE, missing, null, null), null));
            assertEquals("naReason", e.field());
            assertTrue(e.getMessage().contains("不适用理由"), e.getMessage());
        }
        DutyItem na = items.update(ADMIN, i.id(), new DutyChanges(DutyStatus.NOT_APPLICABLE, " 本年度未作出重大行政决策 ", null, null),
                null).item();
        assertEquals("本年度未作出重大行政决策", na.naReason());
        DutyItem back = items.update(ADMIN, i.id(), new DutyChanges(DutyStatus.IN_PROGRESS, "本年度未作出重大行政决策", null, null),
                null).item();
        assertNull(back.naReason(), "a reason is kept only with NOT_APPLICABLE");
        assertEquals("status", assertThrows(ValidationException.class,
                () -> items.update(ADMIN, i.id(), new DutyChanges(null, null, null, null), null)).field());
    }

    @Test
    void overdueIsReadNotWritten() {
        DutyItem late = d.item(d.justiceHead, 2024, "WORK_PLAN");
        DutyItem kept = items.update(ADMIN, late.id(), new DutyChanges(DutyStatus.OVERDUE, null, "补充说明", null), null).item();
        assertEquals(DutyStatus.NOT_STARTED, kept.recordedStatus(), "OVERDUE sent back as read keeps the stored status");
        assertEquals("补充说明", kept.note());
        DutyItem onTime = d.item(d.justiceHead, 2024, "YEAR_END_REPORT");
        assertEquals("status", assertThrows(ValidationException.class, () -> items.update(ADMIN, onTime.id(),
                new DutyChanges(DutyStatus.OVERDUE, null, null, null), null)).field());
    }

    @Test
    void theUnitEditsItsItemsButTheOrganiserAboveMovesDueDatesAndDeclaresDone() {
        Actor unit = Court.organiser(d.court.justice);
        DutyItem i = d.item(d.justiceHead, 2024, "WORK_PLAN");
        DutyItem edited = items.update(unit, i.id(), new DutyChanges(DutyStatus.IN_PROGRESS, null, "草案已起草", i.dueDate()),
                null).item();
        assertEquals(DutyStatus.OVERDUE, edited.status());
        assertThrows(AccessDeniedException.class, () -> items.update(unit, i.id(),
                new DutyChanges(DutyStatus.IN_PROGRESS, null, null, LocalDate.of(2024, 12, 31)), null));
        assertThrows(AccessDeniedException.class, () -> items.update(unit, i.id(),
                new DutyChanges(DutyStatus.DONE, null, null, null), null));

        Actor countyOrganiser = Court.organiser(d.court.county);
        DutyItem moved = items.update(countyOrganiser, i.id(),
                new DutyChanges(DutyStatus.IN_PROGRESS, null, "延期", LocalDate.of(2024, 9, 30)), null).item();
        assertEquals(LocalDate.of(2024, 9, 30), moved.dueDate());
        assertEquals(DutyStatus.IN_PROGRESS, moved.status(), "no longer late");
        // The unit of the 公证处 is below the 司法局: its organiser oversees it.
        DutyItem notary = d.item(d.notaryHead, 2024, "WORK_PLAN");
        assertEquals(DutyStatus.DONE, items.update(unit, notary.id(), new DutyChanges(DutyStatus.DONE, null, null, null),
                null).item().status());
    }

    @Test
    void aScopedUserNeitherSeesNorChangesAnotherUnitsItems() {
        Actor justice = Court.organiser(d.court.justice);
        DutyItem finance = d.item(d.financeHead, 2024, "WORK_PLAN");
        assertEquals(10, list(justice, DutyFilter.year(2024)).total(), "its own subtree only");
        assertThrows(AccessDeniedException.class, () -> list(justice, DutyFilter.year(2024).withOrg(d.court.finance.id())));
        assertThrows(AccessDeniedException.class, () -> items.get(justice, finance.id()));
        assertThrows(AccessDeniedException.class, () -> items.detail(justice, finance.id()));
        assertThrows(AccessDeniedException.class, () -> items.update(justice, finance.id(),
                new DutyChanges(DutyStatus.IN_PROGRESS, null, null, null), null));
        assertEquals(DutyStatus.NOT_STARTED, d.item(d.financeHead, 2024, "WORK_PLAN").recordedStatus());
        assertThrows(NotFoundException.class, () -> items.get(ADMIN, 99999));

        Actor viewer = Court.viewer(d.court.justice);
        DutyItem own = d.item(d.justiceHead, 2024, "WORK_PLAN");
        assertEquals(own, items.get(viewer, own.id()));
        assertThrows(AccessDeniedException.class, () -> items.update(viewer, own.id(),
                new DutyChanges(DutyStatus.IN_PROGRESS, null, null, null), null));
    }

    @Test
    void theDetailCarriesEvidenceAndTheReviewTrail() {
        DutyItem i = d.item(d.justiceHead, 2024, "YEAR_END_REPORT");
        d.duties.evidence().addNote(ADMIN, i.id(), "会议纪要摘要", "2024年5月局务会议上述法", LocalDate.of(2024, 5, 20));
        d.duties.reviews().submit(ADMIN, i.id(), null);
        DutyDetail detail = items.detail(ADMIN, i.id());
        assertEquals(1, detail.item().evidenceCount());
        assertEquals(List.of("会议纪要摘要"), detail.evidence().stream().map(Evidence::title).toList());
        assertEquals(List.of(ReviewAction.SUBMIT), detail.reviews().stream().map(DutyReview::action).toList());
    }
}
