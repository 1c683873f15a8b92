package org.fazhi.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage faults with the real jar: a data folder that cannot be made, a read-only folder or disk,
 * and a disk that fills up while the server runs. Each gives one clear Chinese sentence — on the
 * console and a non-zero exit at start, or a 507/503 answer on a write — and leaves the database
 * sound. Permissions do not stop root (as CI runs), so as root the permission test runs the jar as
 * {@code nobody}; the read-only and full disks are real tmpfs mounts (see {@link SmallDisk}), which
 * stop root too.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StorageFaultsIT {
    @TempDir
    Path tmp;
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        // Servers first, then the disks they had files open on.
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private LedgerProcess start(Path data) {
        LedgerProcess p = LedgerProcess.start(data);
        cleanup.add(p);
        return p;
    }

    private SmallDisk disk(String name, int megabytes) throws IOException {
        SmallDisk d = SmallDisk.mount(tmp.resolve(name), megabytes);
        cleanup.add(d);
        return d;
    }

    private static LedgerProcess.Result serve(Path data) {
        return LedgerProcess.run("", "--port", "0", "--data", data.toString());
    }

    private static void assertRefused(LedgerProcess.Result r, String words) {
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.oneChineseLine(), "one Chinese line on stderr, no stack trace: " + r);
        assertTrue(r.err().contains(words), r.toString());
    }

    /** A session whose long note makes each write take room on the small disk. */
    private static Map<String, Object> studySession(long orgId, String topic) {
        Map<String, Object> m = ApiBodies.studySession(orgId, "2024-09-10", topic);
        m.put("note", "记录本次学法的要点与讨论情况。".repeat(30));
        return m;
    }

    @Test
    void aDataFolderThatCannotBeMadeStopsTheStartWithOneChineseLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("台账说明.txt"), "不是文件夹");
        assertRefused(serve(file.resolve("数据")), "无法创建数据目录");
        assertRefused(serve(file), "是一个文件,不是文件夹");
        assertRefused(LedgerProcess.run(LedgerProcess.PASSWORD + "\n", "user", "add", "admin", "--role", "admin",
                "--data", file.resolve("数据").toString()), "无法创建数据目录");
        assertEquals("不是文件夹", Files.readString(file), "the file in the way is left alone");
    }

    /**
     * Runs the jar as a user whom file permissions bind: this user, or — as root, whom they do not
     * bind — the unprivileged {@code nobody} through {@code setpriv}; fails, rather than skips, when neither
     * is possible, so that a green run always means the refusal was seen.
     */
    private List<String> unprivileged() throws IOException {
        Path probe = Files.createDirectory(tmp.resolve("权限探测"));
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean permissionsBindMe;
        try {
            Files.createFile(probe.resolve("x"));
            permissionsBindMe = false;
        } catch (IOException e) {
            permissionsBindMe = true;
        }
        if (permissionsBindMe) {
            return List.of();
        }
        assertTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "running as root without /usr/bin/setpriv (Debian's util-linux): permissions cannot be tested");
        // nobody must reach the folder through the temp directory (0700 as JUnit makes it).
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> asNobody = List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups");
        List<String> canReadJar = new java.util.ArrayList<>(asNobody);
        canReadJar.addAll(List.of("/usr/bin/test", "-r", LedgerProcess.jar().toString()));
        Process p = new ProcessBuilder(canReadJar).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
                    "nobody cannot read " + LedgerProcess.jar() + ": permissions cannot be tested as root here");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return asNobody;
    }

    private static final int NOBODY = 65534;

    @Test
    void aFolderOrDatabaseWithoutWritePermissionIsRefusedAtStart() throws Exception {
        Path data = tmp.resolve("只读 数据");
        LedgerProcess.createAdmin(data, "admin");
        List<String> asUser = unprivileged();
        byte[] before = Files.readAllBytes(data.resolve("fazhi.db"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertRefused(LedgerProcess.runAs(asUser, "", "--port", "0", "--data", data.toString()), "不可写");

        // The folder may be written, the database file not: refused at start, not on the first save.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!asUser.isEmpty()) {
            try (var files = Files.walk(data)) {
                for (Path p : files.toList()) {
                    Files.setAttribute(p, "unix:uid", NOBODY);
                }
            }
        }
        Files.setPosixFilePermissions(data.resolve("fazhi.db"), PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(LedgerProcess.runAs(asUser, "", "--port", "0", "--data", data.toString()), "是只读的");
        assertRefused(LedgerProcess.runAs(asUser, LedgerProcess.PASSWORD + "\n", "user", "add", "second", "--role", "viewer",
                "--data", data.toString()), "是只读的");

        Files.setPosixFilePermissions(data.resolve("fazhi.db"), PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(data.resolve("fazhi.db"))), "the database was not touched");
        assertEquals(List.of("ok"), new LedgerFile(data).integrity());
    }

    @Test
    void aReadOnlyDiskIsRefusedAtStartAndTheLedgerIsLeftWhole() throws Exception {
        SmallDisk disk = disk("只读盘", 8);
        Path data = disk.root().resolve("台账 数据");
        LedgerProcess.createAdmin(data, "admin");
        byte[] before = Files.readAllBytes(data.resolve("fazhi.db"));

        disk.readOnly();
        assertRefused(serve(data), "不可写");
        assertRefused(LedgerProcess.run(LedgerProcess.PASSWORD + "\n", "user", "add", "second", "--role", "viewer",
                "--data", data.toString()), "不可写");
        assertRefused(serve(disk.root().resolve("新的数据")), "磁盘只读");

        disk.writable();
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(data.resolve("fazhi.db"))), "the database was not touched");
        LedgerProcess server = start(data);
        server.admin(); // signing in works: the ledger serves again
        server.stop();
        assertEquals(List.of("ok"), new LedgerFile(data).integrity());
    }

    @Test
    void aDiskThatFillsUpWhileServingRefusesWritesWith507AndKeepsAnswering() throws Exception {
        SmallDisk disk = disk("小磁盘", 8);
        Path data = disk.root().resolve("台账 数据");
        LedgerProcess.createAdmin(data, "admin");
        LedgerProcess server = start(data);
        Http admin = server.admin();
        Http.Res org = admin.post("/api/orgs", Map.of("name", "清河县人民政府", "kind", "COUNTY_GOV"));
        assertEquals(201, org.status(), org.body());
        long unit = org.json().get("id").asLong();
        Http.Res first = admin.post("/api/study-sessions", studySession(unit, "磁盘写满之前的学法"));
        assertEquals(201, first.status(), first.body());
        int saved = 1;

        disk.fill();
        Http.Res refused = null;
        String refusedTopic = null;
        for (int i = 0; i < 2_000; i++) {
            String topic = "磁盘将满时第" + i + "次学法";
            Http.Res r = admin.post("/api/study-sessions", studySession(unit, topic));
            if (r.status() != 201) {
                refused = r;
                refusedTopic = topic;
                break;
            }
            saved++;
        }
        assertTrue(refused != null, "a full disk never refused a write");
        assertEquals(507, refused.status(), refused.body());
        JsonNode problem = refused.json();
        assertEquals("DISK_FULL", problem.get("error").asText());
        assertTrue(problem.get("message").asText().startsWith("磁盘空间不足"), refused.body());
        assertFalse(refused.body().contains("SQLITE") || refused.body().contains("Exception"), refused.body());

        // The server keeps answering reads, and nothing of the refused write is there.
        assertEquals(200, admin.get("/api/health").status());
        assertEquals(200, admin.get("/study-sessions").status());
        assertEquals(String.valueOf(saved), admin.get("/api/study-sessions?limit=1").header("X-Total-Count"));
        assertEquals("0", admin.get("/api/study-sessions?limit=1&q="
                + URLEncoder.encode(refusedTopic, StandardCharsets.UTF_8)).header("X-Total-Count"));

        // Room again: the same write goes through without a restart.
        disk.free();
        Http.Res again = admin.post("/api/study-sessions", studySession(unit, refusedTopic));
        assertEquals(201, again.status(), again.body());
        server.stop();

        LedgerFile file = new LedgerFile(data);
        assertEquals(List.of("ok"), file.integrity());
        assertEquals(saved + 1, file.count("SELECT count(*) FROM study_sessions"));
        assertEquals(saved + 1, file.count("SELECT count(*) FROM audit_log WHERE entity = 'study-session'"));

        // A first start on a disk with no room is refused with the reason, not "the file is damaged".
        disk.fill();
        LedgerProcess.Result full = serve(disk.root().resolve("新的数据"));
        assertRefused(full, "磁盘空间不足");
        assertFalse(full.err().contains("损坏"), full.toString());
        disk.free();
        assertEquals(List.of("ok"), new LedgerFile(data).integrity());
    }
}
