package org.fazhi.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** QR sign-in over real HTTP: the organiser's API, the public phone page, and what closing writes. */
class SignInApiTest {
    private final TestClock clock = TestClock.on(2025, 6, 16); // 10:00
    @AutoClose
    private final TestServer server = new TestServer(clock);
    private final Http admin = server.login(TestServer.ADMIN);
    private final Http phone = server.anonymous();
    private Org justice;
    private Org finance;
    private Person li;
    private Person wang;
    private Person qian;

    @BeforeEach
    void county() {
        CoreServices core = server.services();
        Org county = core.orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
        justice = core.orgs().create(Actor.SYSTEM, Org.draft("清河县司法局", OrgKind.DEPARTMENT, county.id()));
        finance = core.orgs().create(Actor.SYSTEM, Org.draft("清河县财政局", OrgKind.DEPARTMENT, county.id()));
        li = core.people().create(Actor.SYSTEM, Person.draft(justice.id(), "李明", "局长", LeaderCategory.PRINCIPAL));
        wang = core.people().create(Actor.SYSTEM, Person.draft(justice.id(), "王芳", "股长", LeaderCategory.STAFF));
        core.people().create(Actor.SYSTEM, Person.draft(justice.id(), "赵强", "科员", LeaderCategory.STAFF));
        qian = core.people().create(Actor.SYSTEM, Person.draft(finance.id(), "钱多多", "局长", LeaderCategory.PRINCIPAL));
    }

