package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.db.SessionDao;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SessionServiceTest {
    @AutoClose
    final TempLedger ledger = new TempLedger();
    final SessionService sessions = ledger.services().sessions();
    final UserAccount user = ledger.services().users().create(ADMIN, new UserAccount(null, "zhangsan", null, Role.VIEWER, null, false, 0),
                "张三的密码1234");

    @Test
    void aSessionIsFoundByItsTokenUntilSignOut() {
        SessionService.Opened opened = sessions.open(user.id(), Session.BROWSER);
        Session s = sessions.find(opened.token()).orElseThrow();
        assertEquals(user.id(), s.userId());
        assertEquals(opened.csrfToken(), s.csrfToken());
        Duration life = Duration.between(Instant.now(), s.expiresAt());
        assertTrue(life.compareTo(SessionService.BROWSER_LIFETIME.minusMinutes(1)) > 0, life.toString());
        assertNotEquals(opened.token(), opened.csrfToken());

        sessions.close(opened.token());
        assertTrue(sessions.find(opened.token()).isEmpty());
        assertTrue(sessions.find("not-a-token").isEmpty());
        assertTrue(sessions.find(null).isEmpty());
    }

    @Test
    void theDatabaseHoldsNoTokenThatSignsAnyoneIn() {
        SessionService.Opened opened = sessions.open(user.id(), Session.API);
        List<String> stored = ledger.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT token_hash || ' ' || csrf_token FROM sessions").mapTo(String.class).list());
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains(opened.token()), "only a hash of the token is kept");
    }

    @Test
    void anExpiredSessionSignsNobodyInAndIsPurged() {
        SessionService.Opened live = sessions.open(user.id(), Session.BROWSER);
        Instant now = Instant.now();
        ledger.database().jdbi().useHandle(h -> h.attach(SessionDao.class)
                .insert("expired-hash", user.id(), Session.BROWSER, "csrf", now.minusSeconds(3600), now.minusMillis(1)));
        assertEquals(1, sessions.purgeExpired());
        assertTrue(sessions.find(live.token()).isPresent());
        assertEquals(1, (int) ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM sessions")
                .mapTo(Integer.class).one()));
    }

    @Test
    void sessionsOpenAndExpireByTheServicesClockNotTheWall() {
        TestClock clock = TestClock.on(2025, 3, 20);
        CoreServices core = new CoreServices(ledger.database(), clock);
        assertEquals(TempLedger.ZONE, core.audit().zone(), "the clock's zone is the ledger's");
        SessionService.Opened browser = core.sessions().open(user.id(), Session.BROWSER);
        SessionService.Opened api = core.sessions().open(user.id(), Session.API);
        assertEquals(clock.instant().plus(SessionService.BROWSER_LIFETIME),
                core.sessions().find(browser.token()).orElseThrow().expiresAt());

        clock.advance(SessionService.BROWSER_LIFETIME.minusSeconds(1));
        assertTrue(core.sessions().find(browser.token()).isPresent());
        clock.advance(Duration.ofSeconds(2));
        assertTrue(core.sessions().find(browser.token()).isEmpty(), "12 hours on the clock, however long the test took");
        assertTrue(core.sessions().find(api.token()).isPresent());
        assertEquals(1, core.sessions().purgeExpired());

        clock.advance(SessionService.API_LIFETIME);
        assertTrue(core.sessions().find(api.token()).isEmpty());
        assertEquals(1, core.sessions().purgeExpired());

        // The audit entries of the same services carry the clock's time.
        core.audit().record(ADMIN, AuditLog.LOGIN, "user", user.id(), "登录");
        assertEquals(clock.instant(), core.audit().find(ADMIN, AuditFilter.NONE, new org.fazhi.model.Page(1, 0)).items().get(0).at());
    }
}
