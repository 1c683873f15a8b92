package org.fazhi.training.signin;

import static org.fazhi.training.County.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.County;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.StudySessionService.Recorded;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** QR sign-in over a real ledger (SQLite, or the suite's PostgreSQL) on a clock the test moves. */
class SignInServiceTest {
    @AutoClose
    final County c = new County();
    /** 2024-03-15 at 10:00 in the ledger's zone. */
    final TestClock clock = TestClock.on(2024, 3, 15);
    final LawTraining training = new LawTraining(c.ledger.database(), c.core.audit(), clock);
    final SignInService signIn = training.signIn();

    private Recorded session(Org org, int expected, int attended, List<Attendee> attendees) {
        return training.sessions().create(ADMIN, new StudySession(null, org.id(), LocalDate.of(2024, 3, 15),
                StudyKind.COLLECTIVE, "学习行政复议法 " + org.name(), List.of("中华人民共和国行政复议法"), null, null, 60,
                expected, attended, null, 0), attendees);
    }

    private long justiceSession() {
        return session(c.justice, 5, 0, null).session().id();
    }

    private int rows(String table) {
        return c.ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void theTokenIsRandomAndOnlyItsHashIsStored() {
        long id = justiceSession();
        SignInService.Opened a = signIn.open(ADMIN, id, 30, null);
        assertEquals(43, a.token().length(), "256 random bits, base64url");
        assertEquals(Instant.parse("2024-03-15T02:30:00Z"), a.expiresAt(), "10:00 + 30 minutes in China Standard Time");
        String stored = c.ledger.database().jdbi().withHandle(h ->
                h.createQuery("SELECT token_sha256 FROM study_signin_windows").mapTo(String.class).one());
        assertEquals(SignInService.sha256(a.token()), stored);
        assertFalse(stored.contains(a.token()));

        // Opened again: a new token, the old address stops working.
        SignInService.Opened b = signIn.open(ADMIN, id, 30, null);
        assertNotEquals(a.token(), b.token());
        assertThrows(NotFoundException.class, () -> signIn.sheet(a.token()));
        assertTrue(signIn.sheet(b.token()).open());
    }

    @Test
    void aPersonSignsInOnceAndAGuestByName() {
        long id = justiceSession();
        String token = signIn.open(ADMIN, id, 30, null).token();

        SignInService.SignedIn zhang = signIn.signIn(token, c.zhang.id(), null);
        assertEquals("张局长", zhang.name());
        assertFalse(zhang.late());
        clock.advance(Duration.ofMinutes(2));
        ConflictException again = assertThrows(ConflictException.class, () -> signIn.signIn(token, c.zhang.id(), null));
        assertEquals("“张局长”已于 10:00 签到,无需重复签到", again.getMessage());

        SignInService.SignedIn guest = signIn.signIn(token, null, " 刘律师 ");
        assertTrue(guest.guest());
        assertEquals("刘律师", guest.name());
        assertThrows(ConflictException.class, () -> signIn.signIn(token, null, "刘律师"));
        assertEquals(2, rows("study_signins"), "the refused tries wrote nothing");

        ValidationException neither = assertThrows(ValidationException.class, () -> signIn.signIn(token, null, " "));
        assertEquals("personId", neither.field());
        assertThrows(ValidationException.class, () -> signIn.signIn(token, c.wang.id(), "王副局长"));
        assertEquals(2, rows("study_signins"));

        SignInService.Status s = signIn.status(ADMIN, id);
        assertTrue(s.open());
        assertEquals(List.of("张局长", "刘律师"), s.signIns().stream().map(SignIn::name).toList());
        assertEquals(1, s.people());
        assertEquals(1, s.guests());
        assertEquals(3, s.unitPeople(), "司法局 has three people");
    }

    @Test
    void onlyTheSessionsUnitsPeopleAreListedAndAccepted() {
        long justice = justiceSession();
        long finance = session(c.finance, 3, 0, null).session().id();
        String token = signIn.open(ADMIN, justice, 30, null).token();
        String other = signIn.open(ADMIN, finance, 30, null).token();

        SignInService.Sheet sheet = signIn.sheet(token);
        assertEquals("县司法局", sheet.unitName());
        assertEquals(List.of("张局长", "王副局长", "李科员"), sheet.people().stream().map(n -> n.name()).toList());
        assertEquals(List.of("钱局长"), signIn.sheet(other).people().stream().map(n -> n.name()).toList());

        ValidationException stranger = assertThrows(ValidationException.class, () -> signIn.signIn(token, c.qian.id(), null));
        assertEquals("请从名单中选择您的姓名", stranger.getMessage(), "names nobody outside the unit");
        assertThrows(ValidationException.class, () -> signIn.signIn(token, c.zhao.id(), null), "not the subtree either");
        assertEquals(0, rows("study_signins"));

        signIn.signIn(other, c.qian.id(), null);
        assertTrue(signIn.status(ADMIN, justice).signIns().isEmpty(), "a token signs in for its own session only");
        assertEquals(1, signIn.status(ADMIN, finance).signIns().size());
    }

    @Test
    void phonesSendingTheSameNameAtOnceSignItInOnce() throws Exception {
        long id = justiceSession();
        String token = signIn.open(ADMIN, id, 30, null).token();
        int phones = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(phones);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < phones; i++) {
                boolean guest = i % 2 == 1;
                answers.add(pool.submit(() -> {
                    go.await();
                    try {
                        return guest ? signIn.signIn(token, null, "刘律师").name() : signIn.signIn(token, c.zhang.id(), null).name();
                    } catch (ConflictException e) {
                        return "refused: " + e.getMessage();
                    }
                }));
            }
            go.countDown();
            List<String> got = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> f : answers) {
                got.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, got.stream().filter("张局长"::equals).count(), got.toString());
            assertEquals(1, got.stream().filter("刘律师"::equals).count(), got.toString());
            assertTrue(got.stream().filter(a -> a.startsWith("refused: ")).allMatch(a -> a.contains("签到,无需重复签到")), got.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, rows("study_signins"));
    }

    @Test
    void unknownAndMalformedTokensAreNotFound() {
        signIn.open(ADMIN, justiceSession(), 30, null);
        for (String t : new String[] {"A".repeat(43), "short", "../../etc", "", null}) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> signIn.signIn(t, c.zhang.id(), null));
            assertEquals("签到链接无效,请重新扫描会场的二维码", e.getMessage());
            assertThrows(NotFoundException.class, () -> signIn.sheet(t));
        }
    }

    @Test
    void arrivalsAfterTheLateMinuteAreLate() {
        long id = justiceSession();
        String token = signIn.open(ADMIN, id, 60, SignInService.parseLateAfter("10:05")).token();
        clock.advance(Duration.ofMinutes(5).plusSeconds(50)); // 10:05:50 is still the minute named
        assertFalse(signIn.signIn(token, c.zhang.id(), null).late());
        clock.advance(Duration.ofSeconds(20)); // 10:06:10
        assertTrue(signIn.signIn(token, c.wang.id(), null).late());
        assertTrue(signIn.signIn(token, null, "县人大代表").late(), "a guest is late too, though listed 列席");

        signIn.close(ADMIN, id, false);
        Recorded r = training.sessions().get(ADMIN, id);
        assertEquals(List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.PRESENT),
                r.attendees().stream().map(Attendee::status).toList());
        assertEquals(List.of(false, false, true), r.attendees().stream().map(Attendee::guest).toList());
        assertEquals(5, r.session().expected(), "应到 as recorded: more than were listed");
        assertEquals(2, r.session().attended(), "实到: 出席 and 迟到, the guest apart");
    }

    @Test
    void lateAfterAndMinutesAreChecked() {
        long id = justiceSession();
        assertEquals("lateAfter", assertThrows(ValidationException.class, () -> SignInService.parseLateAfter("9点")).field());
        assertNull(SignInService.parseLateAfter(" "));
        for (Integer minutes : new Integer[] {0, 241, -5, null}) {
            ValidationException e = assertThrows(ValidationException.class, () -> signIn.open(ADMIN, id, minutes, null));
            assertEquals("签到时长应在1到240分钟之间", e.getMessage());
        }
        assertEquals(0, rows("study_signin_windows"));
        assertThrows(NotFoundException.class, () -> signIn.open(ADMIN, 9999, 30, null));
    }

    @Test
    void closingWritesTheAttendeesAndLeavesOthersAsRecorded() {
        Recorded before = session(c.justice, 3, 1, List.of(
                new Attendee(c.zhang.id(), null, AttendanceStatus.LEAVE, false),
                new Attendee(c.li.id(), null, AttendanceStatus.PRESENT, false)));
        long id = before.session().id();
        String token = signIn.open(ADMIN, id, 30, null).token();
        signIn.signIn(token, c.zhang.id(), null); // listed 请假 but came after all
        signIn.signIn(token, null, "刘律师");

        signIn.close(ADMIN, id, false);
        Recorded after = training.sessions().get(ADMIN, id);
        assertEquals(List.of("张局长 出席", "李科员 出席", "刘律师 出席"),
                after.attendees().stream().map(a -> a.name() + " " + a.status().label()).toList(),
                "王副局长 did not sign in and was not listed: left out, not marked 缺席");
        assertEquals(3, after.session().expected(), "应到 as recorded: the list names fewer of those expected");
        assertEquals(2, after.session().attended());
        assertEquals(before.session().version() + 1, after.session().version());

        assertEquals(SignInService.CLOSED,
                assertThrows(ConflictException.class, () -> signIn.signIn(token, c.wang.id(), null)).getMessage());
        SignInService.Sheet sheet = signIn.sheet(token);
        assertFalse(sheet.open());
        assertTrue(sheet.people().isEmpty(), "a closed window lists nobody");

        // Asked to, closing marks those neither listed nor signed in 缺席.
        signIn.close(ADMIN, id, true);
        Recorded marked = training.sessions().get(ADMIN, id);
        assertEquals("王副局长 缺席", marked.attendees().stream().filter(a -> a.personId() != null && a.personId() == c.wang.id())
                .map(a -> a.name() + " " + a.status().label()).findFirst().orElseThrow());
        assertEquals(3, marked.session().expected());
        assertEquals(2, marked.session().attended());
    }

    /**
     * After a sign-in, the session saved again as it stands (the edit page's 保存 with nothing changed) keeps its
     * numbers: the list names only who came and who was marked absent, not all 20 expected, and one rule counts
     * 应到 for both.
     */
    @Test
    void savingTheSessionUnchangedAfterASignInKeepsItsNumbers() {
        long id = session(c.justice, 20, 15, null).session().id();
        String token = signIn.open(ADMIN, id, 30, null).token();
        signIn.signIn(token, c.zhang.id(), null);
        signIn.close(ADMIN, id, true);
        Recorded closed = training.sessions().get(ADMIN, id);
        assertEquals(20, closed.session().expected());
        assertEquals(1, closed.session().attended());
        assertTrue(closed.attendees().size() < 20, "the list names fewer than the 20 expected");

        Recorded saved = training.sessions().update(ADMIN, id, closed.session(), closed.attendees(), closed.session().version());
        assertEquals(20, saved.session().expected(), "应到 unchanged");
        assertEquals(1, saved.session().attended(), "实到 unchanged");
        assertEquals(closed.session().attendanceRate(), saved.session().attendanceRate());
    }

    @Test
    void moreArrivalsThanExpectedRaise应到() {
        long id = session(c.justice, 1, 1, null).session().id();
        String token = signIn.open(ADMIN, id, 30, null).token();
        signIn.signIn(token, c.zhang.id(), null);
        signIn.signIn(token, c.wang.id(), null);
        signIn.signIn(token, c.li.id(), null);
        signIn.close(ADMIN, id, false);
        StudySession s = training.sessions().get(ADMIN, id).session();
        assertEquals(3, s.expected());
        assertEquals(3, s.attended());
    }

    @Test
    void anExpiredWindowClosesItselfAndWritesTheAttendees() {
        long id = justiceSession();
        String token = signIn.open(ADMIN, id, 10, null).token();
        signIn.signIn(token, c.li.id(), null);
        clock.advance(Duration.ofMinutes(10));
        assertEquals(SignInService.CLOSED,
                assertThrows(ConflictException.class, () -> signIn.signIn(token, c.zhang.id(), null)).getMessage());
        SignInService.Status s = signIn.status(ADMIN, id);
        assertFalse(s.open());
        assertEquals(Instant.parse("2024-03-15T02:10:00Z"), s.window().closedAt(), "closed as of its expiry");
        assertEquals(1, s.session().attended());
        assertEquals(List.of("李科员"), training.sessions().get(ADMIN, id).attendees().stream().map(Attendee::name).toList());
        List<AuditEntry> audit = c.audit("study-session", id);
        assertTrue(audit.get(0).summary().startsWith("扫码签到到时结束"), audit.get(0).summary());
    }

    @Test
    void openingAndClosingNeedAWriterOfTheUnitAndAreAudited() {
        long id = justiceSession();
        assertThrows(AccessDeniedException.class, () -> signIn.open(County.viewer(c.justice), id, 30, null));
        assertThrows(AccessDeniedException.class, () -> signIn.open(County.organiser(c.finance), id, 30, null));
        assertThrows(AccessDeniedException.class, () -> signIn.status(County.viewer(c.finance), id));
        assertEquals(0, rows("study_signin_windows"));

        signIn.open(County.organiser(c.justice), id, 45, LocalTime.of(9, 0));
        assertThrows(AccessDeniedException.class, () -> signIn.close(County.viewer(c.justice), id, false));
        assertTrue(signIn.status(County.viewer(c.justice), id).open(), "a viewer of the unit sees the list");
        signIn.close(County.organiser(c.county), id, false);

        List<AuditEntry> audit = c.audit("study-session", id);
        assertEquals("结束扫码签到“学习行政复议法 县司法局”(2024-03-15),无人签到,参加人员未变", audit.get(0).summary());
        assertEquals("开启扫码签到“学习行政复议法 县司法局”(2024-03-15),45 分钟,09:00 后为迟到", audit.get(1).summary());
        assertThrows(ConflictException.class, () -> signIn.close(ADMIN, justiceSessionOf(c.finance), false),
                "never opened");
    }

    @Test
    void aReceivedUnitIsReadOnly() {
        long id = justiceSession();
        // A window opened before 报送 made the unit a received one takes no sign-in after.
        String token = signIn.open(ADMIN, id, 30, null).token();
        c.ledger.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO received_units (org_id, received_at) VALUES (:id, :at)")
                .bind("id", c.justice.id()).bind("at", "2024-03-01T00:00:00Z").execute());
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> signIn.open(ADMIN, id, 30, null));
        assertEquals("该单位的数据由报送包接收,在此只读", e.getMessage());
        AccessDeniedException phone = assertThrows(AccessDeniedException.class, () -> signIn.signIn(token, c.zhang.id(), null));
        assertEquals("该单位的数据由报送包接收,在此只读", phone.getMessage());
        assertEquals(List.of(), signIn.status(ADMIN, id).signIns(), "nothing written");
        // Its time runs out: an ordinary window is closed and its arrivals written on the next look; this one is left.
        long audited = rows("audit_log");
        clock.advance(Duration.ofMinutes(31));
        assertEquals(null, signIn.status(ADMIN, id).window().closedAt(), "left as it was: not closed");
        assertEquals(audited, rows("audit_log"), "the session is not rewritten");
    }

    private long justiceSessionOf(Org org) {
        return session(org, 1, 0, null).session().id();
    }
}
