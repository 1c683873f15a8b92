package org.fazhi.web.server;

import static org.fazhi.web.support.ApiBodies.studySession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.backup.BackupResult;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One clock, made where the server is wired, reaches every module: pinned to 20 March 2025, every page and
 * API that says "this year" or "today" says 2025 — the dashboard, the training and duty-tracking pages,
 * the annual report's reminder, future dates, the audit log, export names and the daily backup — and
 * moved forward, it ends sign-in sessions and login pauses.
 */
class OneClockTest {
    private static final LocalDate PINNED = LocalDate.of(2025, 3, 20);

    @TempDir
    Path tmp;

    /**
     * The clock {@code --today 2025-03-20} makes ({@link ServerClock#pinned}), over a system clock that
     * reads noon now, so the pinned day cannot end while the test runs, whatever the hour.
     */
    private static Clock pinnedAtNoon() {
        Clock system = Clock.system(TestClock.ZONE);
        Instant noon = LocalDate.now(system).atTime(LocalTime.NOON).atZone(TestClock.ZONE).toInstant();
        return ServerClock.pinned(PINNED, Clock.offset(system, Duration.between(system.instant(), noon)));
    }

    @Test
    void aPinnedDateReachesTheDashboardComplianceTheReminderFutureDatesAndEveryModule() throws Exception {
        try (TestServer server = new TestServer(pinnedAtNoon())) {
            Org county = server.services().orgs().create(Actor.SYSTEM, Org.draft("时钟县人民政府", OrgKind.COUNTY_GOV, null));
            Org dept = server.services().orgs().create(Actor.SYSTEM, Org.draft("时钟县司法局", OrgKind.DEPARTMENT, county.id()));
            Http api = server.login(TestServer.ADMIN);
            Http browser = Forms.signedIn(server, TestServer.ADMIN);

            // The dashboard: this year by default, in progress, with last year's report to remind of.
            String home = browser.get("/").body();
            assertTrue(home.contains("<option value=\"2025\" selected>"), "the dashboard's default year");
            assertTrue(home.contains("2025年(截至 2025-03-20,学法按进度考核)"), home);
            assertTrue(home.contains("<strong>时钟县人民政府2024年度法治政府建设年度报告</strong>应于4月1日(2025-04-01)前公开/报送,"
                    + "还有 <strong>12</strong> 天"), "the report reminder counts from the pinned day");

            // Study compliance: 2025 by default, judged on pace (the first quarter has not ended).
            JsonNode compliance = api.get("/api/study-compliance?orgId=" + dept.id()).json();
            JsonNode rule = compliance.get(0).get("rules").get(0);
            assertEquals(0, rule.get("due").asInt(), compliance.toString());
            assertTrue(rule.get("compliant").asBoolean() && !rule.get("finalJudgement").asBoolean(), compliance.toString());
            String board = browser.get("/study-sessions/compliance").body();
            assertTrue(board.contains("2025年度学法达标情况") && board.contains("按进度考核"));

            // A session dated after the pinned day is refused; on it, accepted.
            Http.Res tomorrow = api.post("/api/study-sessions", studySession(dept.id(), "2025-03-21", "明天的学法"));
            assertEquals(400, tomorrow.status(), tomorrow.body());
            assertEquals("date", tomorrow.json().get("field").asText());
            assertTrue(tomorrow.json().get("message").asText().contains("晚于今天"));
            Http.Res today = api.post("/api/study-sessions", studySession(dept.id(), "2025-03-20", "今天的学法"));
            assertEquals(201, today.status(), today.body());

            // Every other ledger's default year, and the dates pages write.
            for (String path : List.of("/tests", "/court-cases/ranking", "/duties", "/duties/law-reports", "/rectifications")) {
                assertTrue(browser.get(path).body().contains("<option value=\"2025\" selected>"), path + " defaults to 2025");
            }
            String bulletin = browser.get("/court-cases/bulletin").body();
            assertTrue(bulletin.contains("2025年2月") && bulletin.contains("2025年3月20日"), "last month's 通报, dated today");
            assertEquals("2025-03-20", Forms.inputValue(browser.get("/study-sessions/new").body(), "date"));
            assertTrue(browser.get("/reports/annual").body().contains("时钟县人民政府2024年度法治政府建设工作报告"),
                    "last year's report by default");
            assertTrue(api.get("/api/orgs/export?format=csv").header("Content-Disposition").contains("-2025-03-20.csv"),
                    "exports are named with the pinned day");

            // What is stored: the audit log's stamps and the daily backup's name and time.
            JsonNode audit = api.get("/api/audit?entity=study-session").json().get(0);
            assertEquals(PINNED, LocalDateTime.ofInstant(Instant.parse(audit.get("at").asText()), TestClock.ZONE).toLocalDate(),
                    audit.toString());
            BackupResult backup = server.server().dailyBackup().runIfDue().orElseThrow();
            assertEquals("备份-2025-03-20.fazhi.zip", backup.file().getFileName().toString());
            assertTrue(api.get("/api/settings/backup").json().get("lastBackupAt").asText().startsWith("2025-03-20"));
        }
    }

