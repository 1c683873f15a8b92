package org.fazhi.assessment.figures;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.testing.ModuleLedger;
import org.junit.jupiter.api.Test;

/** A unit's records per kind and year for a picker, over {@link FigureCounty}; the tests only read. */
class LedgerRecordsTest extends ReadsFigureCounty {
    private PageResult<RecordRef> list(RecordKind kind, Org org, String q) {
        return c.records.list(ADMIN, kind, org.id(), 2024, q, Page.FIRST);
    }

    private static List<String> titles(PageResult<RecordRef> p) {
        return p.items().stream().map(RecordRef::title).sorted().toList();
    }

    @Test
    void eachKindListsTheUnitsRecordsOfTheYear() {
        assertEquals(List.of("法治专题讲座/培训班:民法典专题讲座", "法治专题讲座/培训班:优化营商环境条例讲座",
                "法治专题讲座/培训班:行政执法规范化讲座", "领导班子集体学法:学习行政复议法", "领导班子集体学法:学习行政处罚法")
                .stream().sorted().toList(),
                titles(list(RecordKind.STUDY_SESSION, c.justice, null)), "the unit's own 2024 sessions");
        assertEquals(2, list(RecordKind.EXAM_BATCH, c.justice, null).total());
        assertEquals(1, list(RecordKind.EXAM_BATCH, c.finance, null).total(), "丁 sat only B1");
        assertEquals(5, list(RecordKind.DUTY_ITEM, c.justice, null).total());
        assertEquals(List.of("(2024)皖0101行初1号 一审 行政处罚", "(2024)皖0101行初2号 一审 行政确认",
                "(2024)皖0101行初3号 一审 政府信息公开"), titles(list(RecordKind.COURT_CASE, c.justice, null)));
        assertEquals(List.of("张局长 2024年度述法", "李副局长 2024年度述法").stream().sorted().toList(),
                titles(list(RecordKind.LAW_REPORT, c.justice, null)));
        assertEquals(4, list(RecordKind.RECTIFICATION, c.justice, null).total());
        assertEquals(0, list(RecordKind.RECTIFICATION, c.finance, null).total());
        assertEquals(List.of(), list(RecordKind.COURT_CASE, c.finance, null).items());
        RecordRef session = list(RecordKind.STUDY_SESSION, c.justice, "民法典").items().get(0);
        assertEquals(LocalDate.of(2024, 5, 15), session.date());
        assertEquals(RecordKind.STUDY_SESSION, session.kind());
    }

    @Test
    void aSearchNarrowsEveryKind() {
        assertEquals(List.of("法治专题讲座/培训班:民法典专题讲座"), titles(list(RecordKind.STUDY_SESSION, c.justice, "民法典")));
        assertEquals(List.of("2024年补考(试卷A)"), titles(list(RecordKind.EXAM_BATCH, c.justice, "补考")));
        assertEquals(List.of("(2024)皖0101行初3号 一审 政府信息公开"), titles(list(RecordKind.COURT_CASE, c.justice, "行初3号")));
        assertEquals(List.of("李副局长 2024年度述法"), titles(list(RecordKind.LAW_REPORT, c.justice, "李副局长")));
        assertEquals(1, list(RecordKind.LAW_REPORT, c.justice, "李副局长").total());
        assertEquals(List.of("整改事项“规范性文件未备案”"), titles(list(RecordKind.RECTIFICATION, c.justice, "备案")));
        assertEquals(5, list(RecordKind.DUTY_ITEM, c.justice, "张局长").total(), "the leader's name");
        assertEquals(0, list(RecordKind.DUTY_ITEM, c.justice, "钱局长").total());
        assertEquals(5, list(RecordKind.STUDY_SESSION, c.justice, "  ").total(), "a blank search is no search");
        assertEquals("q", assertThrows(ValidationException.class, () -> list(RecordKind.STUDY_SESSION, c.justice, "长".repeat(51))).field());
    }

    @Test
    void listsArePaged() {
        PageResult<RecordRef> first = c.records.list(ADMIN, RecordKind.STUDY_SESSION, c.justice.id(), 2024, null, new Page(2, 0));
        PageResult<RecordRef> third = c.records.list(ADMIN, RecordKind.STUDY_SESSION, c.justice.id(), 2024, null, new Page(2, 4));
        assertEquals(List.of(2, 5L, 1, 5L), List.of(first.items().size(), first.total(), third.items().size(), third.total()));
        PageResult<RecordRef> reports = c.records.list(ADMIN, RecordKind.LAW_REPORT, c.justice.id(), 2024, "2024", new Page(1, 1));
        assertEquals(List.of(1, 2L), List.of(reports.items().size(), reports.total()), "the searched 述法 list pages too");
        assertEquals(List.of(), c.records.list(ADMIN, RecordKind.LAW_REPORT, c.justice.id(), 2024, "2024", new Page(1, 5)).items());
    }

    @Test
    void findReadsOneRecordWithinTheScope() {
        Actor justiceUser = ModuleLedger.organiser(c.justice);
        Actor financeUser = ModuleLedger.organiser(c.finance);
        for (RecordKind kind : RecordKind.values()) {
            RecordRef listed = list(kind, c.justice, null).items().get(0);
            assertEquals(listed, c.records.find(ADMIN, kind, listed.id()), kind.name());
            assertThrows(AccessDeniedException.class, () -> c.records.find(financeUser, kind, listed.id()), kind.name());
            assertThrows(NotFoundException.class, () -> c.records.find(ADMIN, kind, 99_999L), kind.name());
            assertThrows(AccessDeniedException.class, () -> c.records.list(financeUser, kind, c.justice.id(), 2024, null, Page.FIRST));
            assertEquals(listed, c.records.find(justiceUser, kind, listed.id()), kind.name());
        }
        // The county organised the test batches; 司法局's user finds them because its people sat them.
        assertEquals(c.county.id(), c.b1.orgId());
        assertEquals(c.b2.id(), c.records.find(justiceUser, RecordKind.EXAM_BATCH, c.b2.id()).id());
        assertEquals(c.b1.id(), c.records.find(financeUser, RecordKind.EXAM_BATCH, c.b1.id()).id());
        assertThrows(AccessDeniedException.class, () -> c.records.find(financeUser, RecordKind.EXAM_BATCH, c.b2.id()));
        assertThrows(NotFoundException.class, () -> c.records.list(ADMIN, RecordKind.DUTY_ITEM, 99_999L, 2024, null, Page.FIRST));
        assertEquals("year", assertThrows(ValidationException.class,
                () -> c.records.list(ADMIN, RecordKind.DUTY_ITEM, c.justice.id(), 1999, null, Page.FIRST)).field());
        assertEquals(RecordKind.COURT_CASE, RecordKind.parse("出庭应诉案件"));
        assertEquals("kind", assertThrows(ValidationException.class, () -> RecordKind.parse("案件")).field());
    }
}
