package org.fazhi.onlineexam.bank;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.onlineexam.Banking;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The bank over a real database: filters and pages, versions, retire and restore, delete, who may edit, the audit. */
class QuestionServiceTest {
    @AutoClose
    final Banking t = new Banking();
    final QuestionService questions = t.bank.questions();

    private List<Long> ids(QuestionFilter f) {
        return questions.list(ADMIN, f, Page.FIRST).items().stream().map(Question::id).toList();
    }

    @Test
    void aQuestionIsStoredWithItsLawsInOrderAndReadBack() {
        Question draft = Question.draft(QuestionType.MULTIPLE, "下列属于行政处罚种类的有( )。", List.of("警告", "罚款", "记过", "行政拘留"),
                "d,a,b", 3, Difficulty.MEDIUM, List.of("中华人民共和国行政处罚法", "中华人民共和国治安管理处罚法"), "记过是政务处分。");
        Question stored = questions.create(ADMIN, draft);
        assertEquals("ABD", stored.answer());
        assertEquals(List.of("中华人民共和国行政处罚法", "中华人民共和国治安管理处罚法"), stored.laws());
        assertEquals(List.of("警告", "罚款", "记过", "行政拘留"), stored.options());
        assertTrue(stored.active());
        assertEquals(0, stored.version());
        assertEquals(stored, questions.find(ADMIN, stored.id()));
        assertEquals("新增试题 多选题“下列属于行政处罚种类的有( )。”", t.audit("question", stored.id()).get(0).summary());
    }