    @Test
    void theConfigsTodayPinsTheDateAndTheTimeOfDayKeepsRunning() throws Exception {
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, tmp.resolve("数据"), false, PINNED))) {
            LocalDateTime read = LocalDateTime.now(server.clock());
            LocalDateTime real = LocalDateTime.now(ServerClock.system());
            assertEquals(server.clock().getZone(), ServerClock.system().getZone(), "in the computer's zone");
            // The same time of day as the real clock (unless the real day ended between the two readings).
            assertTrue(read.toLocalDate().equals(PINNED) || real.toLocalTime().isBefore(LocalTime.of(0, 1)), read.toString());
            assertTrue(Duration.between(read.toLocalTime(), real.toLocalTime()).abs().toSeconds() < 60
                    || real.toLocalTime().isBefore(LocalTime.of(0, 1)), read + " / " + real);
            Instant first = server.clock().instant();
            Thread.sleep(20);
            assertTrue(server.clock().instant().isAfter(first), "not a fixed clock: now still advances");
            assertEquals(PINNED, LocalDate.now(server.services().audit().clock()), "the ledger's services share it");
            assertEquals(PINNED, server.duty().duties().items().today());
            assertEquals(PINNED, server.training().sessions().today());
        }
    }

    @Test
    void pinningKeepsTheTimeOfDayAndLetsTheDayEndAtMidnight() {
        TestClock base = TestClock.on(2026, 12, 5).advance(Duration.ofHours(13)); // 23:00
        Clock pinned = ServerClock.pinned(PINNED, base);
        assertEquals(LocalDateTime.of(2025, 3, 20, 23, 0), LocalDateTime.now(pinned));
        base.advance(Duration.ofHours(2));
        assertEquals(LocalDateTime.of(2025, 3, 21, 1, 0), LocalDateTime.now(pinned), "a demo left running moves on");
        assertEquals(TestClock.ZONE, pinned.getZone());
    }

    @Test
    void sessionsExpireAndLoginPausesEndAsTheClockMovesForward() {
        TestClock clock = TestClock.on(PINNED);
        try (TestServer server = new TestServer(clock)) {
            Http browser = Forms.signedIn(server, TestServer.ADMIN);
            Http api = server.login(TestServer.ADMIN);
            clock.advance(Duration.ofHours(11));
            assertEquals(200, browser.get("/").status(), "a browser session lasts 12 hours");
            clock.advance(Duration.ofHours(2));
            assertNotEquals(200, browser.get("/").status(), "and then it is over");
            assertEquals(200, api.get("/api/orgs").status(), "an API token lasts 30 days");
            clock.advance(Duration.ofDays(30));
            assertEquals(401, api.get("/api/orgs").status(), "and then it is over");

            Http guesser = server.anonymous();
            for (int i = 0; i < 5; i++) {
                assertEquals(401, guesser.post("/api/login", Map.of("username", TestServer.ADMIN, "password", "wrong-" + i)).status());
            }
            Http.Res paused = guesser.post("/api/login", Map.of("username", TestServer.ADMIN, "password", TestServer.PASSWORD));
            assertEquals(429, paused.status(), "five failures pause the account, right password or not");
            assertTrue(paused.json().get("message").asText().contains("30 秒后再试"), paused.body());
            clock.advance(Duration.ofSeconds(29));
            assertEquals(429, guesser.post("/api/login", Map.of("username", TestServer.ADMIN, "password", TestServer.PASSWORD)).status());
            clock.advance(Duration.ofSeconds(2));
            assertEquals(200, guesser.post("/api/login", Map.of("username", TestServer.ADMIN, "password", TestServer.PASSWORD)).status(),
                    "the pause ends with the clock, not with the wall");
        }
    }
}
