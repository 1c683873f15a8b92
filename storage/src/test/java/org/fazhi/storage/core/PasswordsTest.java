package org.fazhi.storage.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void theProgramHashesAtCostTenUnlessTold() {
        assertEquals(10, Passwords.cost(null));
        assertEquals(10, Passwords.cost(" "));
        assertEquals(12, Passwords.cost("12"));
        for (String bad : new String[] {"3", "32", "ten", "-1"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Passwords.cost(bad));
            assertTrue(e.getMessage().contains("fazhi.passwords.cost"), e.getMessage());
        }
    }

    @Test
    void aHashVerifiesAtTheCostItWasMadeWith() {
        // A ledger's hashes made at 10 still sign in when new ones are made at another cost (the suite's 4).
        String atTen = BCrypt.withDefaults().hashToString(10, "正确的密码-1".toCharArray());
        assertTrue(Passwords.matches("正确的密码-1", atTen));
        assertFalse(Passwords.matches("错误的密码-1", atTen));
        String now = Passwords.hash("正确的密码-1");
        assertTrue(now.startsWith(String.format("$2a$%02d$", Passwords.COST)), now);
        assertTrue(Passwords.matches("正确的密码-1", now));
    }
}
