package org.fazhi.training.study;

import static org.fazhi.training.County.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.training.County;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.StudySessionService.Recorded;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Recording, correcting, listing and deleting study sessions over a real ledger. */
class StudySessionServiceTest {
    @AutoClose
    final County c = new County();
    final StudySessionService sessions = c.training.sessions();

    private static StudySession draft(Org org, String date, StudyKind kind, String topic, List<String> laws,
                                      int expected, int attended) {
        return new StudySession(null, org.id(), LocalDate.parse(date), kind, topic, laws, "王律师", "县律师事务所", 60,
                expected, attended, null, 0);
    }

    private Recorded record(Org org, String date, StudyKind kind, String topic, String... laws) {
        return sessions.create(ADMIN, draft(org, date, kind, topic, List.of(laws), 10, 9), null);
    }

    private static List<String> topics(PageResult<StudySession> page) {
        return page.items().stream().map(StudySession::topic).toList();
    }

    private PageResult<StudySession> list(Actor actor, Org org, Integer year, StudyKind kind, String q) {
        return sessions.list(actor, new SessionFilter(org == null ? null : org.id(), year, kind, q), Page.FIRST);
    }

    @Test
    void aSessionIsStoredAndReadBackWithItsAttendees() {
        List<Attendee> attendees = List.of(
                new Attendee(c.zhang.id(), null, AttendanceStatus.PRESENT, false),
                new Attendee(c.wang.id(), "随便写的名字", AttendanceStatus.LATE, false),
                new Attendee(c.li.id(), null, AttendanceStatus.LEAVE, false),
                new Attendee(null, " 刘律师 ", AttendanceStatus.PRESENT, false),
                new Attendee(null, "县人大代表", null, true));
        Recorded created = sessions.create(ADMIN, draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学习行政复议法",
                List.of("中华人民共和国行政复议法、中华人民共和国宪法"), 99, 1), attendees);

        StudySession s = created.session();
        assertTrue(s.id() > 0);
        assertEquals(0, s.version());
        assertEquals(List.of("中华人民共和国行政复议法", "中华人民共和国宪法"), s.laws());
        assertEquals(99, s.expected(), "应到 as typed: the list may name only some of those expected (never fewer, StudySessionTest)");
        assertEquals(2, s.attended(), "实到: present and late; guests are counted apart");