    @Test
    void theListFiltersByTextLawTypeDifficultyAndStateNewestFirstInPages() {
        Question a = questions.create(ADMIN, Banking.single("行政复议申请期限是( )。"));
        Question b = questions.create(ADMIN, Question.draft(QuestionType.TRUE_FALSE, "宪法是国家的根本法。", List.of(), "对", 2,
                Difficulty.HARD, List.of("中华人民共和国宪法"), null));
        Question c = questions.create(ADMIN, Question.draft(QuestionType.CASE, "某局未告知听证权利即罚款五万元,是否合法?", List.of(),
                "不合法", 10, Difficulty.HARD, List.of("中华人民共和国行政处罚法", "中华人民共和国行政复议法"), null));
        questions.retire(ADMIN, b.id(), 0);

        assertEquals(List.of(c.id(), b.id(), a.id()), ids(QuestionFilter.ALL));
        assertEquals(List.of(a.id()), ids(new QuestionFilter("申请期限", null, null, null, null)));
        assertEquals(List.of(c.id(), a.id()), ids(new QuestionFilter(null, "行政复议法", null, null, null)));
        assertEquals(List.of(b.id()), ids(new QuestionFilter(null, null, QuestionType.TRUE_FALSE, null, null)));
        assertEquals(List.of(c.id(), b.id()), ids(new QuestionFilter(null, null, null, Difficulty.HARD, null)));
        assertEquals(List.of(c.id(), a.id()), ids(new QuestionFilter(null, null, null, null, true)));
        assertEquals(List.of(b.id()), ids(new QuestionFilter(null, null, null, null, false)));
        var second = questions.list(ADMIN, QuestionFilter.ALL, new Page(2, 2));
        assertEquals(List.of(a.id()), second.items().stream().map(Question::id).toList());
        assertEquals(3, second.total());
        assertEquals(List.of("中华人民共和国行政复议法", "中华人民共和国宪法", "中华人民共和国行政处罚法"), questions.laws(ADMIN));
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedAndRetiringKeepsTheQuestion() {
        Question q = questions.create(ADMIN, Banking.single("行政复议申请期限是( )。"));
        Question edited = questions.update(ADMIN, q.id(), Question.draft(QuestionType.SINGLE, "行政复议的一般申请期限是( )。",
                List.of("三十日", "六十日"), "B", 4, Difficulty.MEDIUM, List.of(), null), 0);
        assertEquals(1, edited.version());
        assertEquals(List.of(), edited.laws());
        assertEquals("B", edited.answer());
        ConflictException stale = assertThrows(ConflictException.class, () -> questions.update(ADMIN, q.id(), q, 0));
        assertEquals("该记录已被他人修改,请刷新页面查看最新内容后再修改", stale.getMessage());
        assertThrows(ConflictException.class, () -> questions.retire(ADMIN, q.id(), 0));

        Question retired = questions.retire(ADMIN, q.id(), 1);
        assertFalse(retired.active());
        Question changedWhileRetired = questions.update(ADMIN, q.id(), Banking.single("行政复议申请期限是( )。"), null);
        assertFalse(changedWhileRetired.active(), "an edit keeps the question retired");
        assertTrue(questions.restore(ADMIN, q.id(), changedWhileRetired.version()).active());
        Question retiredByEdit = questions.update(ADMIN, q.id(), Banking.single("行政复议申请期限是( )。"), 4, false);
        assertFalse(retiredByEdit.active(), "an edit may retire it in the same step");
        assertTrue(questions.update(ADMIN, q.id(), Banking.single("行政复议申请期限是( )。"), 5, true).active());
        assertEquals(List.of("修改试题 单选题“行政复议申请期限是( )。”", "修改试题 单选题“行政复议申请期限是( )。”",
                "启用试题 单选题“行政复议申请期限是( )。”", "修改试题 单选题“行政复议申请期限是( )。”",
                "停用试题 单选题“行政复议的一般申请期限是( )。”", "修改试题 单选题“行政复议的一般申请期限是( )。”",
                "新增试题 单选题“行政复议申请期限是( )。”"),
                t.audit("question", q.id()).stream().map(e -> e.summary()).toList());
    }

    @Test
    void theSameStemTwiceIsRefusedAndADeletedQuestionIsGone() {
        Question q = questions.create(ADMIN, Banking.single("行政复议申请期限是( )。"));
        ConflictException twice = assertThrows(ConflictException.class, () -> questions.create(ADMIN, Banking.single(" 行政复议申请期限是( )。")));
        assertEquals("stem", twice.field());
        assertEquals("题库中已有题干相同的单选题(编号 " + q.id() + ")", twice.getMessage());
        Question other = questions.create(ADMIN, Question.draft(QuestionType.CASE, "行政复议申请期限是( )。", List.of(), "六十日",
                5, Difficulty.EASY, List.of(), null));
        assertThrows(ConflictException.class, () -> questions.update(ADMIN, other.id(), Banking.single("行政复议申请期限是( )。"), null));

        questions.delete(ADMIN, q.id());
        NotFoundException gone = assertThrows(NotFoundException.class, () -> questions.find(ADMIN, q.id()));
        assertEquals("试题不存在(编号 " + q.id() + ")", gone.getMessage());
        assertEquals(List.of(other.id()), ids(QuestionFilter.ALL));
        assertEquals(0L, (long) t.ledger.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM question_laws WHERE question_id = :id").bind("id", q.id()).mapTo(Long.class).one()));
        assertEquals("删除试题 单选题“行政复议申请期限是( )。”", t.audit("question", q.id()).get(0).summary());
    }

    @Test
    void onlyWritersOfTheWholeLedgerEditTheBankAndEveryoneReadsIt() {
        Question q = questions.create(ADMIN, Banking.single("行政复议申请期限是( )。"));
        Actor countyWriter = new Actor(901, "sfj", Role.ORGANISER, null);
        Actor departmentOrganiser = Banking.organiser(t.finance);
        Actor viewer = Banking.viewer(t.town);
        assertEquals(1, questions.update(countyWriter, q.id(), Banking.single("行政复议的申请期限是( )。"), 0).version());
        AccessDeniedException scoped = assertThrows(AccessDeniedException.class,
                () -> questions.create(departmentOrganiser, Banking.single("另一题")));
        assertEquals("题库由司法局统一维护,本账号只能查看", scoped.getMessage());
        assertThrows(AccessDeniedException.class, () -> questions.retire(departmentOrganiser, q.id(), null));
        assertThrows(AccessDeniedException.class, () -> questions.delete(viewer, q.id()));
        assertEquals(List.of(q.id()), questions.list(departmentOrganiser, QuestionFilter.ALL, Page.FIRST).items().stream()
                .map(Question::id).toList());
        assertEquals(q.id(), questions.find(viewer, q.id()).id());
        assertTrue(QuestionService.mayEdit(countyWriter));
        assertFalse(QuestionService.mayEdit(departmentOrganiser));
        assertFalse(QuestionService.mayEdit(viewer));
    }
}
