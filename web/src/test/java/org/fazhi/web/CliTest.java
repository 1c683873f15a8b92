package org.fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.fazhi.web.support.BusyWriter;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an administrator types it: {@code user add} and {@code backup} against a data
 * folder whose path has Chinese characters and spaces (as {@code D:\法治台账\数据 2024} would), with the
 * password on standard input and the output read back from stdout and stderr.
 */
class CliTest {
    private static final String PASSWORD = "组织者的密码 2024";

    @TempDir
    Path tmp;
    private Path data;

    @BeforeEach
    void folders() throws Exception {
        data = Files.createDirectories(tmp.resolve("法治台账 测试").resolve("数据 2024"));
    }

    /** Runs {@code java -jar web.jar ARGS} in this JVM with {@code input} on standard input. */
    private static CliRun run(String input, String... args) {
        return CliRun.withInput(input, args);
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void assertOneChineseLine(CliRun r) {
        assertEquals(1, r.errLines().size(), "one line on stderr, no stack trace:\n" + r.err());
        assertTrue(hasChinese(r.err()), "a Chinese message: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    /** A ledger in {@code dir} with a county and one department; returns [county, department]. */
    private static List<Org> ledgerWithOrgs(Path dir) {
        try (Database db = Database.open(DataFolder.open(dir), List.of())) {
            CoreServices core = new CoreServices(db, ZoneId.systemDefault());
            Org county = core.orgs().create(Actor.SYSTEM, Org.draft("某县人民政府", OrgKind.COUNTY_GOV, null));
            Org dept = core.orgs().create(Actor.SYSTEM, Org.draft("县司法局", OrgKind.DEPARTMENT, county.id()));
            core.orgs().create(Actor.SYSTEM, Org.draft("公证处", OrgKind.UNIT, dept.id()));
            return List.of(county, dept);
        }
    }

    private static List<UserAccount> accounts(Path dir) {
        try (Database db = Database.open(DataFolder.open(dir), List.of())) {
            return new CoreServices(db, ZoneId.systemDefault()).users().list(Actor.SYSTEM);
        }
    }

    private static WebServer serve(Path dir) {
        return WebServer.start(new ServerConfig("127.0.0.1", 0, dir, false));
    }

    // ---- user add ----

    @Test
    void userAddCreatesAScopedOrganiserWhoCanThenSignIn() {
        Org dept = ledgerWithOrgs(data).get(1);

        CliRun r = run(PASSWORD + "\n", "user", "add", "李组织员", "--role", "organiser", "--org", String.valueOf(dept.id()),
                "--name", "李 四", "--data", data.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("已创建账号 李组织员(组织者,限定单位编号 " + dept.id() + ")"), r.out());
        try (WebServer server = serve(data)) {
            String base = "http://127.0.0.1:" + server.port();
            Http api = new Http(base);
            api.loginWithToken("李组织员", PASSWORD);
            Http.Res orgs = api.get("/api/orgs");
            assertEquals(200, orgs.status());
            Set<String> names = new java.util.HashSet<>();
            for (JsonNode o : orgs.json()) {
                names.add(o.get("name").asText());
            }
            assertEquals(Set.of("县司法局", "公证处"), names, "the organiser sees only the unit given with --org and below");

            Http browser = new Http(base);
            Http.Res signIn = Forms.signIn(browser, "李组织员", PASSWORD, "/orgs");
            assertEquals(303, signIn.status(), signIn.body());
            String page = browser.get("/orgs").body();
            assertTrue(page.contains("李 四") && page.contains("组织者"), "the page greets the new account by its name");
            assertTrue(page.contains("新建单位"), "an organiser may add units");
        }
    }

    @Test
    void userAddOnAFreshFolderCreatesTheLedgerAndAnAdmin() {
        Path fresh = data.resolve("新 文件夹");
        CliRun r = run("admin-password\r\n", "user", "add", "管理员", "--role", "admin", "--data", fresh.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(fresh.resolve("fazhi.db")));
        try (WebServer server = serve(fresh)) {
            assertFalse(server.setup().open(), "with an account made on the command line the setup page stays closed");
            Http api = new Http("http://127.0.0.1:" + server.port());
            api.loginWithToken("管理员", "admin-password"); // the Windows line ending is not part of the password
            assertEquals(200, api.get("/api/users").status(), "an admin");
        }
    }

    @Test
    void aShortPasswordIsRefusedWithOneChineseLineAndNothingIsCreated() {
        ledgerWithOrgs(data);
        int before = accounts(data).size();

        CliRun r = run("short\n", "user", "add", "duanmima", "--role", "viewer", "--data", data.toString());

        assertNotEquals(0, r.exit());
        assertOneChineseLine(r);
        assertTrue(r.err().contains("密码至少8位"), r.err());
        assertFalse(r.out().contains("已创建"), r.out());
        assertEquals(before, accounts(data).size(), "no account was created");
    }

    @Test
    void badInputOnAFreshFolderWritesNothingAndSpeaksChinese() {
        Path fresh = data.resolveSibling("新 数据目录");
        CliRun shortPw = run("short\n", "user", "add", "someone", "--role", "viewer", "--data", fresh.toString());
        assertNotEquals(0, shortPw.exit());
        CliRun missing = run(PASSWORD + "\n", "user", "add", "someone", "--data", fresh.toString());
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("缺少必需的选项 --role"), missing.err());
        CliRun unknown = run("", "repair", "--data", fresh.toString());
        assertTrue(unknown.err().contains("无法识别的参数或选项"), unknown.err());
        assertFalse(java.nio.file.Files.exists(fresh), "a refused command must not create " + fresh);
    }

    @Test
    void anUnknownRoleIsRefused() {
        ledgerWithOrgs(data);
        CliRun r = run(PASSWORD + "\n", "user", "add", "boss", "--role", "boss", "--data", data.toString());
        assertNotEquals(0, r.exit());
        assertOneChineseLine(r);
        assertTrue(r.err().contains("角色") && r.err().toLowerCase(java.util.Locale.ROOT).contains("organiser"), "the message names the roles allowed: " + r.err());
        assertTrue(accounts(data).stream().noneMatch(u -> u.username().equals("boss")));
    }

    @Test
    void otherBadInputEndsWithOneLineAndANonZeroStatus() {
        List<Org> orgs = ledgerWithOrgs(data);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("no role", new String[] {"user", "add", "norole", "--data", data.toString()});
        cases.put("no name", new String[] {"user", "add", "--role", "viewer", "--data", data.toString()});
        cases.put("unknown option", new String[] {"user", "add", "x1", "--role", "viewer", "--colour", "red", "--data", data.toString()});
        cases.put("org not a number", new String[] {"user", "add", "x2", "--role", "viewer", "--org", "司法局", "--data", data.toString()});
        cases.put("unknown org", new String[] {"user", "add", "x3", "--role", "viewer", "--org", "999999", "--data", data.toString()});
        cases.put("admin with org", new String[] {"user", "add", "x4", "--role", "admin", "--org", String.valueOf(orgs.get(0).id()), "--data", data.toString()});
        cases.put("bad user name", new String[] {"user", "add", "a b", "--role", "viewer", "--data", data.toString()});
        cases.put("unknown command", new String[] {"repair", "--data", data.toString()});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            CliRun r = run(PASSWORD + "\n", c.getValue());
            assertNotEquals(0, r.exit(), c.getKey());
            assertEquals(1, r.errLines().size(), c.getKey() + ": one line on stderr:\n" + r.err());
            assertFalse(r.err().contains("Exception"), c.getKey() + ": " + r.err());
        }
        assertEquals(0, accounts(data).size(), "no account was created");

        CliRun again = run(PASSWORD + "\n", "user", "add", "chongfu", "--role", "viewer", "--data", data.toString());
        assertEquals(0, again.exit(), again.err());
        CliRun twice = run(PASSWORD + "\n", "user", "add", "chongfu", "--role", "viewer", "--data", data.toString());
        assertNotEquals(0, twice.exit());
        assertOneChineseLine(twice);
        assertTrue(twice.err().contains("已存在"), twice.err());
    }

    @Test
    void helpListsTheCommandsAndTheirOptions() {
        CliRun top = run("", "--help");
        assertEquals(0, top.exit(), top.err());
        for (String s : List.of("user", "backup", "--port", "--host", "--data", "--demo", "--today", "--help", "--version")) {
            assertTrue(top.out().contains(s), "--help mentions " + s + ":\n" + top.out());
        }
        assertTrue(top.out().contains("备份数据库"), "the commands are described in Chinese:\n" + top.out());
        CliRun user = run("", "user", "--help");
        assertEquals(0, user.exit());
        assertTrue(user.out().contains("add"), user.out());
        CliRun add = run("", "user", "add", "--help");
        assertEquals(0, add.exit());
        for (String s : List.of("NAME", "--role", "--org", "--data", "admin", "organiser", "viewer", "标准输入")) {
            assertTrue(add.out().contains(s), "user add --help mentions " + s + ":\n" + add.out());
        }
        CliRun backup = run("", "backup", "--help");
        assertEquals(0, backup.exit());
        assertTrue(backup.out().contains("--to") && backup.out().contains("--data"), backup.out());
        for (CliRun r : List.of(top, user, add, backup, run("", "restore", "--help"))) {
            assertTrue(r.out().startsWith("用法:") && r.out().contains("选项:"), "every help has the Chinese headings:\n" + r.out());
        }
        assertTrue(user.out().contains("命令:"), user.out());
    }

    /** docs/API.md promises that {@code --help} shows every command and option. */
    @Test
    void topLevelHelpShowsEveryCommandAndOption() {
        CliRun top = run("", "--help");
        for (String s : List.of("user add", "--role", "--org", "backup", "--to")) {
            assertTrue(top.out().contains(s), "--help mentions " + s + ":\n" + top.out());
        }
    }

    @Test
    void anActiveRequestCountOutOfRangeIsRefusedInChineseBeforeAnythingStarts() {
        Path fresh = data.resolve("不该创建");
        for (String bad : List.of("-1", "1001")) {
            CliRun r = run("", "--active-requests", bad, "--port", "0", "--data", fresh.toString());
            assertEquals(1, r.exit(), bad + ": " + r.err());
            assertOneChineseLine(r);
            assertTrue(r.err().contains("--active-requests 必须在0到1000之间"), r.err());
        }
        assertFalse(Files.exists(fresh), "refused before anything is started or created");
    }

    // ---- serve --today ----

    @Test
    void aDateThatDoesNotExistForTodayIsAUsageErrorInChinese() {
        Path fresh = data.resolve("不该创建");
        CliRun r = run("", "--today", "2025-02-30", "--port", "0", "--data", fresh.toString());
        assertEquals(2, r.exit(), "a usage error, as the others: " + r.err());
        assertOneChineseLine(r);
        assertTrue(r.err().contains("用法错误:选项 --today 的值“2025-02-30”无效:应为实际存在的日期,格式 YYYY-MM-DD,例如 2025-03-20"),
                r.err());
        assertFalse(Files.exists(fresh), "refused before anything is started or created");

        for (String bad : List.of("20250320", "2025-3-20", "明天", "2025-13-01")) {
            CliRun b = run("", "--today", bad, "--port", "0", "--data", fresh.toString());
            assertEquals(2, b.exit(), bad);
            assertOneChineseLine(b);
            assertTrue(b.err().contains("格式 YYYY-MM-DD"), bad + ": " + b.err());
        }
        CliRun old = run("", "--today", "1999-12-31", "--port", "0", "--data", fresh.toString());
        assertEquals(2, old.exit());
        assertTrue(old.err().contains("年份应在2000到2100之间"), old.err());
        CliRun missing = run("", "--today");
        assertEquals(2, missing.exit());
        assertOneChineseLine(missing);
        assertFalse(Files.exists(fresh));

        CliRun help = run("", "--help");
        assertTrue(help.out().contains("--today YYYY-MM-DD") && help.out().contains("把“今天”固定为"), help.out());
    }

    // ---- backup ----

    @Test
    void backupWhileTheServerRunsAndWritesGivesAConsistentCopy() throws Exception {
        Path target = tmp.resolve("备份 文件夹").resolve("法治台账 备份.db");
        Path copyDir = tmp.resolve("恢复 检查");
        try (WebServer server = serve(data)) {
            CoreServices core = server.services();
            Org county = core.orgs().create(Actor.SYSTEM, Org.draft("备份测试县人民政府", OrgKind.COUNTY_GOV, null));
            for (int i = 0; i < 20; i++) {
                core.orgs().create(Actor.SYSTEM, Org.draft("备份前单位" + i, OrgKind.DEPARTMENT, county.id()));
            }
            int before = core.orgs().visible(Actor.SYSTEM).size();

            // Someone keeps saving units through the pages' services while the backup runs.
            BusyWriter writer = BusyWriter.start(3,
                    i -> core.orgs().create(Actor.SYSTEM, Org.draft("备份中单位" + i, OrgKind.UNIT, county.id())));
            assertTrue(writer.awaitFirst(Duration.ofSeconds(10)));
            CliRun r;
            try {
                r = run("", "backup", "--to", target.toString(), "--data", data.toString());
            } finally {
                writer.stop(Duration.ofSeconds(10));
            }
            assertNull(writer.failed(), "the server kept writing during the backup");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("已备份到 " + target.toAbsolutePath().normalize()), r.out());
            assertTrue(writer.saved() > 0);
            int after = core.orgs().visible(Actor.SYSTEM).size();

            // Restore it as an office would, into a new data folder.
            CliRun restored = run("", "restore", "--from", target.toString(), "--data", copyDir.toString());
            assertEquals(0, restored.exit(), restored.err());
            try (Database copy = Database.open(DataFolder.open(copyDir), List.of())) {
                assertEquals("ok", copy.jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
                List<Org> orgs = new CoreServices(copy, ZoneId.systemDefault()).orgs().visible(Actor.SYSTEM);
                Set<String> names = orgs.stream().map(Org::name).collect(Collectors.toSet());
                assertTrue(names.contains("备份测试县人民政府"));
                for (int i = 0; i < 20; i++) {
                    assertTrue(names.contains("备份前单位" + i), "备份前单位" + i + " is in the backup");
                }
                assertTrue(orgs.size() >= before && orgs.size() <= after, before + " ≤ " + orgs.size() + " ≤ " + after);
                // A snapshot: the units written during the backup are a gap-free prefix, never a torn set.
                List<Integer> during = new ArrayList<>();
                for (String n : names) {
                    if (n.startsWith("备份中单位")) {
                        during.add(Integer.parseInt(n.substring("备份中单位".length())));
                    }
                }
                during.sort(null);
                for (int i = 0; i < during.size(); i++) {
                    assertEquals(i, during.get(i), "units in the backup: " + during);
                }
            }
        }
        assertFalse(Files.exists(target.resolveSibling(target.getFileName() + ".part")), "no half-written file is left");
    }

    @Test
    void backupOfAFolderWithoutADatabaseIsRefused() {
        Path empty = data.resolve("空 目录");
        Path target = tmp.resolve("备份.db");
        CliRun r = run("", "backup", "--to", target.toString(), "--data", empty.toString());
        assertNotEquals(0, r.exit());
        assertOneChineseLine(r);
        assertTrue(r.err().contains("没有数据库"), r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void backupWithoutATargetIsAUsageError() {
        ledgerWithOrgs(data);
        CliRun r = run("", "backup", "--data", data.toString());
        assertNotEquals(0, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("--to"), r.err());
    }
}
