package org.fazhi.reconsideration.cases;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.reconsideration.Reconsidering;
import org.fazhi.storage.core.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The case ledger over a real database: saves with their ledger checks, versions, audit, scope, lists, lawsuits. */
class CaseServiceTest {
    @AutoClose
    final Reconsidering t = new Reconsidering();
    final CaseService cases = t.r.cases();

    @Test
    void aCaseIsRegisteredProgressedAndDeletedWithItsDueDateAndAuditTrail() {
        ReconsiderationCase c = cases.create(ADMIN, Reconsidering.draft("清政复决字〔2025〕7号", t.finance, "2025-03-03", null,
                Procedure.NORMAL, 0, null, null, false));
        assertEquals("县财政局", c.respondentOrgName());
        assertEquals(null, c.dueOn());
        assertEquals(0, c.version());

        ReconsiderationCase accepted = cases.update(ADMIN, c.id(), Reconsidering.draft("清政复决字〔2025〕7号", t.finance,
                "2025-03-03", "2025-03-06", Procedure.NORMAL, 20, null, null, false), 0);
        assertEquals(LocalDate.of(2025, 5, 25), accepted.dueOn(), "60 days and the extension of 20");
        ReconsiderationCase decided = cases.update(ADMIN, c.id(), Reconsidering.draft("清政复决字〔2025〕7号", t.finance,
                "2025-03-03", "2025-03-06", Procedure.NORMAL, 20, "2025-05-20", Decision.REVOKED, false), 1);
        assertEquals(2, decided.version());
        assertEquals(decided, cases.find(ADMIN, c.id()));

        ConflictException stale = assertThrows(ConflictException.class, () -> cases.update(ADMIN, c.id(),
                Reconsidering.draft("清政复决字〔2025〕7号", t.finance, "2025-03-03", null, Procedure.NORMAL, 0, null, null, false), 1));
        assertTrue(stale.getMessage().contains("已被他人修改"), stale.getMessage());

        cases.delete(ADMIN, c.id());
        assertThrows(NotFoundException.class, () -> cases.find(ADMIN, c.id()));
        List<AuditEntry> trail = t.audit("reconsideration", c.id());
        assertEquals(List.of("DELETE", "UPDATE", "UPDATE", "CREATE"), trail.stream().map(AuditEntry::action).toList());
        assertEquals("登记行政复议案件 清政复决字〔2025〕7号(张某某)", trail.get(3).summary());
    }

