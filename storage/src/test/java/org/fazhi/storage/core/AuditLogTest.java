package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.ConflictException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.db.AuditDao;
import org.fazhi.storage.Engine;
import org.fazhi.storage.testing.TempLedger;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    @AutoClose
    TempLedger ledger;
    Fixture f;
    AuditLog audit;
    Actor organiser;

    @BeforeEach
    void open() {
        // On 20 March 2025 from noon, time running: the entries of the fixture all fall on that day.
        Clock system = Clock.system(TempLedger.ZONE);
        Instant noon = DAY.atTime(12, 0).atZone(TempLedger.ZONE).toInstant();
        ledger = new TempLedger(Clock.offset(system, Duration.between(system.instant(), noon)));
        f = new Fixture(ledger);
        audit = f.s.audit();
        organiser = Fixture.organiser(f.sifaju);
    }

    List<AuditEntry> find(AuditFilter filter) {
        PageResult<AuditEntry> page = audit.find(ADMIN, filter, Page.FIRST);
        assertEquals(page.items().size(), page.total());
        return page.items();
    }

    AuditEntry latest() {
        return audit.find(ADMIN, AuditFilter.NONE, new Page(1, 0)).items().get(0);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    void everyChangeToAUnitIsLoggedWithBeforeAndAfter() {
        Org ke = f.s.orgs().create(organiser, Org.draft("普法科", OrgKind.UNIT, f.sifaju.id()));
        AuditEntry created = latest();
        assertEquals(List.of(AuditLog.CREATE, "org", ke.id(), ke.id(), "sifaju-zuzhi", 907L),
                List.of(created.action(), created.entity(), created.entityId(), created.orgId(), created.username(), created.userId()));
        assertEquals("新建单位“普法科”", created.summary());
        assertNull(created.beforeJson());
        assertEquals("普法科", json(created.afterJson()).get("name").asText());
        assertEquals(f.sifaju.id(), json(created.afterJson()).get("parentId").asLong());

        f.s.orgs().update(organiser, ke.id(), Org.draft("普法与依法治理科", OrgKind.UNIT, f.sifaju.id()), 0);
        AuditEntry updated = latest();
        assertEquals(AuditLog.UPDATE, updated.action());
        assertEquals("普法科", json(updated.beforeJson()).get("name").asText());
        assertEquals("普法与依法治理科", json(updated.afterJson()).get("name").asText());
        assertEquals(1, json(updated.afterJson()).get("version").asInt());

        f.s.orgs().delete(organiser, ke.id());
        AuditEntry deleted = latest();
        assertEquals(AuditLog.DELETE, deleted.action());
        assertEquals("删除单位“普法与依法治理科”", deleted.summary());
        assertEquals("普法与依法治理科", json(deleted.beforeJson()).get("name").asText());
        assertNull(deleted.afterJson());
    }

    @Test
    void everyChangeToAPersonIsLoggedWithBeforeAndAfter() {
        Person p = f.s.people().create(organiser, Person.draft(f.gongzheng.id(), "孙公证员", "公证员", LeaderCategory.STAFF));
        AuditEntry created = latest();
        assertEquals(List.of(AuditLog.CREATE, "person", p.id(), f.gongzheng.id()),
                List.of(created.action(), created.entity(), created.entityId(), created.orgId()));
        assertEquals("STAFF", json(created.afterJson()).get("category").asText());

        f.s.people().update(organiser, p.id(), Person.draft(f.gongzheng.id(), "孙公证员", "副主任", LeaderCategory.DEPUTY), 0);
        AuditEntry updated = latest();
        assertEquals(AuditLog.UPDATE, updated.action());
        assertEquals("公证员", json(updated.beforeJson()).get("position").asText());
        assertEquals("副主任", json(updated.afterJson()).get("position").asText());
        assertEquals("DEPUTY", json(updated.afterJson()).get("category").asText());

        f.s.people().delete(organiser, p.id());
        AuditEntry deleted = latest();
        assertEquals(List.of(AuditLog.DELETE, "删除人员“孙公证员”"), List.of(deleted.action(), deleted.summary()));
        assertEquals("副主任", json(deleted.beforeJson()).get("position").asText());
        assertNull(deleted.afterJson());
    }

    @Test
    void accountChangesAreLoggedWithoutThePassword() {
        String password = "司法局2024春";
        UserAccount u = f.s.users().create(ADMIN, new UserAccount(null, "sifaju", null, Role.ORGANISER, f.sifaju.id(), false, 0), password);
        f.s.users().update(ADMIN, u.id(), new UserAccount(u.id(), "sifaju", "法治股", Role.VIEWER, f.sifaju.id(), false, 0), 0);
        f.s.users().setPassword(ADMIN, u.id(), "新密码-2025年度");

        List<AuditEntry> entries = find(new AuditFilter(null, "user", u.id(), null, null, null));
        assertEquals(List.of(AuditLog.PASSWORD, AuditLog.UPDATE, AuditLog.CREATE), entries.stream().map(AuditEntry::action).toList());
        assertEquals("ORGANISER", json(entries.get(1).beforeJson()).get("role").asText());
        assertEquals("VIEWER", json(entries.get(1).afterJson()).get("role").asText());
        String hash = ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users")
                .mapTo(String.class).one());
        String all = ledger.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT string_agg(coalesce(before_json, '') || coalesce(after_json, '') || summary, ',') FROM audit_log")
                .mapTo(String.class).one());
        assertFalse(all.contains(password) || all.contains("新密码") || all.contains(hash) || all.contains("$2"), all);
    }

    @Test
    void theLogCannotBeEditedOrErased() {
        long before = f.auditCount();
        JdbiException update = assertThrows(JdbiException.class, () -> ledger.database().jdbi().useHandle(h ->
                h.execute("UPDATE audit_log SET username = 'someone-else'")));
        assertTrue(update.getMessage().contains("audit_log is append-only"), update.getMessage());
        JdbiException delete = assertThrows(JdbiException.class, () -> ledger.database().jdbi().useHandle(h ->
                h.execute("DELETE FROM audit_log")));
        assertTrue(delete.getMessage().contains("audit_log is append-only"), delete.getMessage());
        assertEquals(before, f.auditCount());
        assertTrue(find(AuditFilter.NONE).stream().noneMatch(e -> e.username().equals("someone-else")));
    }

    @Test
    void theLogFiltersByUserEntityAndAction() {
        f.s.orgs().create(organiser, Org.draft("普法科", OrgKind.UNIT, f.sifaju.id()));
        f.s.people().update(organiser, f.zhao.id(), Person.draft(f.gongzheng.id(), "赵主任", "主任", LeaderCategory.PRINCIPAL), 0);

        // The fixture's 7 units and 4 people were created by "system".
        assertEquals(11, find(new AuditFilter("system", null, null, null, null, null)).size());
        List<AuditEntry> mine = find(new AuditFilter("sifaju-zuzhi", null, null, null, null, null));
        assertEquals(List.of("修改人员“赵主任”", "新建单位“普法科”"), mine.stream().map(AuditEntry::summary).toList());
        assertEquals(8, find(new AuditFilter(null, "org", null, null, null, null)).size());
        assertEquals(1, find(new AuditFilter(null, "person", null, AuditLog.UPDATE, null, null)).size());
        assertEquals(2, find(new AuditFilter(null, "person", f.zhao.id(), null, null, null)).size());
        assertEquals(List.of("新建单位“普法科”"), find(new AuditFilter("sifaju-zuzhi", "org", null, AuditLog.CREATE, null, null))
                .stream().map(AuditEntry::summary).toList());
        assertEquals(0, find(new AuditFilter("nobody", null, null, null, null, null)).size());

        PageResult<AuditEntry> page = audit.find(ADMIN, AuditFilter.NONE, new Page(5, 0));
        assertEquals(5, page.items().size());
        assertEquals(13, page.total());
        assertEquals("修改人员“赵主任”", page.items().get(0).summary(), "newest first");
    }

    @Test
    void theLogFiltersByLocalDate() {
        LocalDate today = DAY;
        assertEquals(11, find(new AuditFilter(null, null, null, null, today, today)).size());
        assertEquals(11, find(new AuditFilter(null, null, null, null, today.minusDays(7), null)).size());
        assertEquals(0, find(new AuditFilter(null, null, null, null, today.plusDays(1), null)).size());
        assertEquals(0, find(new AuditFilter(null, null, null, null, null, today.minusDays(1))).size());
    }

    @Test
    void aDayIsAWholeDayInChinaTimeToTheMillisecond() {
        // 2024-03-15 in Beijing runs from 2024-03-14T16:00Z to 2024-03-15T16:00Z.
        List<Instant> times = List.of(
                Instant.parse("2024-03-14T15:59:59.999Z"),  // 14th, 23:59:59.999
                Instant.parse("2024-03-14T16:00:00Z"),      // 15th, midnight exactly
                Instant.parse("2024-03-14T16:00:00.250Z"),  // 15th, 00:00:00.25
                Instant.parse("2024-03-15T08:00:00.123456Z"), // 15th, 16:00
                Instant.parse("2024-03-15T15:59:59.999Z"),  // 15th, 23:59:59.999
                Instant.parse("2024-03-15T16:00:00.500Z")); // 16th, 00:00:00.5
        ledger.database().jdbi().useTransaction(h -> {
            for (int i = 0; i < times.size(); i++) {
                h.attach(AuditDao.class).insert(times.get(i), null, "clock", AuditLog.LOGIN, "user", (long) i, null, "登录", null, null);
            }
        });
        LocalDate day = LocalDate.of(2024, 3, 15);
        List<Long> onThe15th = find(new AuditFilter("clock", null, null, null, day, day)).stream()
                .map(AuditEntry::entityId).sorted().toList();
        assertEquals(List.of(1L, 2L, 3L, 4L), onThe15th);
        assertEquals(List.of(0L), find(new AuditFilter("clock", null, null, null, null, day.minusDays(1))).stream()
                .map(AuditEntry::entityId).toList());
        assertEquals(List.of(5L), find(new AuditFilter("clock", null, null, null, day.plusDays(1), null)).stream()
                .map(AuditEntry::entityId).toList());
        // Times read back exactly as written.
        assertEquals(times.get(3), find(new AuditFilter("clock", null, 3L, null, null, null)).get(0).at());
    }

    @Test
    void aRefusedChangeLeavesNoEntryAndNoChange() {
        long before = f.auditCount();
        // A stale edit.
        f.s.orgs().update(ADMIN, f.town.id(), Org.draft("某街道办事处", OrgKind.TOWNSHIP, f.county.id()), 0);
        long afterOne = f.auditCount();
        assertEquals(before + 1, afterOne);
        assertThrows(ConflictException.class,
                () -> f.s.orgs().update(ADMIN, f.town.id(), Org.draft("某镇", OrgKind.TOWNSHIP, f.county.id()), 0));
        // A duplicate name, a unit still in use, a stale person edit.
        assertThrows(ConflictException.class,
                () -> f.s.orgs().create(ADMIN, Org.draft("县司法局", OrgKind.DEPARTMENT, f.county.id())));
        assertThrows(ConflictException.class, () -> f.s.orgs().delete(ADMIN, f.sifaju.id()));
        assertThrows(ConflictException.class, () -> f.s.people().update(ADMIN, f.qian.id(),
                Person.draft(f.caizheng.id(), "钱局长", "局长", LeaderCategory.DEPUTY), 7));
        // Out of scope.
        assertThrows(org.fazhi.model.AccessDeniedException.class, () -> f.s.people().delete(organiser, f.qian.id()));

        assertEquals(afterOne, f.auditCount());
        assertEquals("某街道办事处", f.s.orgs().get(ADMIN, f.town.id()).name());
        assertEquals(f.qian, f.s.people().get(ADMIN, f.qian.id()));
        assertEquals(7, f.s.orgs().list(ADMIN, null, Page.FIRST).total());
    }

    @Test
    void aChangeWhoseAuditLineCannotBeWrittenIsNotStored() {
        // The log refuses to take the line (as a full disk would): the change must not be stored unlogged.
        ledger.database().jdbi().useHandle(h -> {
            if (ledger.database().engine() == Engine.SQLITE) {
                h.execute("""
                        CREATE TRIGGER test_audit_full BEFORE INSERT ON audit_log
                        BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END""");
            } else {
                h.execute("""
                        CREATE FUNCTION test_audit_full() RETURNS trigger LANGUAGE plpgsql
                        AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$""");
                h.execute("CREATE TRIGGER test_audit_full BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_audit_full()");
            }
        });
        long before = f.auditCount();
        assertThrows(JdbiException.class, () -> f.s.orgs().create(ADMIN, Org.draft("县审计局", OrgKind.DEPARTMENT, f.county.id())));
        assertThrows(JdbiException.class, () -> f.s.people().update(ADMIN, f.qian.id(),
                Person.draft(f.caizheng.id(), "钱局长", "局长", LeaderCategory.DEPUTY), 0));
        // (PersonService reads any trigger's abort on delete as "still used by a ledger"; what counts here is
        // that the delete is refused.)
        assertThrows(RuntimeException.class, () -> f.s.people().delete(ADMIN, f.wang.id()));

        assertEquals(before, f.auditCount());
        assertEquals(7, f.s.orgs().list(ADMIN, null, Page.FIRST).total());
        assertEquals(f.qian, f.s.people().get(ADMIN, f.qian.id()));
        assertEquals(f.wang, f.s.people().get(ADMIN, f.wang.id()));
    }
}
