package org.fazhi.storage.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Failed sign-ins earn pauses, counted in the database: two nodes on one database count together. */
class LoginThrottleTest {
    /** 2025-03-20 02:00 UTC, moved by the test. */
    private final TestClock clock = TestClock.on(2025, 3, 20);
    @AutoClose
    private final TempLedger ledger = new TempLedger();

    @Test
    void fiveFailuresOnOneNodeLockTheAccountOnTheOtherAndTheLockDoubles() {
        LoginThrottle nodeA = new LoginThrottle(ledger.database().jdbi(), clock);
        LoginThrottle nodeB = new LoginThrottle(ledger.database().jdbi(), clock);
        for (int i = 0; i < 4; i++) {
            nodeA.failed("Zhangsan", "10.0.0." + i);
        }
        assertEquals(Duration.ZERO, nodeB.waitFor("zhangsan", "10.0.0.9"), "four failures are free");
        nodeB.failed("zhangsan ", "10.0.0.9");
        assertEquals(Duration.ofSeconds(30), nodeA.waitFor("ZHANGSAN", "10.0.0.7"), "the fifth, on the other node, locks for 30 s");

        clock.advance(Duration.ofSeconds(31));
        assertEquals(Duration.ZERO, nodeA.waitFor("zhangsan", "10.0.0.7"));
        nodeA.failed("zhangsan", "10.0.0.7");
        assertEquals(Duration.ofSeconds(60), nodeB.waitFor("zhangsan", "10.0.0.1"), "the next failure doubles the pause");

        nodeB.succeeded("zhangsan", "10.0.0.1");
        assertEquals(Duration.ZERO, nodeA.waitFor("zhangsan", "10.0.0.1"), "a success forgets the account's failures");
    }

    @Test
    void oneAddressTryingManyAccountsIsPausedAndFailuresAreForgottenAfterAnHour() {
        LoginThrottle throttle = new LoginThrottle(ledger.database().jdbi(), clock);
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "192.168.1.50");
        }
        assertTrue(throttle.waitFor("someone-else", "192.168.1.50").compareTo(Duration.ZERO) > 0, "the address is paused");
        assertEquals(Duration.ZERO, throttle.waitFor("someone-else", "192.168.1.51"));

        clock.advance(Duration.ofHours(2));
        throttle.failed("user0", "192.168.1.60");
        assertEquals(1, (int) ledger.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT failures FROM login_failures WHERE key = 'u:user0'").mapTo(Integer.class).one()),
                "an old failure no longer counts");
        assertEquals(0, (int) ledger.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM login_failures WHERE key = 'a:192.168.1.50'").mapTo(Integer.class).one()),
                "and old rows are removed");
    }
}
