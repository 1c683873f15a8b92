package org.fazhi.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** This instance's key: made once, kept in the ledger, shown as PEM with a short fingerprint; senders' keys trusted once. */
class KeyTest {
    @AutoClose
    final Instance one = new Instance();

    @Test
    void theKeyIsMadeOnFirstUseAndThenAlwaysTheSame() throws Exception {
        assertEquals(0, one.count("exchange_own_key"));
        SigningKey.PublicInfo key = one.exchange.publicKey();
        assertTrue(key.pem().startsWith("-----BEGIN PUBLIC KEY-----\n") && key.pem().endsWith("-----END PUBLIC KEY-----\n"));
        assertTrue(key.fingerprint().matches("[0-9a-f]{16}"), key.fingerprint());
        assertEquals(SigningKey.fingerprint(SigningKey.parsePem(key.pem()).getEncoded()), key.fingerprint());
        // Another service object on the same database (a second app node) reads the same key.
        Exchange node2 = new Exchange(one.ledger.database(), one.ledger.services().audit(), one.clock);
        assertEquals(key, node2.publicKey());
        assertEquals(1, one.count("exchange_own_key"));
    }

    @Test
    void nodesAskingAtOnceGetOneKeyBetweenThem() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Exchange node = new Exchange(one.ledger.database(), one.ledger.services().audit(), one.clock);
                asked.add(pool.submit(() -> node.publicKey().fingerprint()));
            }
            String first = asked.get(0).get();
            for (Future<String> f : asked) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, one.count("exchange_own_key"));
    }

    @Test
    void aSendersKeyIsTrustedOnceAndBadKeysAreRefused() {
        try (Instance other = new Instance()) {
            TrustedKeys.Trusted t = one.exchange.trustedKeys().trust(Instance.ADMIN, "清河县", other.exchange.publicKey().pem());
            assertEquals(other.exchange.publicKey().fingerprint(), t.fingerprint());
            assertEquals("system", t.trustedBy());
            ConflictException twice = assertThrows(ConflictException.class,
                    () -> one.exchange.trustedKeys().trust(Instance.ADMIN, "又一次", other.exchange.publicKey().pem()));
            assertTrue(twice.getMessage().contains("已登记为“清河县”"), twice.getMessage());
        }
        ValidationException bad = assertThrows(ValidationException.class,
                () -> one.exchange.trustedKeys().trust(Instance.ADMIN, "乱码", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        assertEquals("publicKey", bad.field());
        assertTrue(bad.getMessage().contains("不是有效的 Ed25519 公钥"), bad.getMessage());
        assertEquals(1, one.exchange.trustedKeys().list().size(), "only the good key");
    }

    @Test
    void thisInstancesOwnKeyIsNotTrustedAsASenders() {
        ValidationException own = assertThrows(ValidationException.class,
                () -> one.exchange.trustedKeys().trust(Instance.ADMIN, "本市", one.exchange.publicKey().pem()));
        assertEquals("publicKey", own.field());
        assertTrue(own.getMessage().contains("本系统自己的公钥"), own.getMessage());
        assertEquals(0, one.exchange.trustedKeys().list().size());
    }
}
