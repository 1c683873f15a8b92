package org.fazhi.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.DiskFault;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A full or read-only disk while the server runs, simulated inside SQLite (see {@link DiskFault}; it
 * works as root, where file permissions stop nothing): a write gets a clear Chinese answer — 507 when
 * the disk is full, 503 when it is read-only — never a stack trace; nothing of that write is stored;
 * reads and pages keep working; and once the disk is healthy again, writes work without a restart.
 * The same faults on a real file system, with the real jar, are in {@code StorageFaultsIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageFaultsTest extends AdminApiCase {
    private final Jdbi jdbi = server.server().database().jdbi();
    private Org unit;

    @BeforeAll
    void start() {
        Org county = server.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        unit = server.org("县司法局", OrgKind.DEPARTMENT, county);
    }

    private Map<String, Object> session(String topic) {
        Map<String, Object> m = ApiBodies.studySession(unit.id(), "2024-03-15", topic);
        m.put("note", "为把磁盘写满而记下的一段较长的备注。".repeat(20));
        return m;
    }

    private long total(String listPath, String q) {
        Http.Res r = admin.get(listPath + "?limit=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        return Long.parseLong(r.header("X-Total-Count"));
    }

    private long auditEntries() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
    }

    /** A storage refusal as the user sees it: Chinese, the code, nothing of SQLite or Java. */
    private static void assertClearRefusal(Http.Res r, int status, String code, String words) {
        assertEquals(status, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals(code, j.get("error").asText(), r.body());
        assertTrue(j.get("message").asText().contains(words), r.body());
        for (String leak : List.of("SQLITE", "Exception", "sqlite", "\tat ", "org.")) {
            assertFalse(r.body().contains(leak), "no internals in the answer: " + r.body());
        }
    }

    @Test
    void aFullDiskRefusesWritesWith507AndKeepsServingReads() {
        long auditBefore = auditEntries();
        List<Long> saved = new ArrayList<>();
        Http.Res first = admin.post("/api/study-sessions", session("满盘测试之前的学法"));
        assertEquals(201, first.status(), first.body());
        saved.add(first.json().get("id").asLong());
        Http.Res refused = null;
        String refusedTopic = null;
        try (DiskFault full = DiskFault.full(jdbi)) {
            for (int i = 0; i < 5_000; i++) {
                String topic = "满盘测试第" + i + "次学法";
                Http.Res r = admin.post("/api/study-sessions", session(topic));
                if (r.status() != 201) {
                    refused = r;
                    refusedTopic = topic;
                    break;
                }
                saved.add(r.json().get("id").asLong());
            }
            assertTrue(refused != null, "the ledger never filled up");
            assertClearRefusal(refused, 507, "DISK_FULL", "磁盘空间不足");

            // Nothing half-written: neither the refused session nor its audit entry.
            assertEquals(0, total("/api/study-sessions", refusedTopic));
            assertEquals(saved.size(), total("/api/study-sessions", "满盘测试"));
            assertEquals(auditBefore + saved.size(), auditEntries());

            // An import on the full disk is refused whole, with the same answer.
            String csv = "单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数\n"
                    + ("县司法局,2024-04-01,集体学法,满盘导入的学法,宪法,王老师,60,20,18\n").repeat(300);
            Http.Res imported = admin.raw("POST", "/api/study-sessions/import", "text/csv", csv);
            assertClearRefusal(imported, 507, "DISK_FULL", "磁盘空间不足");
            assertEquals(0, total("/api/study-sessions", "满盘导入的学法"));

            // Reads, pages and the health check still answer.
            assertEquals(200, admin.get("/api/health").status());
            assertEquals(200, admin.get("/api/study-sessions/" + saved.get(0)).status());
            Http.Res page = admin.get("/study-sessions");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("满盘测试之前的学法"), "the list page shows what was saved");
            assertEquals(List.of("ok"), jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
        }
        // Space freed: the same write now works, no restart needed.
        Http.Res again = admin.post("/api/study-sessions", session(refusedTopic));
        assertEquals(201, again.status(), again.body());
        assertEquals(1, total("/api/study-sessions", refusedTopic));
    }

    @Test
    void aReadOnlyDiskRefusesWritesWith503AndKeepsServingReads() {
        Map<String, Object> c = new HashMap<>();
        c.put("caseNo", "(2024)只读测试1号");
        c.put("court", "清河县人民法院");
        c.put("instance", "FIRST");
        c.put("defendantOrgId", unit.id());
        c.put("cause", "行政处罚");
        c.put("filedOn", "2024-02-01");
        Http.Res created = admin.post("/api/court-cases", c);
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        int version = created.json().get("version").asInt();
        long auditBefore = auditEntries();

        try (DiskFault readOnly = DiskFault.readOnly(jdbi)) {
            c.put("caseNo", "(2024)只读测试2号");
            assertClearRefusal(admin.post("/api/court-cases", c), 503, "READ_ONLY", "数据目录不可写");
            Map<String, Object> edit = new HashMap<>(c);
            edit.put("caseNo", "(2024)只读测试1号");
            edit.put("cause", "改过的案由");
            edit.put("version", version);
            assertClearRefusal(admin.put("/api/court-cases/" + id, edit), 503, "READ_ONLY", "数据目录不可写");
            // Signing in writes a session, so it is refused the same way rather than with a 500.
            assertClearRefusal(server.anonymous().post("/api/login",
                    Map.of("username", TestServer.ADMIN, "password", TestServer.PASSWORD)), 503, "READ_ONLY", "数据目录不可写");

            assertEquals("行政处罚", admin.get("/api/court-cases/" + id).json().get("cause").asText());
            assertEquals(0, total("/api/court-cases", "只读测试2号"));
            assertEquals(auditBefore, auditEntries());
            assertEquals(200, admin.get("/court-cases").status());
        }
        Http.Res after = admin.post("/api/court-cases", c);
        assertEquals(201, after.status(), after.body());
        assertNotEquals(id, after.json().get("id").asLong());
    }
}
