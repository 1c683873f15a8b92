package org.fazhi.web.backup;

import org.fazhi.storage.backup.BackupSchedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.backup.BackupArchive;
import org.fazhi.storage.backup.BackupNames;
import org.fazhi.web.CliRun;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup of a running server: one archive a day, the newest N kept, failures shown, settings for admins. */
class DailyBackupTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "test-password-1";

    @TempDir
    Path tmp;
    WebServer server;
    Http admin;
    final MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 1).atTime(9, 0).atZone(ZONE).toInstant());

    /** A clock the test moves from day to day. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(LocalDate day) {
            now = day.atTime(9, 0).atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void start(Duration firstCheck, Duration interval) {
        server = WebServer.start(new ServerConfig("127.0.0.1", 0, tmp.resolve("法治台账 数据"), false), clock,
                new BackupSchedule(firstCheck, interval));
        server.services().users().create(Actor.SYSTEM, new UserAccount(null, "admin", null, Role.ADMIN, null, false, 0), PASSWORD);
        admin = new Http(base());
        admin.loginWithToken("admin", PASSWORD);
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private List<String> backupFiles() throws Exception {
        try (Stream<Path> s = Files.list(server.database().folder().backups())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsTheNewestNDailyArchivesAndNeverTouchesOtherFiles() throws Exception {
        start(Duration.ofHours(1), Duration.ofHours(1));
        BackupLedger ledger = BackupLedger.create(server);
        Path backups = server.database().folder().backups();
        Files.writeString(backups.resolve("我的手动备份.fazhi.zip"), "管理员自己放的");
        Files.writeString(backups.resolve("before-upgrade-20260101-000000-000.db"), "升级前的副本");
        assertEquals(200, admin.put("/api/settings/backup", Map.of("keep", 3)).status());

        for (int day = 1; day <= 5; day++) {
            clock.set(LocalDate.of(2026, 11, day));
            ledger.studyFile("第" + day + "天的签到表");
            assertTrue(server.dailyBackup().runIfDue().isPresent(), "day " + day + " gets its archive");
            assertTrue(server.dailyBackup().runIfDue().isEmpty(), "once a day only");
        }

        assertEquals(List.of("before-upgrade-20260101-000000-000.db", "备份-2026-11-03.fazhi.zip", "备份-2026-11-04.fazhi.zip",
                "备份-2026-11-05.fazhi.zip", "我的手动备份.fazhi.zip"), backupFiles());
        try (BackupArchive newest = BackupArchive.open(backups.resolve("备份-2026-11-05.fazhi.zip"))) {
            assertEquals(5, newest.manifest().attachments().size(), "the newest archive has every day's file");
        }
        JsonNode status = admin.get("/api/settings/backup").json();
        assertEquals(3, status.get("keep").asInt());
        assertEquals("backups/备份-2026-11-05.fazhi.zip", status.get("lastBackupFile").asText());
        assertEquals(clock.instant(), Instant.parse(status.get("lastBackupAt").asText()));
        assertTrue(status.get("lastError").isNull(), status.toString());

        // Going back to the 3rd from the folder's own backups, as an office would after a bad day.
        Path dir = server.database().folder().root();
        server.close();
        server = null;
        CliRun r = CliRun.of("restore", "--from", backups.resolve("备份-2026-11-03.fazhi.zip").toString(),
                "--data", dir.toString(), "--force");
        assertEquals(0, r.exit(), r.err());
        try (WebServer again = WebServer.start(new ServerConfig("127.0.0.1", 0, dir, false))) {
            List<String> topics = again.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT topic FROM study_sessions ORDER BY id").mapTo(String.class).list());
            assertEquals(List.of("集体学法:第1天的签到表", "集体学法:第2天的签到表", "集体学法:第3天的签到表"), topics);
            Map<String, String> files = BackupLedger.everyFile(again);
            assertEquals(3, files.size());
            files.forEach((row, hash) -> assertTrue(row.endsWith(":" + hash), row + " has its file, byte for byte"));
            assertTrue(Files.exists(backups.resolve("备份-2026-11-05.fazhi.zip")), "the archives themselves stay");
        }
    }

    @Test
    void theServerWritesTodaysArchiveSoonAfterStartAndThenOncePerDay() throws Exception {
        start(Duration.ofMillis(50), Duration.ofMillis(100));
        String today = BackupNames.daily(LocalDate.of(2026, 11, 1));
        awaitFile(today);
        Thread.sleep(500); // several more checks on the same day
        assertEquals(List.of(today), backupFiles());

        clock.set(LocalDate.of(2026, 11, 2));
        awaitFile(BackupNames.daily(LocalDate.of(2026, 11, 2)));
        assertEquals(2, backupFiles().size());
    }

    private void awaitFile(String name) throws Exception {
        Path file = server.database().folder().backups().resolve(name);
        for (int i = 0; i < 200 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), name + " was written by the schedule: " + backupFiles());
    }

    @Test
    void aFailureIsShownAsLastErrorPrunesNothingAndTheServerCarriesOn() throws Exception {
        start(Duration.ofHours(1), Duration.ofHours(1));
        BackupLedger.Saved lost = BackupLedger.create(server).studyFile("会丢失的签到表");
        Path backups = server.database().folder().backups();
        Files.writeString(backups.resolve("备份-2026-10-30.fazhi.zip"), "较早的");
        Files.writeString(backups.resolve("备份-2026-10-31.fazhi.zip"), "较早的");
        admin.put("/api/settings/backup", Map.of("keep", 1));
        Path file = server.database().folder().attachments().resolve("study").resolve(lost.sha256().substring(0, 2))
                .resolve(lost.sha256() + ".bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);

        server.dailyBackup().check();

        JsonNode status = admin.get("/api/settings/backup").json();
        assertTrue(status.get("lastError").asText().contains("附件文件不存在"), status.toString());
        assertTrue(status.get("lastBackupAt").isNull());
        assertEquals(List.of("备份-2026-10-30.fazhi.zip", "备份-2026-10-31.fazhi.zip"), backupFiles(),
                "a failed day prunes nothing and leaves no partial file");
        assertEquals(200, admin.get("/api/health").status());
        Http browser = new Http(base());
        assertEquals(303, Forms.signIn(browser, "admin", PASSWORD, "/settings/backup").status());
        assertTrue(browser.get("/settings/backup").body().contains("最近一次自动备份失败"));

        Files.write(file, bytes);
        server.dailyBackup().check();
        status = admin.get("/api/settings/backup").json();
        assertTrue(status.get("lastError").isNull(), "a success clears the error: " + status);
        assertEquals(List.of("备份-2026-11-01.fazhi.zip"), backupFiles());
    }

    @Test
    void onlyAdminsReadAndChangeTheSettingAndBadValuesAreRefused() throws Exception {
        start(Duration.ofHours(1), Duration.ofHours(1));
        server.services().users().create(Actor.SYSTEM, new UserAccount(null, "clerk", null, Role.ORGANISER, null, false, 0), PASSWORD);
        Http clerk = new Http(base());
        clerk.loginWithToken("clerk", PASSWORD);
        assertEquals(403, clerk.get("/api/settings/backup").status());
        assertEquals(403, clerk.put("/api/settings/backup", Map.of("keep", 30)).status());

        JsonNode fresh = admin.get("/api/settings/backup").json();
        assertEquals(7, fresh.get("keep").asInt(), "seven by default");
        assertTrue(fresh.get("lastBackupAt").isNull() && fresh.get("lastBackupFile").isNull() && fresh.get("lastError").isNull());
        for (String body : List.of("{\"keep\":0}", "{\"keep\":366}", "{\"keep\":\"7\"}", "{\"keep\":2.5}", "{}", "[]")) {
            Http.Res r = admin.raw("PUT", "/api/settings/backup", "application/json", body);
            assertEquals(400, r.status(), body + " → " + r.body());
            assertTrue(r.json().get("message").asText().codePoints().anyMatch(c -> c > 0x4e00), r.body());
        }
        assertEquals("keep", admin.raw("PUT", "/api/settings/backup", "application/json", "{\"keep\":0}").json().get("field").asText());
        Http.Res ok = admin.put("/api/settings/backup", Map.of("keep", 30, "lastError", "客户端不能写这个"));
        assertEquals(200, ok.status(), ok.body());
        assertEquals(30, ok.json().get("keep").asInt());
        assertTrue(ok.json().get("lastError").isNull());
        assertTrue(admin.get("/api/audit?entity=setting").body().contains("每日自动备份保留份数由 7 改为 30"));

        Http browser = new Http(base());
        Forms.signIn(browser, "admin", PASSWORD, "/settings/backup");
        String page = browser.get("/settings/backup").body();
        assertEquals("30", Forms.inputValue(page, "keep"));
        Http.Res bad = browser.form("/settings/backup", Http.fields("_csrf", Forms.csrf(page), "keep", "十"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("保留份数应为1到365之间的整数") && bad.body().contains("value=\"十\""), bad.body());
        assertEquals(403, browser.form("/settings/backup", Http.fields("_csrf", "wrong", "keep", "5")).status());
        Http.Res saved = browser.form("/settings/backup", Http.fields("_csrf", Forms.csrf(page), "keep", "5"));
        assertEquals(303, saved.status());
        assertTrue(browser.get("/settings/backup?msg=saved").body().contains("已保存"));
        assertEquals(5, admin.get("/api/settings/backup").json().get("keep").asInt());

        Http clerkBrowser = new Http(base());
        Forms.signIn(clerkBrowser, "clerk", PASSWORD, "/");
        assertEquals(403, clerkBrowser.get("/settings/backup").status());
        assertFalse(clerkBrowser.get("/").body().contains("/settings/backup"), "the menu shows 备份 to admins only");
        assertTrue(browser.get("/").body().contains("href=\"/settings/backup\""));
    }
}