    @Test
    void whatNeedsTheLedgerIsCheckedAndNothingIsWritten() {
        t.decided(t.finance, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        String taken = "清政复决字〔2025〕1号";
        ConflictException dup = assertThrows(ConflictException.class, () -> cases.create(ADMIN, Reconsidering.draft(taken,
                t.justice, "2025-02-01", null, Procedure.NORMAL, 0, null, null, false)));
        assertTrue(dup.getMessage().startsWith("案号“清政复决字〔2025〕1号”已经登记过"), dup.getMessage());
        ValidationException future = assertThrows(ValidationException.class, () -> cases.create(ADMIN,
                Reconsidering.draft("新案", t.justice, "2025-07-01", null, Procedure.NORMAL, 0, null, null, false)));
        assertEquals("收到申请日期不能晚于今天(2025-06-30)", future.getMessage());
        assertEquals("receivedOn", future.field());
        ValidationException noUnit = assertThrows(ValidationException.class, () -> cases.create(ADMIN,
                ReconsiderationCase.draft("新案", "李某", ApplicantType.CITIZEN, 9999, MatterCategory.OTHER,
                        LocalDate.of(2025, 2, 1), null, null, Procedure.NORMAL, 0, null, null, false, null, null)));
        assertEquals("被申请人单位不存在(编号 9999)", noUnit.getMessage());
        assertEquals(1, cases.list(ADMIN, CaseFilter.of(null, null), Page.FIRST).total(), "nothing else was written");
    }

    @Test
    void aUnitSeesAndRegistersOnlyWithinItsScope() {
        ReconsiderationCase own = t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        ReconsiderationCase other = t.decided(t.education2, "2025-01-06", "2025-01-08", "2025-03-01", Decision.REVOKED);
        Actor justice = Reconsidering.organiser(t.justice);
        assertEquals(List.of(own.id()), cases.list(justice, CaseFilter.of(null, null), Page.FIRST).items().stream()
                .map(ReconsiderationCase::id).toList());
        assertThrows(AccessDeniedException.class, () -> cases.find(justice, other.id()));
        assertThrows(AccessDeniedException.class, () -> cases.create(justice, Reconsidering.draft("越权", t.finance,
                "2025-02-01", null, Procedure.NORMAL, 0, null, null, false)));
        assertThrows(AccessDeniedException.class, () -> cases.delete(Reconsidering.viewer(t.justice), own.id()));
    }

    @Test
    void listsFilterByYearDecisionStageOverdueTextAndSubtree() {
        ReconsiderationCase upheld = t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        ReconsiderationCase revoked = t.decided(t.notary, "2025-02-06", "2025-02-08", "2025-03-01", Decision.REVOKED);
        ReconsiderationCase lastYear = t.decided(t.finance, "2024-11-06", "2024-11-08", "2025-01-03", Decision.UPHELD);
        ReconsiderationCase hearing = cases.create(ADMIN, Reconsidering.draft(t.caseNo("2025"), t.town, "2025-04-01",
                "2025-04-02", Procedure.SIMPLE, 0, null, null, false));
        ReconsiderationCase waiting = cases.create(ADMIN, Reconsidering.draft(t.caseNo("2025"), t.town, "2025-06-28",
                null, Procedure.NORMAL, 0, null, null, false));
        assertEquals(List.of(waiting.id(), hearing.id(), revoked.id(), upheld.id()), ids(new CaseFilter(null, 2025, null, null,
                false, null)), "received in 2025, newest first");
        assertEquals(List.of(upheld.id(), lastYear.id()), ids(new CaseFilter(null, null, Decision.UPHELD, null, false, null)));
        assertEquals(List.of(hearing.id()), ids(new CaseFilter(null, null, null, ReconsiderationCase.Stage.HEARING, false,
                null)), "the simple case accepted 04-02 is due 05-02");
        assertEquals(List.of(hearing.id()), ids(new CaseFilter(null, null, null, null, true, null)), "and overdue on 06-30");
        assertEquals(List.of(waiting.id()), ids(new CaseFilter(null, null, null, ReconsiderationCase.Stage.ACCEPTANCE, false,
                null)));
        assertEquals(List.of(revoked.id(), upheld.id()), ids(new CaseFilter(t.justice.id(), null, null, null, false, null)),
                "the 司法局's subtree holds its 公证处");
        assertEquals(List.of(revoked.id()), ids(new CaseFilter(null, null, null, null, false, "〔2025〕2号")));
    }

    @Test
    void aLawsuitThatFollowedIsLinkedBothWays() {
        ReconsiderationCase upheld = t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        CourtCase lawsuit = t.duty.courtCases().create(ADMIN, CourtCase.draft("(2025)皖0101行初3号", "清河县人民法院",
                Instance.FIRST, t.county.id(), "行政复议", LocalDate.of(2025, 3, 20)));
        ReconsiderationCase linked = cases.update(ADMIN, upheld.id(), withLawsuit(upheld, lawsuit.id()), upheld.version());
        assertEquals(lawsuit.id(), linked.courtCaseId());
        assertEquals(List.of(linked), cases.ofCourtCase(ADMIN, lawsuit.id()));
        assertEquals(List.of(), cases.ofCourtCase(Reconsidering.organiser(t.finance), lawsuit.id()),
                "a unit that cannot see the case does not learn of it");

        ReconsiderationCase pending = cases.create(ADMIN, Reconsidering.draft(t.caseNo("2025"), t.justice, "2025-06-01",
                "2025-06-02", Procedure.NORMAL, 0, null, null, false));
        ValidationException early = assertThrows(ValidationException.class, () -> cases.update(ADMIN, pending.id(),
                withLawsuit(pending, lawsuit.id()), null));
        assertEquals("案件尚未作出复议决定或不予受理决定,不能关联后续诉讼", early.getMessage());
        ValidationException missing = assertThrows(ValidationException.class, () -> cases.update(ADMIN, upheld.id(),
                withLawsuit(upheld, 9999L), null));
        assertEquals("后续诉讼案件不存在(编号 9999)", missing.getMessage());
    }

    private static ReconsiderationCase withLawsuit(ReconsiderationCase c, Long courtCaseId) {
        return ReconsiderationCase.draft(c.caseNo(), c.applicant(), c.applicantType(), c.respondentOrgId(), c.category(),
                c.receivedOn(), c.acceptedOn(), c.notAcceptedReason(), c.procedure(), c.extendedDays(), c.decidedOn(),
                c.decision(), c.correctedIndirectly(), courtCaseId, c.note());
    }

    private List<Long> ids(CaseFilter f) {
        return cases.list(ADMIN, f, Page.FIRST).items().stream().map(ReconsiderationCase::id).toList();
    }
}