    private long session(Org org, int expected) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", org.id());
        m.put("date", "2025-06-16");
        m.put("kind", "COLLECTIVE");
        m.put("topic", "学习行政复议法(" + org.name() + ")");
        m.put("expected", expected);
        m.put("attended", 0);
        return admin.created("/api/study-sessions", m).get("id").asLong();
    }

    private JsonNode open(long id, Object minutes, String lateAfter) {
        Map<String, Object> body = new HashMap<>();
        body.put("minutes", minutes);
        body.put("lateAfter", lateAfter);
        return admin.created("/api/study-sessions/" + id + "/sign-in", body);
    }

    private Http.Res signIn(String path, String field, String value) {
        return phone.form(path, Http.fields(field, value));
    }

    @Test
    void signInFromAPhoneThenCloseWritesTheAttendees() {
        long id = session(justice, 2);
        JsonNode opened = open(id, 30, "10:05");
        String path = opened.get("path").asText();
        assertTrue(path.matches("/s/[A-Za-z0-9_-]{43}"), path);
        assertTrue(opened.get("url").asText().endsWith(path));
        assertEquals("2025-06-16T02:30:00Z", opened.get("expiresAt").asText());
        // Asked as 127.0.0.1: a phone cannot use that, so the page is told why the address differs.
        assertNotNull(opened.get("note").asText(null), opened.toString());
        assertFalse(opened.get("url").asText().contains("127.0.0.1") && PhoneAddress.lanAddresses().size() > 0);

        Http.Res page = phone.get(path);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("李明") && page.body().contains("王芳"), page.body());
        assertTrue(page.body().contains("清河县司法局"));
        assertFalse(page.body().contains("钱多多"), "another unit's people are not listed");

        Http.Res first = signIn(path, "personId", String.valueOf(li.id()));
        assertEquals(200, first.status(), first.body());
        assertTrue(first.body().contains("签到成功"), first.body());
        assertFalse(first.body().contains("签到成功(迟到)"));
        Http.Res again = signIn(path, "personId", String.valueOf(li.id()));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("“李明”已于 10:00 签到,无需重复签到"), again.body());
        Http.Res stranger = signIn(path, "personId", String.valueOf(qian.id()));
        assertEquals(400, stranger.status());
        assertTrue(stranger.body().contains("请从名单中选择您的姓名"));
        assertFalse(stranger.body().contains("钱多多"));

        Http.Res guest = signIn(path, "guestName", "县人大代表刘");
        assertEquals(200, guest.status(), guest.body());
        clock.advance(Duration.ofMinutes(7));
        Http.Res late = signIn(path, "personId", String.valueOf(wang.id()));
        assertTrue(late.body().contains("签到成功(迟到)"), late.body());

        JsonNode status = admin.get("/api/study-sessions/" + id + "/sign-in").json();
        assertTrue(status.get("open").asBoolean());
        assertEquals(23 * 60, status.get("remainingSeconds").asLong());
        assertEquals(2, status.get("people").asInt());
        assertEquals(1, status.get("late").asInt());
        assertEquals(1, status.get("guests").asInt());
        assertEquals(3, status.get("unitPeople").asInt());
        List<String> names = new ArrayList<>();
        status.get("signIns").forEach(a -> names.add(a.get("name").asText() + (a.get("late").asBoolean() ? "(迟到)" : "")));
        assertEquals(List.of("李明", "县人大代表刘", "王芳(迟到)"), names);

        Http.Res closed = admin.delete("/api/study-sessions/" + id + "/sign-in");
        assertEquals(200, closed.status(), closed.body());
        assertFalse(closed.json().get("open").asBoolean());
        JsonNode s = admin.get("/api/study-sessions/" + id).json();
        assertEquals(2, s.get("expected").asInt());
        assertEquals(2, s.get("attended").asInt());
        List<String> attendees = new ArrayList<>();
        s.get("attendees").forEach(a -> attendees.add(a.get("name").asText() + " " + a.get("status").asText()
                + (a.get("guest").asBoolean() ? " 列席" : "")));
        assertEquals(List.of("李明 PRESENT", "王芳 LATE", "县人大代表刘 PRESENT 列席"), attendees);

        Http.Res audit = admin.get("/audit");
        assertEquals(200, audit.status());
        assertTrue(audit.body().contains("结束扫码签到“学习行政复议法(清河县司法局)”(2025-06-16),签到 2 人(迟到 1 人),列席 1 人;"
                + "应到 2 人,实到 2 人"), audit.body());
        assertTrue(audit.body().contains("开启扫码签到“学习行政复议法(清河县司法局)”(2025-06-16),30 分钟,10:05 后为迟到"));

        Http.Res after = phone.get(path);
        assertEquals(200, after.status());
        assertTrue(after.body().contains("签到已结束"), after.body());
        assertFalse(after.body().contains("李明"), "a closed window lists nobody");
        Http.Res tooLate = signIn(path, "personId", String.valueOf(li.id()));
        assertEquals(409, tooLate.status());
        assertTrue(tooLate.body().contains("签到已结束"));
    }

    @Test
    void aTokenOpensItsOwnSessionOnlyAndAWrongOneIsNotFound() {
        long justiceSession = session(justice, 3);
        long financeSession = session(finance, 1);
        String justicePath = open(justiceSession, 30, null).get("path").asText();
        String financePath = open(financeSession, 30, null).get("path").asText();

        Http.Res financePage = phone.get(financePath);
        assertTrue(financePage.body().contains("钱多多"));
        assertFalse(financePage.body().contains("李明"));
        assertEquals(400, signIn(financePath, "personId", String.valueOf(li.id())).status());
        assertEquals(200, signIn(justicePath, "personId", String.valueOf(li.id())).status());
        assertEquals(0, admin.get("/api/study-sessions/" + financeSession + "/sign-in").json().get("people").asInt());

        String wrong = "/s/" + "x".repeat(43);
        assertEquals(404, phone.get(wrong).status());
        assertEquals(404, signIn(wrong, "personId", String.valueOf(li.id())).status());
        assertEquals(404, phone.get("/s/short").status());
        assertTrue(phone.get(wrong).body().contains("签到链接无效"));

        // Opened again, the old address stops working.
        String renewed = open(justiceSession, 30, null).get("path").asText();
        assertEquals(404, phone.get(justicePath).status());
        assertEquals(200, phone.get(renewed).status());
    }

    /**
     * Unknown addresses count against the caller's address as wrong exam codes do: 30 answer 404, then 429 in
     * Chinese until the pause ends. The meeting room's real sign-ins share that address and never count, nor wait.
     */
    @Test
    void guessingAddressesFromOneAddressIsPausedButRealSignInsGoOn() {
        long id = session(justice, 3);
        String path = open(id, 30, null).get("path").asText();
        List<Person> unit = List.of(li, wang);
        for (int i = 0; i < 30; i++) {
            String wrong = "/s/" + String.format("%043d", i);
            Http.Res r = i % 2 == 0 ? phone.get(wrong) : signIn(wrong, "personId", String.valueOf(li.id()));
            assertEquals(404, r.status(), "try " + i + ": " + r.body());
            if (i < unit.size()) {
                // Real sign-ins and page loads in between, from the same address: never counted.
                assertEquals(200, phone.get(path).status());
                assertEquals(200, signIn(path, "personId", String.valueOf(unit.get(i).id())).status());
            }
        }
        assertEquals(List.of("c:127.0.0.1 30"), server.server().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT key || ' ' || failures FROM login_failures").mapTo(String.class).list()), "counted by the caller's address");
        Http.Res paused = phone.get("/s/" + "y".repeat(43));
        assertEquals(429, paused.status(), paused.body());
        assertTrue(paused.body().contains("签到链接错误次数过多,请在 30 秒后再试,或重新扫描会场的二维码"), paused.body());
        assertEquals(429, signIn("/s/short", "guestName", "某人").status());
        // The real address still works for everyone behind it, and is still not counted.
        assertEquals(200, phone.get(path).status());
        assertTrue(signIn(path, "guestName", "县人大代表刘").body().contains("签到成功"));
        // One allowance per address for both kinds of one-time secret: an exam code waits too.
        assertEquals(429, phone.post("/api/exam-login", Map.of("code", "ABCDEFGH")).status());

        clock.advance(Duration.ofSeconds(31));
        assertEquals(404, phone.get("/s/" + "z".repeat(43)).status(), "the pause is over");
        Http.Res again = phone.get("/s/" + "w".repeat(43));
        assertEquals(429, again.status());
        assertTrue(again.body().contains("请在 60 秒后再试"), "the pause doubles: " + again.body());
        JsonNode status = admin.get("/api/study-sessions/" + id + "/sign-in").json();
        assertEquals(2, status.get("people").asInt());
        assertEquals(1, status.get("guests").asInt());
    }

    @Test
    void theOrganiserApiNeedsAnAccountAndAWriter() {
        long id = session(justice, 3);
        assertEquals(401, phone.get("/api/study-sessions/" + id + "/sign-in").status());
        assertEquals(401, phone.post("/api/study-sessions/" + id + "/sign-in", Map.of("minutes", 30)).status());
        server.createUser("viewer", Role.VIEWER, justice.id());
        Http viewer = server.login("viewer");
        assertEquals(403, viewer.post("/api/study-sessions/" + id + "/sign-in", Map.of("minutes", 30)).status());
        assertEquals(200, viewer.get("/api/study-sessions/" + id + "/sign-in").status());
        server.createUser("other", Role.ORGANISER, finance.id());
        assertEquals(403, server.login("other").post("/api/study-sessions/" + id + "/sign-in", Map.of("minutes", 30)).status());
        assertEquals(404, admin.post("/api/study-sessions/99999/sign-in", Map.of("minutes", 30)).status());

        Http.Res zero = admin.post("/api/study-sessions/" + id + "/sign-in", Map.of("minutes", 0));
        assertEquals(400, zero.status());
        assertEquals("minutes", zero.json().get("field").asText());
        Http.Res badTime = admin.post("/api/study-sessions/" + id + "/sign-in", Map.of("minutes", 30, "lateAfter", "25:99"));
        assertEquals(400, badTime.status());
        assertEquals("lateAfter", badTime.json().get("field").asText());
        assertEquals(409, admin.delete("/api/study-sessions/" + id + "/sign-in").status(), "never opened");
        assertFalse(admin.get("/api/study-sessions/" + id + "/sign-in").json().get("opened").asBoolean());
    }

    @Test
    void theOrganisersPageShowsTheCodeAndClosingWithAbsenceMarksTheRest() {
        long id = session(justice, 3);
        Http.Res form = admin.get("/study-sessions/" + id + "/sign-in");
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("开始签到"));
        Http.Res opened = admin.form("/study-sessions/" + id + "/sign-in", Http.fields("minutes", "20", "lateAfter", "09:30"));
        assertEquals(303, opened.status(), opened.body());
        Http.Res page = admin.get("/study-sessions/" + id + "/sign-in");
        assertTrue(page.body().contains("<svg") && page.body().contains("class=\"qr\""), page.body());
        assertTrue(page.body().contains("签到进行中"));
        Http.Res projector = admin.get("/study-sessions/" + id + "/sign-in/projector");
        assertTrue(projector.body().contains("<svg") && projector.body().contains("学习行政复议法"), projector.body());

        Http.Res refused = admin.form("/study-sessions/" + id + "/sign-in", Http.fields("minutes", "500"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("签到时长应在1到240分钟之间"));

        // The form's code is shown, not returned: the API opens it again to learn an address.
        String path = open(id, 20, "10:00").get("path").asText();
        assertEquals(200, signIn(path, "personId", String.valueOf(li.id())).status());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(signIn(path, "personId", String.valueOf(wang.id())).body().contains("签到成功(迟到)"), "10:02 is after 10:00");
        Http.Res close = admin.form("/study-sessions/" + id + "/sign-in/close", Http.fields("markAbsent", "true"));
        assertEquals(303, close.status(), close.body());
        JsonNode s = admin.get("/api/study-sessions/" + id).json();
        List<String> attendees = new ArrayList<>();
        s.get("attendees").forEach(a -> attendees.add(a.get("name").asText() + " " + a.get("status").asText()));
        assertEquals(List.of("李明 PRESENT", "王芳 LATE", "赵强 ABSENT"), attendees);
        assertEquals(3, s.get("expected").asInt());
        assertEquals(2, s.get("attended").asInt());
        assertTrue(admin.get("/study-sessions/" + id + "/sign-in").body().contains("签到已结束"));
    }
}
