package org.fazhi.duty.rectify;

import static org.fazhi.duty.Court.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The 整改 ledger over a real ledger, on fixed days: steps to 销号, refusals, overdue, scope, figures. */
class RectificationServiceTest {
    static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    @AutoClose
    final Court c = new Court();
    final RectificationService items = on(TODAY);

    /** The service as it runs on {@code day}, over the same ledger. */
    private RectificationService on(LocalDate day) {
        ZoneId zone = c.core.audit().zone();
        return new RectificationService(c.ledger.database().jdbi(), c.core.audit(),
                Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone));
    }

    private Rectification item(Org org, String problem, String found, String deadline) {
        return items.create(ADMIN, Rectification.draft(org.id(), problem, "2024年法治政府建设督察",
                LocalDate.parse(found), LocalDate.parse(deadline), null, "张科长"));
    }

    private static Rectification edit(Rectification r, String deadline, String measures) {
        return Rectification.draft(r.orgId(), r.problem(), r.source(), r.foundOn(), LocalDate.parse(deadline), measures,
                r.responsible());
    }

    @Test
    void anItemIsRecordedOpenAndMovedThroughTo销号WithItsTrail() {
        Rectification r = item(c.justice, "行政执法案卷不规范", "2024-03-01", "2024-07-31");
        assertEquals(RectificationStatus.OPEN, r.status());
        assertEquals("县司法局", r.orgName());
        assertFalse(r.overdue());
        assertEquals(r, items.find(ADMIN, r.id()));
        long id = r.id();

        r = items.start(ADMIN, id, 0, "已制定整改方案");
        assertEquals(RectificationStatus.IN_PROGRESS, r.status());
        assertEquals(1, r.version());
        assertEquals("measures", assertThrows(ValidationException.class,
                () -> items.markRectified(ADMIN, id, null, " ", null)).field(), "no measures yet: say what was done");
        r = items.markRectified(ADMIN, id, 1, "重新评查案卷120份,建立案卷评查制度", null);
        assertEquals(RectificationStatus.RECTIFIED, r.status());
        assertEquals("重新评查案卷120份,建立案卷评查制度", r.measures());

        assertEquals("reason", assertThrows(ValidationException.class, () -> items.reopen(ADMIN, id, null, "")).field());
        r = items.reopen(ADMIN, id, null, "抽查仍有3份案卷缺少法制审核意见");
        assertEquals(RectificationStatus.IN_PROGRESS, r.status());
        r = items.markRectified(ADMIN, id, null, null, "补充法制审核意见");
        assertEquals("重新评查案卷120份,建立案卷评查制度", r.measures(), "the stored measures count");

        assertEquals("closingNote", assertThrows(ValidationException.class, () -> items.close(ADMIN, id, null, null)).field());
        r = items.close(ADMIN, id, r.version(), "经核查,整改到位,同意销号");
        assertEquals(RectificationStatus.CLOSED, r.status());
        assertEquals(TODAY, r.closedOn());
        assertEquals("经核查,整改到位,同意销号", r.closingNote());

        List<RectificationStep> steps = items.steps(ADMIN, id);
        assertEquals(List.of(StepAction.START, StepAction.RECTIFIED, StepAction.REOPEN, StepAction.RECTIFIED, StepAction.CLOSE),
                steps.stream().map(RectificationStep::action).toList());
        assertEquals(RectificationStatus.RECTIFIED, steps.get(2).fromStatus());
        assertEquals(RectificationStatus.IN_PROGRESS, steps.get(2).toStatus());
        assertEquals("抽查仍有3份案卷缺少法制审核意见", steps.get(2).comment());
        assertEquals("admin", steps.get(4).actor());
        List<AuditEntry> trail = c.audit("rectification", id);
        assertEquals(6, trail.size(), "created and five steps, each audited");
        assertTrue(trail.get(0).summary().startsWith("销号:"), trail.get(0).summary());
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheCurrentStatusNamed() {
        Rectification r = item(c.justice, "重大决策未经合法性审查", "2024-03-01", "2024-07-31");
        long id = r.id();
        ConflictException early = assertThrows(ConflictException.class, () -> items.close(ADMIN, id, null, "同意销号"));
        assertEquals("status", early.field());
        assertEquals("只有“已整改待销号”的事项可以销号,该事项当前为“待整改”", early.getMessage());
        assertEquals("只有“已整改待销号”的事项可以退回重新整改,该事项当前为“待整改”",
                assertThrows(ConflictException.class, () -> items.reopen(ADMIN, id, null, "理由")).getMessage());
        items.start(ADMIN, id, null, null);
        assertEquals("只有“待整改”的事项可以开始整改,该事项当前为“整改中”",
                assertThrows(ConflictException.class, () -> items.start(ADMIN, id, null, null)).getMessage());
        items.markRectified(ADMIN, id, null, "补做合法性审查", null);
        items.close(ADMIN, id, null, "同意销号");
        assertTrue(assertThrows(ConflictException.class, () -> items.markRectified(ADMIN, id, null, "再改", null))
                .getMessage().contains("当前为“已销号”"));
        assertEquals("status", assertThrows(ConflictException.class, () -> items.reopen(ADMIN, id, null, "重新整改")).field(),
                "a 销号'd item stays closed");
        assertEquals("status", assertThrows(ConflictException.class,
                () -> items.update(ADMIN, id, edit(items.find(ADMIN, id), "2024-12-31", "补做"), null)).field(),
                "and cannot be edited");
        assertEquals(RectificationStatus.CLOSED, items.find(ADMIN, id).status());
    }

    @Test
    void badItemsAreRefusedWithEveryFieldNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Rectification.draft(0, " ", null,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30), null, null));
        assertEquals(Set.of("orgId", "problem", "deadline"), e.all().stream().map(ValidationException::field).collect(Collectors.toSet()));
        assertTrue(e.all().stream().anyMatch(p -> p.getMessage().equals("整改期限不能早于发现日期 2024-05-01")));
        assertEquals(Set.of("foundOn", "deadline"), assertThrows(ValidationException.class,
                () -> Rectification.draft(1, "问题", null, null, null, null, null)).all().stream()
                .map(ValidationException::field).collect(Collectors.toSet()));
        Rectification sameDay = Rectification.draft(1, "问题", null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), null, null);
        assertEquals(sameDay.foundOn(), sameDay.deadline(), "due the day it was found is allowed");

        assertEquals("orgId", assertThrows(ValidationException.class, () -> items.create(ADMIN,
                Rectification.draft(99999, "问题", null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), null, null))).field());
        Rectification closedDraft = new Rectification(null, c.justice.id(), null, "问题", null, LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 6, 1), null, null, RectificationStatus.CLOSED, null, null, false, 0);
        assertEquals("status", assertThrows(ValidationException.class, () -> items.create(ADMIN, closedDraft)).field());
        assertEquals(0, items.list(ADMIN, RectificationFilter.ALL, Page.FIRST).total(), "nothing written");

        Rectification r = item(c.justice, "问题", "2024-05-01", "2024-06-30");
        Rectification jump = new Rectification(null, r.orgId(), null, r.problem(), null, r.foundOn(), r.deadline(), null,
                null, RectificationStatus.CLOSED, null, null, false, 0);
        assertEquals("status", assertThrows(ValidationException.class, () -> items.update(ADMIN, r.id(), jump, null)).field(),
                "the status moves only through the steps");
    }

    @Test
    void editsFollowTheVersionTheyWereMadeOn() {
        Rectification r = item(c.justice, "执法公示不及时", "2024-03-01", "2024-05-31");
        Rectification after = items.update(ADMIN, r.id(), edit(r, "2024-08-31", "建立公示台账"), 0);
        assertEquals(LocalDate.of(2024, 8, 31), after.deadline());
        assertEquals(1, after.version());
        assertEquals("version", assertThrows(ConflictException.class,
                () -> items.update(ADMIN, r.id(), edit(r, "2024-09-30", null), 0)).field());
        assertEquals("version", assertThrows(ConflictException.class, () -> items.start(ADMIN, r.id(), 0, null)).field(),
                "a step on an old version too");
        assertEquals(RectificationStatus.OPEN, items.find(ADMIN, r.id()).status());
        assertTrue(items.steps(ADMIN, r.id()).isEmpty(), "a refused step leaves no trail");
        assertEquals(RectificationStatus.RECTIFIED, items.markRectified(ADMIN, r.id(), 1, null, null).status(),
                "the current version goes through, with the measures stored by the edit");
    }

    @Test
    void overdueMeansNotClosedAndPastTheDeadline() {
        Rectification yesterday = item(c.justice, "逾期一天", "2024-05-01", "2024-06-14");
        Rectification today = item(c.justice, "今天到期", "2024-05-01", "2024-06-15");
        Rectification rectified = item(c.justice, "已整改未销号", "2024-05-01", "2024-06-01");
        Rectification closed = item(c.justice, "已销号", "2024-05-01", "2024-06-01");
        items.markRectified(ADMIN, rectified.id(), null, "已整改", null);
        items.markRectified(ADMIN, closed.id(), null, "已整改", null);
        items.close(ADMIN, closed.id(), null, "同意销号");

        assertTrue(items.find(ADMIN, yesterday.id()).overdue());
        assertFalse(items.find(ADMIN, today.id()).overdue(), "due today is not late yet");
        assertTrue(items.find(ADMIN, rectified.id()).overdue(), "rectified but not 销号'd by the deadline");
        assertFalse(items.find(ADMIN, closed.id()).overdue());
        assertEquals(Set.of("逾期一天", "已整改未销号"), problems(items, RectificationFilter.of(null, null, "OVERDUE", null)));
        assertEquals(Set.of("逾期一天", "已整改未销号"), problems(items, RectificationFilter.of(null, null, "已逾期", null)));
        assertEquals(Set.of("逾期一天", "今天到期", "已整改未销号"), problems(on(LocalDate.of(2024, 6, 16)),
                RectificationFilter.of(null, null, "OVERDUE", null)), "a day later");
        assertEquals(Set.of(), problems(on(LocalDate.of(2024, 5, 31)), RectificationFilter.of(null, null, "OVERDUE", null)));
    }

    @Test
    void listsFilterByYearStatusTextAndSubtree() {
        item(c.justice, "跨年问题", "2023-11-01", "2024-01-31");
        Rectification notary = item(c.notary, "公证文书归档不及时", "2024-04-01", "2024-05-31");
        item(c.finance, "财政票据管理不规范", "2024-04-01", "2024-09-30");
        item(c.education2, "外县问题", "2024-04-01", "2024-09-30");
        items.start(ADMIN, notary.id(), null, null);

        assertEquals(Set.of("跨年问题"), problems(items, RectificationFilter.of(null, 2023, null, null)));
        assertEquals(4, items.list(ADMIN, RectificationFilter.of(null, 2024, null, null), Page.FIRST).total(),
                "found or due in the year");
        assertEquals(Set.of("跨年问题", "公证文书归档不及时"), problems(items, RectificationFilter.of(c.justice.id(), null, null, null)));
        assertEquals(Set.of("公证文书归档不及时"), problems(items, RectificationFilter.of(null, null, "IN_PROGRESS", null)));
        assertEquals(Set.of("公证文书归档不及时"), problems(items, RectificationFilter.of(null, null, "整改中", null)));
        assertEquals(Set.of("财政票据管理不规范"), problems(items, RectificationFilter.of(null, null, null, "票据")));
        assertEquals(Set.of("跨年问题", "公证文书归档不及时", "财政票据管理不规范", "外县问题"),
                problems(items, RectificationFilter.of(null, null, null, "张科长")), "the responsible person is searched too");
        assertEquals("status", assertThrows(ValidationException.class, () -> RectificationFilter.of(null, null, "DONE", null)).field());

        var first = items.list(ADMIN, RectificationFilter.ALL, new Page(1, 0));
        assertEquals(4, first.total());
        assertEquals("跨年问题", first.items().get(0).problem(), "the earliest deadline first");
    }

    @Test
    void aScopedOrganiserCannotSeeOrTouchAnotherUnitsItems() {
        Rectification other = item(c.finance, "财政问题", "2024-04-01", "2024-09-30");
        Actor justiceOrganiser = Court.organiser(c.justice);
        long id = other.id();
        assertThrows(AccessDeniedException.class, () -> items.find(justiceOrganiser, id));
        assertThrows(AccessDeniedException.class, () -> items.steps(justiceOrganiser, id));
        assertThrows(AccessDeniedException.class, () -> items.update(justiceOrganiser, id, edit(other, "2024-12-31", null), null));
        assertThrows(AccessDeniedException.class, () -> items.start(justiceOrganiser, id, null, null));
        assertThrows(AccessDeniedException.class, () -> items.delete(justiceOrganiser, id));
        assertThrows(AccessDeniedException.class, () -> items.create(justiceOrganiser,
                Rectification.draft(c.finance.id(), "越权登记", null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), null, null)));
        assertThrows(AccessDeniedException.class, () -> items.summary(justiceOrganiser, 2024, c.finance.id()));
        Rectification own = items.create(justiceOrganiser,
                Rectification.draft(c.notary.id(), "本系统问题", null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), null, null));
        assertEquals(Set.of("本系统问题"), problems(items, justiceOrganiser, RectificationFilter.ALL));
        assertThrows(AccessDeniedException.class, () -> items.update(justiceOrganiser, own.id(),
                Rectification.draft(c.finance.id(), "挪到外单位", null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), null, null), null));

        Actor viewer = Court.viewer(c.justice);
        assertEquals(own, items.find(viewer, own.id()));
        items.markRectified(justiceOrganiser, own.id(), null, "已整改", null);
        AccessDeniedException v = assertThrows(AccessDeniedException.class, () -> items.close(viewer, own.id(), null, "同意"));
        assertEquals("只有组织者或管理员可以销号", v.getMessage());
        Actor notaryOrganiser = Court.organiser(c.notary);
        AccessDeniedException self = assertThrows(AccessDeniedException.class, () -> items.close(notaryOrganiser, own.id(), null, "自己销号"));
        assertTrue(self.getMessage().contains("本单位账号不能为本单位事项销号"), self.getMessage());
        assertEquals(RectificationStatus.RECTIFIED, items.find(ADMIN, own.id()).status(), "nothing changed");
        assertEquals(RectificationStatus.CLOSED, items.close(justiceOrganiser, own.id(), null, "同意销号").status());
    }

    @Test
    void organisersDeleteOnlyOpenItemsAndAdminsAny() {
        Actor organiser = Court.organiser(c.county);
        Rectification open = item(c.justice, "录错的事项", "2024-04-01", "2024-09-30");
        Rectification started = item(c.justice, "已开始的事项", "2024-04-01", "2024-09-30");
        items.start(ADMIN, started.id(), null, "开始");
        items.delete(organiser, open.id());
        assertThrows(NotFoundException.class, () -> items.find(ADMIN, open.id()));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> items.delete(organiser, started.id()));
        assertTrue(e.getMessage().contains("只有管理员可以删除"), e.getMessage());
        items.delete(ADMIN, started.id());
        assertThrows(NotFoundException.class, () -> items.find(ADMIN, started.id()));
        long steps = c.ledger.database().jdbi().withHandle(h ->
                h.createQuery("SELECT count(*) FROM rectification_steps").mapTo(Long.class).one());
        assertEquals(0, steps, "the trail goes with the item (and stays in the audit entry)");
        assertTrue(c.audit("rectification", started.id()).get(0).beforeJson().contains("开始"));
    }

    @Test
    void theYearsFiguresAreCountedOverTheSubtree() {
        // a: closed on 2024-03-01, before its deadline; b: closed 2024-06-15, after it.
        Rectification a = item(c.justice, "甲", "2024-01-10", "2024-03-31");
        Rectification b = item(c.finance, "乙", "2024-02-01", "2024-04-30");
        Rectification cc = item(c.town, "丙", "2024-03-01", "2024-05-31");
        item(c.notary, "丁", "2024-05-01", "2024-12-31");
        Rectification e = item(c.justice, "戊", "2023-11-01", "2024-01-31");
        item(c.justice, "己", "2023-03-01", "2023-06-30");
        item(c.education2, "庚", "2024-04-01", "2024-04-30");
        RectificationService march = on(LocalDate.of(2024, 3, 1));
        march.markRectified(ADMIN, a.id(), null, "已整改", null);
        march.close(ADMIN, a.id(), null, "按期销号");
        items.markRectified(ADMIN, b.id(), null, "已整改", null);
        items.close(ADMIN, b.id(), null, "逾期销号");
        items.start(ADMIN, cc.id(), null, null);
        items.markRectified(ADMIN, e.id(), null, "已整改", null);

        // 清河县 2024: 甲 乙 丙 丁 戊; closed 甲 乙; overdue 丙 戊; on time 甲.
        RectificationSummary county = items.summary(ADMIN, 2024, c.county.id());
        assertEquals(List.of(5L, 2L, 3L, 2L, 1L), List.of(county.total(), county.closed(), county.open(), county.overdue(),
                county.closedOnTime()));
        assertEquals(new BigDecimal("40.0"), county.closedRate());
        assertEquals("2024年整改事项5个,已销号2个(40.0%),其中按期销号1个;未销号3个,其中逾期2个", county.summary());
        assertEquals(county.total(), items.list(ADMIN, RectificationFilter.of(c.county.id(), 2024, null, null), Page.FIRST).total(),
                "the figures count what the list shows");
        assertEquals(Set.of("丙", "戊"), problems(items, RectificationFilter.of(c.county.id(), 2024, "OVERDUE", null)));

        RectificationSummary all = items.summary(ADMIN, 2024, null);
        assertEquals(List.of(6L, 2L, 3L, 1L), List.of(all.total(), all.closed(), all.overdue(), all.closedOnTime()));
        RectificationSummary justice = items.summary(Court.viewer(c.justice), 2024, null);
        assertEquals(List.of(3L, 1L, 1L, 1L), List.of(justice.total(), justice.closed(), justice.overdue(), justice.closedOnTime()),
                "甲 丁 戊 of 司法局 and 公证处");
        RectificationSummary lastYear = items.summary(ADMIN, 2023, c.county.id());
        assertEquals(List.of(2L, 0L, 2L, 0L), List.of(lastYear.total(), lastYear.closed(), lastYear.overdue(), lastYear.closedOnTime()));
        RectificationSummary none = items.summary(ADMIN, 2022, null);
        assertEquals(0, none.total());
        assertNull(none.closedRate());
        assertEquals("year", assertThrows(ValidationException.class, () -> items.summary(ADMIN, 1800, null)).field());

        // 按期完成率 judges the items due in 2024 by today (06-15): 甲 (on time) 乙 (late) 丙 (open) 戊 (not 销号'd);
        // 丁 is due in December and not judged yet.
        assertEquals(List.of(1L, 4L, "25.0%"), onTime(items, ADMIN, 2024, c.county.id()));
        assertEquals(List.of(1L, 5L, "20.0%"), onTime(items, ADMIN, 2024, null), "庚 of the other county too");
        assertEquals(List.of(1L, 2L, "50.0%"), onTime(items, Court.viewer(c.justice), 2024, null), "甲 and 戊");
        assertEquals(List.of(0L, 1L, "0.0%"), onTime(items, ADMIN, 2023, c.county.id()), "己, never closed");
        assertEquals(List.of(0L, 0L, "—"), onTime(items, ADMIN, 2022, null), "nothing due: no rate");
        assertEquals(List.of(1L, 5L, "20.0%"), onTime(on(LocalDate.of(2025, 1, 2)), ADMIN, 2024, c.county.id()),
                "in January 丁 is judged too");
        assertThrows(AccessDeniedException.class, () -> items.onTime(Court.viewer(c.justice), 2024, c.county.id()));
        assertEquals("year", assertThrows(ValidationException.class, () -> items.onTime(ADMIN, 1800, null)).field());
    }

    private static List<Object> onTime(RectificationService s, Actor actor, int year, Long orgId) {
        org.fazhi.model.calc.Percent p = s.onTime(actor, year, orgId);
        return List.of(p.numerator(), p.denominator(), p.text());
    }

    private static Set<String> problems(RectificationService s, RectificationFilter f) {
        return problems(s, ADMIN, f);
    }

    private static Set<String> problems(RectificationService s, Actor actor, RectificationFilter f) {
        return s.list(actor, f, Page.FIRST).items().stream().map(Rectification::problem).collect(Collectors.toSet());
    }
}