        Recorded read = sessions.get(ADMIN, s.id());
        assertEquals(s, read.session());
        assertEquals(created.attendees(), read.attendees());
        // The unit's people first with names from the register, then the guests by name.
        assertEquals(List.of("张局长", "王副局长", "李科员", "刘律师", "县人大代表"),
                read.attendees().stream().map(Attendee::name).toList());
        assertEquals(List.of(false, false, false, true, true), read.attendees().stream().map(Attendee::guest).toList());
        assertEquals(AttendanceStatus.LATE, read.attendees().get(1).status());
        assertEquals(AttendanceStatus.PRESENT, read.attendees().get(4).status());
    }

    @Test
    void withOnlyGuestsTheTypedNumbersStand() {
        Recorded r = sessions.create(ADMIN, draft(c.justice, "2024-03-15", StudyKind.LECTURE, "法治讲座", List.of(), 30, 28),
                List.of(new Attendee(null, "列席律师", AttendanceStatus.PRESENT, true)));
        assertEquals(30, r.session().expected());
        assertEquals(28, r.session().attended());
        assertEquals(1, r.attendees().size());
    }

    @Test
    void aPersonOfAnotherUnitIsRefusedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学法", List.of(), 0, 0),
                List.of(new Attendee(c.zhang.id(), null, null, false), new Attendee(c.qian.id(), null, null, false))));
        assertEquals("attendees", e.field());
        // Named by id only: trying ids must not reveal the names of other units' people.
        assertTrue(e.getMessage().contains("编号 " + c.qian.id()) && e.getMessage().contains("列席")
                && !e.getMessage().contains("钱局长"), e.getMessage());
        // Even a person of a unit below (公证处) is not one of 司法局's own people.
        assertThrows(ValidationException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学法", List.of(), 0, 0),
                List.of(new Attendee(c.zhao.id(), null, null, false))));
        assertEquals("attendees", assertThrows(ValidationException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学法", List.of(), 0, 0),
                List.of(new Attendee(9999L, null, null, false)))).field());
        assertEquals(0, list(ADMIN, null, null, null, null).total());
        assertEquals(List.of(), c.audit("study-session", null));
    }

    @Test
    void aPersonListedTwiceIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学法", List.of(), 0, 0),
                List.of(new Attendee(c.zhang.id(), null, AttendanceStatus.PRESENT, false),
                        new Attendee(c.zhang.id(), null, AttendanceStatus.LATE, false))));
        assertEquals("attendees", e.field());
        assertTrue(e.getMessage().contains("张局长") && e.getMessage().contains("重复"), e.getMessage());
    }

    @Test
    void anUnknownUnitIsRefusedOnTheOrgField() {
        StudySession s = new StudySession(null, 9999, LocalDate.of(2024, 3, 1), StudyKind.LECTURE, "讲座", List.of(),
                null, null, null, 0, 0, null, 0);
        assertEquals("orgId", assertThrows(ValidationException.class, () -> sessions.create(ADMIN, s, null)).field());
    }

    @Test
    void anUpdateReplacesTheSessionAndItsAttendeesAndBumpsTheVersion() {
        Recorded r = sessions.create(ADMIN, draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学法", List.of("宪法"), 0, 0),
                List.of(new Attendee(c.zhang.id(), null, null, false), new Attendee(c.wang.id(), null, null, false)));
        long id = r.session().id();

        Recorded u = sessions.update(ADMIN, id, draft(c.justice, "2024-04-01", StudyKind.EXEC_MEETING, "学习民法典",
                List.of("民法典；宪法"), 0, 0), List.of(new Attendee(c.zhang.id(), null, AttendanceStatus.ABSENT, false),
                new Attendee(c.li.id(), null, AttendanceStatus.PRESENT, false)), 0);
        assertEquals(1, u.session().version());
        assertEquals("学习民法典", u.session().topic());
        assertEquals(LocalDate.of(2024, 4, 1), u.session().date());
        assertEquals(List.of("民法典", "宪法"), u.session().laws());
        assertEquals(2, u.session().expected());
        assertEquals(1, u.session().attended());
        assertEquals(List.of("张局长", "李科员"), sessions.get(ADMIN, id).attendees().stream().map(Attendee::name).toList());

        // No attendee list in an update keeps the recorded one (a client correcting the topic must not
        // wipe the sign-in list); an empty list clears it, and then the numbers typed count.
        Recorded kept = sessions.update(ADMIN, id, draft(c.justice, "2024-04-01", StudyKind.EXEC_MEETING, "学习民法典(订正)",
                List.of(), 15, 14), null, null);
        assertEquals(List.of("张局长", "李科员"), kept.attendees().stream().map(Attendee::name).toList());
        assertEquals(15, kept.session().expected(), "应到 as given, the list kept naming fewer");
        assertEquals(1, kept.session().attended(), "实到 still the list's");
        Recorded numbers = sessions.update(ADMIN, id, draft(c.justice, "2024-04-01", StudyKind.EXEC_MEETING, "学习民法典",
                List.of(), 15, 14), List.of(), null);
        assertEquals(15, numbers.session().expected());
        assertEquals(14, numbers.session().attended());
        assertEquals(List.of(), numbers.attendees());
        assertEquals(3, numbers.session().version());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        Recorded r = record(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "原主题");
        long id = r.session().id();
        sessions.update(ADMIN, id, draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "第一个人的修改", List.of(), 10, 9),
                null, 0);
        ConflictException e = assertThrows(ConflictException.class, () -> sessions.update(ADMIN, id,
                draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "第二个人的修改", List.of(), 10, 9), null, 0));
        assertEquals("version", e.field());
        assertEquals("第一个人的修改", sessions.get(ADMIN, id).session().topic());
        assertEquals(1, sessions.get(ADMIN, id).session().version());
    }

    @Test
    void everyChangeIsAudited() {
        Recorded r = sessions.create(County.organiser(c.justice),
                draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学习宪法", List.of("宪法"), 10, 9), null);
        long id = r.session().id();
        sessions.update(ADMIN, id, draft(c.justice, "2024-03-16", StudyKind.COLLECTIVE, "学习宪法修正案", List.of("宪法"), 10, 9),
                null, 0);
        sessions.delete(ADMIN, id);

        List<AuditEntry> log = c.audit("study-session", id);
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), log.stream().map(AuditEntry::action).toList());
        AuditEntry created = log.get(2);
        assertEquals("zuzhi", created.username());
        assertEquals(c.justice.id(), created.orgId());
        assertTrue(created.summary().contains("学习宪法") && created.summary().contains("2024-03-15"), created.summary());
        assertNull(created.beforeJson());
        assertTrue(created.afterJson().contains("学习宪法"));
        assertTrue(log.get(1).beforeJson().contains("学习宪法") && log.get(1).afterJson().contains("学习宪法修正案"));
        assertNull(log.get(0).afterJson());

        assertThrows(NotFoundException.class, () -> sessions.get(ADMIN, id));
        assertThrows(NotFoundException.class, () -> sessions.delete(ADMIN, id));
    }

    @Test
    void deletingASessionDeletesItsAttendees() {
        Recorded r = sessions.create(ADMIN, draft(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "学法", List.of(), 0, 0),
                List.of(new Attendee(c.zhang.id(), null, null, false), new Attendee(null, "列席", null, true)));
        assertThrows(ConflictException.class, () -> c.core.people().delete(ADMIN, c.zhang.id()),
                "a person on a session's list stays in the register");
        sessions.delete(ADMIN, r.session().id());
        long left = c.ledger.database().jdbi().withHandle(h ->
                h.createQuery("SELECT count(*) FROM study_attendees").mapTo(Long.class).one());
        assertEquals(0, left);
        // The person can now be removed from the register: nothing points at them any more.
        c.core.people().delete(ADMIN, c.zhang.id());
    }

    @Test
    void listsFilterBySubtreeYearKindAndText() {
        record(c.county, "2023-12-31", StudyKind.EXEC_MEETING, "年末常务会议学法", "中华人民共和国预算法");
        record(c.county, "2024-01-01", StudyKind.EXEC_MEETING, "新年常务会议学法", "中华人民共和国宪法");
        record(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "集体学习复议", "中华人民共和国行政复议法");
        record(c.notary, "2024-05-20", StudyKind.LECTURE, "公证业务讲座", "中华人民共和国公证法");
        record(c.finance, "2024-06-01", StudyKind.COLLECTIVE, "财政集体学法", "中华人民共和国预算法", "中华人民共和国审计法");
        record(c.education2, "2024-06-02", StudyKind.COLLECTIVE, "另一县教育局学法", "中华人民共和国教育法");

        PageResult<StudySession> all = list(ADMIN, null, null, null, null);
        assertEquals(6, all.total());
        assertEquals("另一县教育局学法", all.items().get(0).topic(), "newest first");
        assertEquals("年末常务会议学法", all.items().get(5).topic());

        assertEquals(List.of("公证业务讲座", "集体学习复议"), topics(list(ADMIN, c.justice, null, null, null)),
                "司法局 and 公证处 below it");
        assertEquals(5, list(ADMIN, c.county, null, null, null).total());
        assertEquals(List.of("年末常务会议学法"), topics(list(ADMIN, null, 2023, null, null)));
        assertEquals(5, list(ADMIN, null, 2024, null, null).total());
        assertEquals(List.of("新年常务会议学法"), topics(list(ADMIN, c.county, 2024, StudyKind.EXEC_MEETING, null)));
        assertEquals(List.of("财政集体学法", "集体学习复议"), topics(list(ADMIN, c.county, 2024, StudyKind.COLLECTIVE, null)));

        assertEquals(List.of("财政集体学法", "年末常务会议学法"), topics(list(ADMIN, null, null, null, "预算法")),
                "the text matches a law studied");
        assertEquals(List.of("集体学习复议"), topics(list(ADMIN, null, null, null, "复议")), "topic or law");
        assertEquals(List.of("公证业务讲座"), topics(list(ADMIN, null, null, null, " 公证 ")));
        assertEquals(6, list(ADMIN, null, null, null, "王律师").total(), "the lecturer matches too");
        assertEquals(0, list(ADMIN, null, null, null, "刑法").total());
        assertEquals(List.of("财政集体学法"), topics(list(ADMIN, c.county, 2024, StudyKind.COLLECTIVE, "审计")));
    }

    @Test
    void listsPageAndKeepTheFullCount() {
        for (int i = 1; i <= 7; i++) {
            record(c.justice, "2024-0" + i + "-10", StudyKind.COLLECTIVE, "第" + i + "次学法");
        }
        PageResult<StudySession> first = sessions.list(ADMIN, SessionFilter.NONE, new Page(3, 0));
        assertEquals(7, first.total());
        assertEquals(List.of("第7次学法", "第6次学法", "第5次学法"), topics(first));
        PageResult<StudySession> last = sessions.list(ADMIN, SessionFilter.NONE, new Page(3, 6));
        assertEquals(7, last.total());
        assertEquals(List.of("第1次学法"), topics(last));
        assertEquals(List.of(), sessions.list(ADMIN, SessionFilter.NONE, new Page(3, 9)).items());
    }

    @Test
    void aScopedUserWorksOnlyInsideTheirSubtree() {
        Recorded justice = record(c.justice, "2024-03-15", StudyKind.COLLECTIVE, "司法局学法");
        Recorded finance = record(c.finance, "2024-03-16", StudyKind.COLLECTIVE, "财政局学法");
        Actor organiser = County.organiser(c.justice);

        assertEquals(List.of("司法局学法"), topics(list(organiser, null, null, null, null)));
        assertThrows(AccessDeniedException.class, () -> list(organiser, c.county, null, null, null));
        assertThrows(AccessDeniedException.class, () -> sessions.get(organiser, finance.session().id()));
        assertThrows(AccessDeniedException.class, () -> sessions.create(organiser,
                draft(c.finance, "2024-03-17", StudyKind.COLLECTIVE, "越权", List.of(), 0, 0), null));
        assertThrows(AccessDeniedException.class, () -> sessions.update(organiser, finance.session().id(),
                draft(c.finance, "2024-03-17", StudyKind.COLLECTIVE, "越权", List.of(), 0, 0), null, null));
        assertThrows(AccessDeniedException.class, () -> sessions.update(organiser, justice.session().id(),
                draft(c.finance, "2024-03-17", StudyKind.COLLECTIVE, "搬到别的单位", List.of(), 0, 0), null, null),
                "nor move a session out of the subtree");
        assertThrows(AccessDeniedException.class, () -> sessions.delete(organiser, finance.session().id()));

        Recorded notary = sessions.create(organiser, draft(c.notary, "2024-03-18", StudyKind.LECTURE, "公证处讲座",
                List.of(), 0, 0), List.of(new Attendee(c.zhao.id(), null, null, false)));
        assertEquals(1, notary.session().expected());
        assertEquals(2, list(organiser, null, null, null, null).total());

        Actor viewer = County.viewer(c.justice);
        assertEquals("司法局学法", sessions.get(viewer, justice.session().id()).session().topic());
        assertThrows(AccessDeniedException.class, () -> sessions.create(viewer,
                draft(c.justice, "2024-03-17", StudyKind.COLLECTIVE, "查看者不能录入", List.of(), 0, 0), null));
        assertThrows(AccessDeniedException.class, () -> sessions.delete(viewer, justice.session().id()));

        assertEquals("财政局学法", sessions.get(ADMIN, finance.session().id()).session().topic(), "nothing was changed");
        assertEquals("司法局学法", sessions.get(ADMIN, justice.session().id()).session().topic());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThrows(NotFoundException.class, () -> sessions.get(ADMIN, 42));
        assertThrows(NotFoundException.class, () -> sessions.update(ADMIN, 42,
                draft(c.justice, "2024-03-17", StudyKind.COLLECTIVE, "学法", List.of(), 0, 0), null, null));
        assertThrows(NotFoundException.class, () -> sessions.list(ADMIN, new SessionFilter(9999L, null, null, null), Page.FIRST));
    }

    @Test
    void todayIsTheClocksTheModuleWasGiven() {
        Clock pinned = Clock.fixed(LocalDate.of(2025, 3, 20).atTime(10, 0).atZone(TempLedger.ZONE).toInstant(), TempLedger.ZONE);
        StudySessionService onThatDay = new LawTraining(c.ledger.database(), c.core.audit(), pinned).sessions();
        assertEquals(LocalDate.of(2025, 3, 20), onThatDay.today());
        ValidationException ahead = assertThrows(ValidationException.class, () -> onThatDay.create(ADMIN,
                draft(c.justice, "2025-03-21", StudyKind.COLLECTIVE, "次日的学法", List.of(), 5, 5), null));
        assertEquals("date", ahead.field());
        assertTrue(ahead.getMessage().contains("晚于今天"), ahead.getMessage());
        assertEquals("2025-03-20", onThatDay.create(ADMIN, draft(c.justice, "2025-03-20", StudyKind.COLLECTIVE, "当天的学法",
                List.of(), 5, 5), null).session().date().toString());
        // The module built without a clock follows the audit log's: the system clock, for which 2025-03-21 is past.
        assertEquals(c.core.audit().clock(), c.training.clock());
        record(c.justice, "2025-03-21", StudyKind.COLLECTIVE, "系统时钟下已是过去");
    }

    @Test
    void aSessionLikeAStoredOneIsSavedOnlyWhenConfirmed() {
        Recorded first = record(c.justice, "2024-05-10", StudyKind.COLLECTIVE, "学习民法典", "中华人民共和国民法典");
        StudySession again = draft(c.justice, "2024-05-10", StudyKind.COLLECTIVE, "学习民法典", List.of("宪法"), 12, 11);
        assertEquals(first.session().id(), sessions.possibleDuplicate(ADMIN, again, null).orElseThrow().id());

        PossibleDuplicateException e = assertThrows(PossibleDuplicateException.class, () -> sessions.create(ADMIN, again, null));
        assertEquals(first.session().id(), e.existingId());
        assertEquals("confirmDuplicate", e.field());
        assertTrue(e.getMessage().contains("可能重复") && e.getMessage().contains("编号 " + first.session().id()), e.getMessage());
        assertEquals(1, list(ADMIN, c.justice, 2024, null, null).total(), "nothing was saved");

        Recorded confirmed = sessions.create(ADMIN, again, null, true);
        assertEquals(2, list(ADMIN, c.justice, 2024, null, null).total());
        assertTrue(confirmed.session().id() > first.session().id());
    }

    @Test
    void aDifferentUnitDateKindOrTopicIsNoDuplicate() {
        record(c.justice, "2024-05-10", StudyKind.COLLECTIVE, "学习民法典");
        record(c.notary, "2024-05-10", StudyKind.COLLECTIVE, "学习民法典");
        record(c.justice, "2024-05-11", StudyKind.COLLECTIVE, "学习民法典");
        record(c.justice, "2024-05-10", StudyKind.LECTURE, "学习民法典");
        record(c.justice, "2024-05-10", StudyKind.COLLECTIVE, "学习宪法");
        assertEquals(5, list(ADMIN, c.justice, 2024, null, null).total(), "all five stored (the 公证处 lies under the 司法局)");
    }

    @Test
    void anEditIsNotItsOwnDuplicateButMayRepeatAnother() {
        Recorded a = record(c.justice, "2024-06-01", StudyKind.COLLECTIVE, "学习行政处罚法");
        Recorded b = record(c.justice, "2024-06-02", StudyKind.COLLECTIVE, "学习行政处罚法");
        StudySession corrected = draft(c.justice, "2024-06-01", StudyKind.COLLECTIVE, "学习行政处罚法", List.of(), 20, 20);
        assertTrue(sessions.possibleDuplicate(ADMIN, corrected, a.session().id()).isEmpty());
        assertEquals(20, sessions.update(ADMIN, a.session().id(), corrected, null, null).session().expected(),
                "a correction that keeps unit, date, kind and topic is never questioned");

        StudySession movedOntoA = draft(c.justice, "2024-06-01", StudyKind.COLLECTIVE, "学习行政处罚法", List.of(), 5, 5);
        PossibleDuplicateException e = assertThrows(PossibleDuplicateException.class,
                () -> sessions.update(ADMIN, b.session().id(), movedOntoA, null, null));
        assertEquals(a.session().id(), e.existingId());
        assertEquals(LocalDate.parse("2024-06-02"), sessions.get(ADMIN, b.session().id()).session().date(), "not changed");
        assertEquals(LocalDate.parse("2024-06-01"),
                sessions.update(ADMIN, b.session().id(), movedOntoA, null, null, true).session().date());
    }

    private static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082");

    private long storedFiles() throws java.io.IOException {
        java.nio.file.Path dir = c.ledger.database().folder().attachments();
        if (!java.nio.file.Files.exists(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    @Test
    void materialsAreSavedWithTheSessionOrNotAtAll() throws Exception {
        AttachmentService.Material sheet = new AttachmentService.Material(AttachmentKind.SIGN_IN, "签到表.png", PNG);
        Recorded r = sessions.create(ADMIN, draft(c.justice, "2024-07-01", StudyKind.COLLECTIVE, "带材料", List.of(), 10, 9),
                null, false, List.of(sheet));
        List<Attachment> files = c.training.attachments().list(ADMIN, r.session().id());
        assertEquals(List.of("签到表.png"), files.stream().map(Attachment::fileName).toList());
        assertEquals(AttachmentKind.SIGN_IN, files.get(0).kind());
        long stored = storedFiles();

        AttachmentService.Material fake = new AttachmentService.Material(AttachmentKind.PHOTO, "照片.jpg",
                "<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ValidationException bad = assertThrows(ValidationException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-07-02", StudyKind.COLLECTIVE, "材料被拒", List.of(), 10, 9), null, false, List.of(fake)));
        assertEquals("file", bad.field());
        // The form takes several files: the refusal names the one refused, and offers what the form takes (no video).
        assertEquals("文件“照片.jpg”:不支持的文件类型。可上传图片(jpg、png、gif、webp)、PDF、Word、Excel、PPT 或 WPS 文件", bad.getMessage());
        assertEquals(0, list(ADMIN, c.justice, 2024, null, "材料被拒").total(), "no session without its material");

        byte[] other = java.util.Arrays.copyOf(PNG, PNG.length + 1);
        assertThrows(PossibleDuplicateException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-07-01", StudyKind.COLLECTIVE, "带材料", List.of(), 10, 9), null, false,
                List.of(new AttachmentService.Material(AttachmentKind.SIGN_IN, "另一张.png", other))));
        assertEquals(stored, storedFiles(), "a refused session keeps none of its files");
    }

    /** The first bytes of an MP4 file (an ISO box "ftyp"), which the sniffer knows as video. */
    private static final byte[] MP4 = java.util.HexFormat.of().parseHex("0000001866747970");

    /**
     * The session forms offer no video, and neither does the service: an mp4 is refused naming the file, with the
     * forms' list of types, on a new session's materials (nothing stored) and on a stored session's attachments.
     */
    @Test
    void aVideoIsRefusedAsMaterialNamingTheFile() throws Exception {
        byte[] video = java.util.Arrays.copyOf(MP4, 64);
        System.arraycopy("mp42isommp42".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, video, 8, 12);
        long stored = storedFiles();
        ValidationException onCreate = assertThrows(ValidationException.class, () -> sessions.create(ADMIN,
                draft(c.justice, "2024-07-03", StudyKind.COLLECTIVE, "带录像", List.of(), 10, 9), null, false,
                List.of(new AttachmentService.Material(AttachmentKind.SIGN_IN, "签到表.png", PNG),
                        new AttachmentService.Material(AttachmentKind.OTHER, "讲座录像.mp4", video))));
        assertEquals("file", onCreate.field());
        assertEquals("文件“讲座录像.mp4”:不支持的文件类型。可上传图片(jpg、png、gif、webp)、PDF、Word、Excel、PPT 或 WPS 文件",
                onCreate.getMessage());
        assertEquals(0, list(ADMIN, c.justice, 2024, null, "带录像").total(), "no session without its material");
        assertEquals(stored, storedFiles(), "nor any of its files");

        Recorded r = record(c.justice, "2024-07-04", StudyKind.COLLECTIVE, "后补材料");
        ValidationException onAdd = assertThrows(ValidationException.class, () -> c.training.attachments().add(ADMIN,
                r.session().id(), AttachmentKind.OTHER, "讲座录像.mp4", video));
        assertEquals(onCreate.getMessage(), onAdd.getMessage());
        ValidationException renamed = assertThrows(ValidationException.class, () -> c.training.attachments().check(
                new AttachmentService.Material(AttachmentKind.PHOTO, "照片.jpg", video)));
        assertEquals("文件“照片.jpg”:不支持的文件类型。可上传图片(jpg、png、gif、webp)、PDF、Word、Excel、PPT 或 WPS 文件",
                renamed.getMessage(), "a video under an image's name is no image either");
        assertEquals(List.of(), c.training.attachments().list(ADMIN, r.session().id()));
        assertEquals(stored, storedFiles());
    }
}
